import { describe, expect, it } from 'vitest';
import { answeredOnFor, donorSummary, localDay } from './donor-summary';

describe('donorSummary', () => {
  it('counts released over answered requests, leaving pending ones out', () => {
    expect(donorSummary({ released: 3, declined: 1, noAnswer: 2, pending: 4 })).toEqual({
      met: 3,
      answered: 6,
      percent: 50,
      text: '3 of 6 requests met (50%); 4 still waiting for an answer',
    });
  });

  it('rounds to a whole percent and uses the singular for one request', () => {
    expect(donorSummary({ released: 1, declined: 0, noAnswer: 0, pending: 0 }).text).toBe('1 of 1 request met (100%)');
    expect(donorSummary({ released: 1, declined: 2, noAnswer: 0, pending: 0 }).percent).toBe(33);
  });

  it('has no percentage before any answer', () => {
    expect(donorSummary({ released: 0, declined: 0, noAnswer: 0, pending: 2 })).toMatchObject({
      percent: null,
      text: 'No request answered yet; 2 still waiting for an answer',
    });
  });
});

describe('answeredOnFor', () => {
  it('dates an answer today, but not before the request was sent', () => {
    expect(answeredOnFor('2024-05-01', '2024-05-03')).toBe('2024-05-03');
    expect(answeredOnFor('2024-05-04', '2024-05-03')).toBe('2024-05-04');
  });

  it('gives the local day as YYYY-MM-DD', () => {
    expect(localDay(new Date(2024, 0, 5, 23, 59))).toBe('2024-01-05');
  });
});
