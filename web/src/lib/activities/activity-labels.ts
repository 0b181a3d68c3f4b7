import type { ActivityMode, ActivityStatus, ActivityType, DatePrecision, Gender, ParticipantRole, RocbInvolvement } from '@/lib/api/types';

// What the API's kebab-case values are called on screen. An unknown value (added to the API later) shows as sent.

export const activityTypeLabels: Record<ActivityType, string> = {
  'regional-workshop': 'Regional workshop',
  'sub-regional-workshop': 'Sub-regional workshop',
  'national-workshop': 'National workshop',
  'train-the-trainer': 'Train-the-trainer',
  'diagnostic-mission': 'Diagnostic mission',
  'scoping-mission': 'Scoping mission',
  'accreditation-workshop': 'Accreditation workshop',
  seminar: 'Seminar',
  webinar: 'Webinar',
  'study-tour': 'Study tour',
  'policy-dialogue': 'Policy dialogue',
  conference: 'Conference',
  publication: 'Publication',
  other: 'Other',
};
export const activityTypes = Object.keys(activityTypeLabels) as ActivityType[];

export const activityStatusLabels: Record<ActivityStatus, string> = {
  planned: 'Planned',
  confirmed: 'Confirmed',
  delivered: 'Delivered',
  postponed: 'Postponed',
  cancelled: 'Cancelled',
};
export const activityStatuses = Object.keys(activityStatusLabels) as ActivityStatus[];

/** Statuses that need a reason. */
export const statusesWithReason: readonly ActivityStatus[] = ['postponed', 'cancelled'];

export const rocbRoleLabels: Record<RocbInvolvement, string> = {
  organised: 'Organised',
  'co-organised': 'Co-organised',
  participated: 'Participated',
  presented: 'Presented',
  'not-stated': 'Not stated',
};
/** The roles the list can filter on (the API filters on these four). */
export const rocbRoles: RocbInvolvement[] = ['organised', 'co-organised', 'participated', 'presented'];
export const allRocbRoleLabels = rocbRoleLabels;

export const modeLabels: Record<ActivityMode, string> = {
  'in-person': 'In person',
  virtual: 'Virtual',
  hybrid: 'Hybrid',
};
export const modes = Object.keys(modeLabels) as ActivityMode[];

export const datePrecisionLabels: Record<DatePrecision, string> = {
  day: 'Exact dates',
  month: 'Known to the month only',
  quarter: 'Known to the quarter only',
};

export const genderLabels: Record<Gender, string> = {
  female: 'Female',
  male: 'Male',
  other: 'Other',
  'not-recorded': 'Not recorded',
};
export const genders = Object.keys(genderLabels) as Gender[];

export const participantRoleLabels: Record<ParticipantRole, string> = {
  participant: 'Participant',
  'head-of-delegation': 'Head of delegation',
  observer: 'Observer',
};
export const participantRoles = Object.keys(participantRoleLabels) as ParticipantRole[];

function labelOf<T extends string>(labels: Record<T, string>, value: string | null | undefined): string {
  if (!value) return '';
  return (labels as Record<string, string>)[value] ?? value;
}

export const activityTypeLabel = (value: string | null | undefined) => labelOf(activityTypeLabels, value);
export const activityStatusLabel = (value: string | null | undefined) => labelOf(activityStatusLabels, value);
export const rocbRoleLabel = (value: string | null | undefined) => labelOf(rocbRoleLabels, value);
export const modeLabel = (value: string | null | undefined) => labelOf(modeLabels, value);
export const genderLabel = (value: string | null | undefined) => (value ? labelOf(genderLabels, value) : 'Not recorded');
export const participantRoleLabel = (value: string | null | undefined) => labelOf(participantRoleLabels, value);

export function isActivityType(value: string | null | undefined): value is ActivityType {
  return Boolean(value) && value! in activityTypeLabels;
}
export function isActivityStatus(value: string | null | undefined): value is ActivityStatus {
  return Boolean(value) && value! in activityStatusLabels;
}
export function isRocbRole(value: string | null | undefined): value is RocbInvolvement {
  return Boolean(value) && (rocbRoles as string[]).includes(value!);
}
