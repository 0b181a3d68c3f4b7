import { describe, expect, it } from 'vitest';
import { ApiError, etagOf, fieldErrorsOf } from './problem';

describe('fieldErrorsOf', () => {
  it('keys messages by camelCase field, merging keys that differ only in case', () => {
    const error = new ApiError(400, {
      title: 'One or more validation errors occurred.',
      errors: { Name: ['Name is required.'], name: ['Name is too long.'], subRegionId: ['Unknown sub-region.'] },
    });
    expect(fieldErrorsOf(error)).toEqual({
      name: ['Name is required.', 'Name is too long.'],
      subRegionId: ['Unknown sub-region.'],
    });
  });

  it('gives nothing for errors that are not API errors', () => {
    expect(fieldErrorsOf(new Error('boom'))).toEqual({});
    expect(fieldErrorsOf(null)).toEqual({});
  });
});

describe('etagOf', () => {
  it('prefers the ETag header and falls back to the quoted version', () => {
    expect(etagOf(new Response(null, { headers: { ETag: '"42"' } }), '41')).toBe('"42"');
    expect(etagOf(new Response(null), '41')).toBe('"41"');
  });
});
