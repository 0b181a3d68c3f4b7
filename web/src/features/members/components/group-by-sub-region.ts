import type { Member, SubRegion } from '@/lib/api/types';

export interface MemberGroup {
  subRegionId: number;
  code: string;
  name: string;
  /** undefined while the sub-regions are not known; null when none is assigned. */
  programmeManager: string | null | undefined;
  members: Member[];
}

/**
 * Groups one page of Members by sub-region, keeping the page's order within each group.
 * Groups are ordered by sub-region name.
 */
export function groupBySubRegion(members: readonly Member[], subRegions: readonly SubRegion[] | undefined): MemberGroup[] {
  const byId = new Map<number, MemberGroup>();
  for (const member of members) {
    let group = byId.get(member.subRegionId);
    if (!group) {
      const subRegion = subRegions?.find((s) => s.id === member.subRegionId);
      group = {
        subRegionId: member.subRegionId,
        code: member.subRegionCode,
        name: member.subRegionName,
        programmeManager: subRegions ? (subRegion?.programmeManager ?? null) : undefined,
        members: [],
      };
      byId.set(member.subRegionId, group);
    }
    group.members.push(member);
  }
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
}
