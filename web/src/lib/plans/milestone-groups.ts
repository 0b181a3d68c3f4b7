import type { PlanDetail } from '@/lib/api/types';

export interface MilestoneGroup<T> {
  /** The pillar number, or null for milestones no action refers to. */
  pillar: number | null;
  label: string;
  items: T[];
}

/** The pillar each milestone belongs to: the first pillar whose actions or KPIs refer to it. */
export function pillarOfMilestones(plan: PlanDetail): Map<string, { number: number; title: string }> {
  const result = new Map<string, { number: number; title: string }>();
  for (const pillar of [...plan.pillars].sort((a, b) => a.number - b.number)) {
    for (const action of pillar.actions) {
      const codes = [...action.milestoneCodes, ...action.kpis.flatMap((k) => (k.milestoneCode ? [k.milestoneCode] : []))];
      for (const code of codes) if (!result.has(code)) result.set(code, { number: pillar.number, title: pillar.title });
    }
  }
  return result;
}

/** Milestones (or rows about them) grouped by pillar, in pillar order, keeping their order within a pillar. */
export function groupByPillar<T>(plan: PlanDetail | undefined, items: readonly T[], codeOf: (item: T) => string): MilestoneGroup<T>[] {
  if (!plan) return items.length ? [{ pillar: null, label: 'Milestones', items: [...items] }] : [];
  const pillars = pillarOfMilestones(plan);
  const groups = new Map<number | null, MilestoneGroup<T>>();
  for (const item of items) {
    const pillar = pillars.get(codeOf(item));
    const key = pillar?.number ?? null;
    if (!groups.has(key)) {
      groups.set(key, { pillar: key, label: pillar ? `Pillar ${pillar.number}: ${pillar.title}` : 'Milestones no action refers to', items: [] });
    }
    groups.get(key)?.items.push(item);
  }
  return [...groups.values()].sort((a, b) => (a.pillar ?? Number.MAX_SAFE_INTEGER) - (b.pillar ?? Number.MAX_SAFE_INTEGER));
}
