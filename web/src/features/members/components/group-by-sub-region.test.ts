import { describe, expect, it } from 'vitest';
import { afghanistan, china, fiji, subRegions, thailand } from '@/testing/fixtures';
import { groupBySubRegion } from './group-by-sub-region';

describe('groupBySubRegion', () => {
  it('makes one group per sub-region, ordered by sub-region name, keeping the page order inside', () => {
    const groups = groupBySubRegion([thailand, china, fiji, afghanistan], subRegions);

    expect(groups.map((g) => g.code)).toEqual(['ECWA', 'PI', 'SEA']);
    expect(groups[0]?.members.map((m) => m.code)).toEqual(['CN', 'AF']);
    expect(groups[0]?.programmeManager).toBe('Ms A. Manager');
  });

  it('tells "no programme manager" (null) from "sub-regions not loaded" (undefined)', () => {
    expect(groupBySubRegion([fiji], subRegions)[0]?.programmeManager).toBeNull();
    expect(groupBySubRegion([fiji], undefined)[0]?.programmeManager).toBeUndefined();
  });

  it('returns no group for no Member', () => {
    expect(groupBySubRegion([], subRegions)).toEqual([]);
  });
});
