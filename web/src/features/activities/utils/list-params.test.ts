import { describe, expect, it } from 'vitest';
import { activityParamsFromSearch, hasActivityFilters, topicFilterLabel } from './list-params';

describe('activityParamsFromSearch', () => {
  it('reads the filters from the address and drops what is not valid', () => {
    const params = activityParamsFromSearch(
      new URLSearchParams('fiscalYear=2019&type=regional-workshop&status=nope&role=organised&memberId=4&q=%20risk%20&page=2&pageSize=7&sort=title&from=2019-13-01'),
    );
    expect(params).toMatchObject({ fiscalYear: 2019, type: 'regional-workshop', role: 'organised', memberId: 4, q: 'risk', page: 2, pageSize: 50, sort: 'title' });
    expect(params.status).toBeUndefined();
    expect(params.from).toBeUndefined();
    expect(hasActivityFilters(params)).toBe(true);
  });

  it('defaults to every activity, latest first', () => {
    const params = activityParamsFromSearch(new URLSearchParams());
    expect(params).toEqual({ page: 1, pageSize: 50, sort: '-startsOn' } as typeof params);
    expect(hasActivityFilters(params)).toBe(false);
  });
});

describe('topicFilterLabel', () => {
  it('names the topic by the one code all listed activities share, else by its id', () => {
    expect(topicFilterLabel(38, [{ topicCodes: ['environment', 'partnership'] }, { topicCodes: ['environment'] }])).toBe('environment');
    expect(topicFilterLabel(38, [{ topicCodes: ['a', 'b'] }])).toBe('topic #38');
    expect(topicFilterLabel(38, [])).toBe('topic #38');
  });
});
