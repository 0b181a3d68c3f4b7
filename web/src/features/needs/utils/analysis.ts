import type { NeedsAnalysis, NeedsEvidence } from '../api/types';
import type { EvidenceEntry } from '../components/evidence-list';
import type { GapRow } from '../components/gap-chart';
import type { HeatMapCell } from '../components/heat-map';

/** The heat map's rows (topics with any demand, most weighted first), columns (sub-regions, by name) and cells. */
export function heatMapOf(analysis: Pick<NeedsAnalysis, 'demand'>) {
  const topicTotals = new Map<number, { label: string; weighted: number }>();
  const subRegions = new Map<number, string>();
  const codes = new Map<number, string>();
  const cells = new Map<string, HeatMapCell>();
  for (const d of analysis.demand) {
    subRegions.set(d.subRegionId, d.subRegionName);
    codes.set(d.subRegionId, d.subRegionCode);
    if (d.members === 0 && d.weightedNeed === 0) continue;
    const t = topicTotals.get(d.topicId) ?? { label: d.topicName, weighted: 0 };
    t.weighted += d.weightedNeed;
    topicTotals.set(d.topicId, t);
    cells.set(`${d.topicId}:${d.subRegionId}`, { weighted: d.weightedNeed, members: d.members });
  }
  const rows = [...topicTotals.entries()]
    .sort((a, b) => b[1].weighted - a[1].weighted || a[1].label.localeCompare(b[1].label))
    .map(([id, t]) => ({ id, label: t.label }));
  const columns = [...subRegions.entries()].sort((a, b) => a[1].localeCompare(b[1])).map(([id, label]) => ({ id, label, short: codes.get(id) }));
  return { rows, columns, cell: (topicId: number, subRegionId: number) => cells.get(`${topicId}:${subRegionId}`) };
}

/** The gap chart's rows: topics with demand or a shortage, short ones and the widest gaps first. */
export function gapRowsOf(analysis: Pick<NeedsAnalysis, 'gaps'>): GapRow[] {
  return analysis.gaps
    .filter((g) => g.demandMembers > 0 || g.short)
    .sort((a, b) => Number(b.short) - Number(a.short) || b.demandMembers - b.accreditedExperts - (a.demandMembers - a.accreditedExperts) || a.topicName.localeCompare(b.topicName))
    .map((g) => ({ key: String(g.topicId), label: g.topicName, demand: g.demandMembers, supply: g.accreditedExperts, short: g.short }));
}

/** "+2", "−1", "0"; blank when there is no previous cycle to compare with. */
export function changeText(change: number | null | undefined): string {
  if (change === null || change === undefined) return '';
  if (change > 0) return `+${change}`;
  if (change < 0) return `−${Math.abs(change)}`;
  return '0';
}

/** The evidence of a proposal or a work-plan line, with the names the reader knows. */
export function evidenceEntries(
  evidence: readonly NeedsEvidence[],
  memberName: (id: number) => string | undefined,
  topicName: (id: number) => string | undefined,
): EvidenceEntry[] {
  return evidence.map((e) => ({
    memberId: e.memberId,
    memberLabel: memberName(e.memberId) ?? e.memberCode,
    topicLabel: topicName(e.topicId) ?? e.topicCode,
    needLevel: e.needLevel,
    preferredDelivery: e.preferredDelivery,
    preferredQuarter: e.preferredQuarter,
    responseLink: `/needs/${e.cycleId}/responses/${e.memberId}`,
    revision: e.revision,
  }));
}
