import type { Comparator, KpiProgress } from '@/lib/api/types';
import { formatNumber } from '@/lib/format';

export const comparatorWords: Record<Comparator, string> = {
  'at-least': 'at least',
  'at-most': 'at most',
  exactly: 'exactly',
};

export function comparatorWord(comparator: string): string {
  return (comparatorWords as Record<string, string>)[comparator] ?? comparator;
}

/** A unit as it reads after a figure: "1 activity", "2 activities"; "count" says nothing more than the figure. */
export function unitWord(unit: string, value: number): string {
  if (!unit || unit === 'count') return '';
  if (unit === 'members') return value === 1 ? 'Member' : 'Members';
  if (value !== 1) return unit;
  if (unit.endsWith('ies')) return `${unit.slice(0, -3)}y`;
  if (unit.endsWith('s')) return unit.slice(0, -1);
  return unit;
}

export interface KpiValueContext {
  /** Members counted when a sub-region is chosen (the API prorates the target to them). */
  memberCount: number;
  subRegionFiltered: boolean;
  /** The as-of date falls in the plan's period: per-period figures are for "this" period. */
  current: boolean;
}

function withUnit(value: number, unit: string): string {
  const word = unitWord(unit, value);
  return word ? `${formatNumber(value)} ${word}` : formatNumber(value);
}

/**
 * The value against the target in words, as on the KPI card: "10 of 35 Members",
 * "0 activities this FY2025/26 of at least 2", "12% of at least 25%". Null value: "No data".
 */
export function kpiValueText(kpi: KpiProgress, context: KpiValueContext): string {
  if (kpi.value === null) return 'No data';
  const value = kpi.value;
  const target = `${comparatorWord(kpi.comparator)} ${formatNumber(kpi.target)}`;
  if (kpi.kind === 'member-coverage') {
    const outOf = context.subRegionFiltered ? context.memberCount : (kpi.denominator ?? context.memberCount);
    return `${formatNumber(value)} of ${outOf} ${outOf === 1 ? 'Member' : 'Members'}`;
  }
  if (kpi.unit === 'percent') return `${formatNumber(value)}% of ${target}%`;
  if (kpi.unit === 'score') return `${formatNumber(value)} of ${target}`;
  if (kpi.period === 'per-fiscal-year' || kpi.period === 'per-quarter') {
    return `${withUnit(value, kpi.unit)} ${context.current ? 'this' : 'in'} ${kpi.periodLabel} of ${target}`;
  }
  return `${withUnit(value, kpi.unit)} of ${target}`;
}

/** How far the value is towards the target, 0-100 (for the bar); null without a value. */
export function percentOfTarget(kpi: Pick<KpiProgress, 'value' | 'target' | 'percentOfTarget'>): number | null {
  if (kpi.value === null) return null;
  const percent = kpi.percentOfTarget ?? (kpi.target > 0 ? (kpi.value / kpi.target) * 100 : null);
  return percent === null ? null : Math.max(0, percent);
}

/** Where "expected by now" sits on the bar, 0-100; null when there is no expectation. */
export function expectedPercent(kpi: Pick<KpiProgress, 'expected' | 'target'>): number | null {
  if (kpi.expected === null || !(kpi.target > 0)) return null;
  return Math.min(100, Math.max(0, (kpi.expected / kpi.target) * 100));
}

/** The target for the KPI card: the plan's wording, and the prorated figure for a sub-region. */
export function targetText(kpi: KpiProgress, context: Pick<KpiValueContext, 'subRegionFiltered'>): string {
  const prorated =
    context.subRegionFiltered && kpi.kind === 'member-coverage' ? ` (${formatNumber(kpi.target)} for this sub-region)` : '';
  return `${kpi.targetText}${prorated}`;
}
