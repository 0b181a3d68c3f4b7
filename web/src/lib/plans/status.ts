import type { KpiStatus, MilestoneStatus, ReviewState } from '@/lib/api/types';

/** The KPI statuses, from best to worst, then those without a judgement. */
export const kpiStatuses: readonly KpiStatus[] = ['achieved', 'on-track', 'at-risk', 'off-track', 'not-started', 'no-data'];

export const kpiStatusLabels: Record<KpiStatus, string> = {
  achieved: 'Achieved',
  'on-track': 'On track',
  'at-risk': 'At risk',
  'off-track': 'Off track',
  'not-started': 'Not started',
  'no-data': 'No data',
};

export function isKpiStatus(value: string | null | undefined): value is KpiStatus {
  return kpiStatuses.some((s) => s === value);
}

export function kpiStatusLabel(status: string): string {
  return isKpiStatus(status) ? kpiStatusLabels[status] : status;
}

/** Milestone statuses in the order of a Member's way to implementation. */
export const milestoneStatuses: readonly MilestoneStatus[] = ['achieved', 'in-progress', 'planned', 'not-started', 'not-applicable'];

export const milestoneStatusLabels: Record<MilestoneStatus, string> = {
  achieved: 'Achieved',
  'in-progress': 'In progress',
  planned: 'Planned',
  'not-started': 'Not started',
  'not-applicable': 'Not applicable',
};

/**
 * A milestone status as the API sends it, in kebab-case. The coverage matrix and the KPI detail send
 * the statuses of their cells in PascalCase ("InProgress"); both spellings are read here.
 */
export function normalizeMilestoneStatus(value: string | null | undefined): MilestoneStatus | null {
  if (!value) return null;
  const kebab = value
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/[\s_]+/g, '-')
    .toLowerCase();
  return milestoneStatuses.find((s) => s === kebab) ?? null;
}

export function milestoneStatusLabel(value: string | null | undefined): string {
  const status = normalizeMilestoneStatus(value);
  return status ? milestoneStatusLabels[status] : value ? value : 'No record';
}

export const reviewStateLabels: Record<ReviewState, string> = {
  draft: 'Draft',
  submitted: 'Submitted, waiting for review',
  approved: 'Approved',
  returned: 'Returned',
};

export function reviewStateLabel(state: string): string {
  return (reviewStateLabels as Record<string, string>)[state] ?? state;
}
