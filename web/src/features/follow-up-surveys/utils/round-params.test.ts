import { describe, expect, it } from 'vitest';
import { roundParamsFromSearch, roundSearch } from './round-params';

describe('Round page address', () => {
  it('reads the tab, the workshop filter and the page, ignoring what is not valid', () => {
    expect(roundParamsFromSearch(new URLSearchParams('tab=replies&workshop=3&page=2'))).toEqual({ tab: 'replies', workshopId: 3, page: 2 });
    expect(roundParamsFromSearch(new URLSearchParams('tab=nonsense&workshop=x&page=0'))).toEqual({ tab: 'tracking', workshopId: undefined, page: 1 });
  });

  it('writes only what differs from the defaults', () => {
    expect(roundSearch({ tab: 'tracking', page: 1 })).toBe('');
    expect(roundSearch({ tab: 'analysis' })).toBe('?tab=analysis');
    expect(roundSearch({ tab: 'replies', workshopId: 3, page: 2 })).toBe('?tab=replies&workshop=3&page=2');
  });
});
