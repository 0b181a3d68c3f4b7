import type { KpiKind } from '@/lib/api/types';

export const kpiKindLabels: Record<KpiKind, string> = {
  'member-coverage': 'Member coverage: Members that achieved a milestone',
  frequency: 'Frequency: occurrences per period',
  'cumulative-count': 'Cumulative count since the plan began',
  proportion: 'Proportion',
  'mean-score': 'Mean score',
  'ratio-over-requests': 'Ratio over requests',
  growth: 'Year-over-year growth',
  'reported-value': 'Reported value',
};

export function kpiKindLabel(kind: string): string {
  return (kpiKindLabels as Record<string, string>)[kind] ?? kind;
}

export const targetPeriodLabels: Record<string, string> = {
  'by-deadline': 'by the deadline',
  'per-fiscal-year': 'each fiscal year (1 July – 30 June)',
  'per-quarter': 'each quarter',
};
