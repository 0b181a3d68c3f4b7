import type { MatrixMember, SubRegion } from '@/lib/api/types';
import type { MemberGroup } from './export-rows';

/** Matrix rows grouped by sub-region, in the order of the sub-region list (else by code), Members by name. */
export function groupMatrixMembers(members: readonly MatrixMember[], subRegions: readonly SubRegion[] | undefined): MemberGroup[] {
  const groups = new Map<string, MatrixMember[]>();
  for (const member of members) groups.set(member.subRegionCode, [...(groups.get(member.subRegionCode) ?? []), member]);
  const order = (code: string) => {
    const index = subRegions?.findIndex((s) => s.code === code) ?? -1;
    return index < 0 ? Number.MAX_SAFE_INTEGER : index;
  };
  return [...groups.entries()]
    .sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b))
    .map(([code, list]) => {
      const subRegion = subRegions?.find((s) => s.code === code);
      return {
        code,
        name: subRegion ? `${subRegion.name} (${code})` : code,
        members: [...list].sort((a, b) => a.name.localeCompare(b.name)),
      };
    });
}
