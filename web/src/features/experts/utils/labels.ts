import type { CurrentUser } from '@/lib/api/types';
import type { AccreditationCategory, AccreditationStatus, DeploymentStatus, DonorOutcome, ExpertOrigin } from '../api/types';

/** The expert permissions of GET /api/auth/me (the API enforces them; the UI only hides what would be refused). */
export type ExpertPermission = 'experts:read' | 'experts:profile' | 'experts:write' | 'deployments:manage' | 'deployments:answer' | 'matching:configure';

export function hasPermission(user: Pick<CurrentUser, 'permissions'> | null | undefined, permission: ExpertPermission): boolean {
  return Boolean(user?.permissions.includes(permission));
}

export const accreditationStatuses: AccreditationStatus[] = ['candidate', 'pre-accredited', 'accredited', 'expired', 'withdrawn'];

export const accreditationStatusLabels: Record<AccreditationStatus, string> = {
  candidate: 'Candidate',
  'pre-accredited': 'Pre-accredited',
  accredited: 'Accredited',
  expired: 'Expired',
  withdrawn: 'Withdrawn',
};

export const accreditationCategories: AccreditationCategory[] = [
  'diagnostic-facilitator',
  'customs-modernization-advisor',
  'mercator-programme-advisor',
  'technical-operational-advisor',
  'expert-trainer',
  'leadership-management-development-advisor',
  'unspecified',
];

export const accreditationCategoryLabels: Record<AccreditationCategory, string> = {
  'diagnostic-facilitator': 'Diagnostic facilitator',
  'customs-modernization-advisor': 'Customs modernization advisor',
  'mercator-programme-advisor': 'Mercator Programme advisor',
  'technical-operational-advisor': 'Technical/operational advisor',
  'expert-trainer': 'Expert trainer',
  'leadership-management-development-advisor': 'Leadership and management development advisor',
  unspecified: 'Unspecified category',
};

export const originLabels: Record<ExpertOrigin, string> = {
  member: 'Member administration',
  'wco-secretariat': 'WCO Secretariat',
  'outside-region': 'Outside the region',
};

export const deploymentStatusLabels: Record<DeploymentStatus, string> = {
  proposed: 'Proposed',
  invited: 'Invited',
  accepted: 'Accepted',
  declined: 'Declined',
  released: 'Released',
  confirmed: 'Confirmed',
  completed: 'Completed',
  cancelled: 'Cancelled',
};

/** The next step of the lifecycle candidate → pre-accredited → accredited → expired (withdrawn from any open state). */
export const nextAccreditationStatus: Partial<Record<AccreditationStatus, AccreditationStatus>> = {
  candidate: 'pre-accredited',
  'pre-accredited': 'accredited',
  accredited: 'expired',
};

export function label<K extends string>(labels: Record<K, string>, value: string | null | undefined): string {
  if (!value) return '';
  return (labels as Record<string, string>)[value] ?? value;
}

export const genderLabels: Record<string, string> = { female: 'Female', male: 'Male', other: 'Other', 'not-recorded': 'Not recorded' };

export const donorOutcomes: NonNullable<DonorOutcome>[] = ['released', 'declined', 'no-answer'];

export const donorOutcomeLabels: Record<NonNullable<DonorOutcome>, string> = {
  released: 'Released',
  declined: 'Declined',
  'no-answer': 'No answer',
};
