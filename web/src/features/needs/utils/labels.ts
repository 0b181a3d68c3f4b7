import type { CurrentUser } from '@/lib/api/types';

// The scales of the needs survey (docs: ../shared/DOMAIN.md, the needs-analysis contract). Values are the API's
// kebab-case words; labels are what people read. An unknown value (added to the API later) shows as sent.

export type NeedsPermission = 'needs:read' | 'needs:respond' | 'needs:manage' | 'needs:analyse' | 'needs:plan' | 'needs:configure';

/** Whether the role may (the API enforces it; the UI only hides what would be refused). */
export function hasNeedsPermission(user: Pick<CurrentUser, 'permissions'> | null | undefined, permission: NeedsPermission): boolean {
  return Boolean(user?.permissions.includes(permission));
}

export const implementationStatuses = ['not-started', 'planning', 'partially-implemented', 'implemented', 'not-applicable'] as const;
export type ImplementationStatusValue = (typeof implementationStatuses)[number];

const implementationStatusLabels: Record<ImplementationStatusValue, string> = {
  'not-started': 'Not started',
  planning: 'Planning',
  'partially-implemented': 'Partially implemented',
  implemented: 'Implemented',
  'not-applicable': 'Not applicable',
};

export function implementationStatusLabel(value: string | null | undefined): string {
  if (!value) return '';
  return (implementationStatusLabels as Record<string, string>)[value] ?? value;
}

export const needLevels = [0, 1, 2, 3] as const;
export type NeedLevelValue = (typeof needLevels)[number];

const needLevelLabels: Record<NeedLevelValue, string> = { 0: 'None', 1: 'Low', 2: 'Medium', 3: 'High' };
const needLevelHints: Record<NeedLevelValue, string> = {
  0: 'No assistance needed',
  1: 'Useful, not urgent',
  2: 'Needed within the year',
  3: 'Needed urgently; a priority',
};

/** "2 – Medium"; blank for no answer. */
export function needLevelLabel(value: number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const label = (needLevelLabels as Record<number, string>)[value];
  return label ? `${value} – ${label}` : String(value);
}

export function needLevelHint(value: NeedLevelValue): string {
  return needLevelHints[value];
}

export const deliveries = [
  'national-workshop',
  'sub-regional-workshop',
  'regional-workshop',
  'expert-mission',
  'e-learning',
  'study-visit',
  'remote-advice',
] as const;
export type DeliveryValue = (typeof deliveries)[number];

const deliveryLabels: Record<DeliveryValue, string> = {
  'national-workshop': 'National workshop',
  'sub-regional-workshop': 'Sub-regional workshop',
  'regional-workshop': 'Regional workshop',
  'expert-mission': 'Expert mission',
  'e-learning': 'E-learning',
  'study-visit': 'Study visit',
  'remote-advice': 'Remote advice',
};

export function deliveryLabel(value: string | null | undefined): string {
  if (!value) return '';
  return (deliveryLabels as Record<string, string>)[value] ?? value;
}

export const quarters = [1, 2, 3, 4] as const;
export type QuarterValue = (typeof quarters)[number];

// The ROCB fiscal year runs July to June.
const quarterMonths: Record<QuarterValue, string> = { 1: 'Jul–Sep', 2: 'Oct–Dec', 3: 'Jan–Mar', 4: 'Apr–Jun' };

/** The calendar years a quarter of a fiscal year falls in: Q1–Q2 in its first year, Q3–Q4 in the next. */
export function quarterYear(fiscalYear: number, quarter: QuarterValue): number {
  return quarter <= 2 ? fiscalYear : fiscalYear + 1;
}

/** "Q1 (Jul–Sep 2027)", or "Q1 (Jul–Sep)" without a fiscal year; blank for no answer. */
export function quarterLabel(value: number | null | undefined, fiscalYear?: number): string {
  if (value === null || value === undefined) return '';
  const months = (quarterMonths as Record<number, string>)[value];
  if (!months) return `Q${value}`;
  return fiscalYear ? `Q${value} (${months} ${quarterYear(fiscalYear, value as QuarterValue)})` : `Q${value} (${months})`;
}

/** FY2027 → "FY2027/28". */
export function fiscalYearLabel(fiscalYear: number): string {
  return `FY${fiscalYear}/${String((fiscalYear + 1) % 100).padStart(2, '0')}`;
}

export const cycleStatuses = ['draft', 'open', 'closed'] as const;

const cycleStatusLabels: Record<string, string> = { draft: 'Draft', open: 'Open', closed: 'Closed' };

export function cycleStatusLabel(value: string): string {
  return cycleStatusLabels[value] ?? value;
}

/** Where a Member stands in a cycle: the tracker's three states. */
const responseStateLabels: Record<string, string> = { 'not-started': 'Not started', draft: 'In draft', submitted: 'Submitted' };

export function responseStateLabel(value: string | null | undefined): string {
  if (!value) return responseStateLabels['not-started']!;
  return responseStateLabels[value] ?? value;
}

const workPlanKindLabels: Record<string, string> = {
  'sub-regional-workshop': 'Sub-regional workshop',
  'national-activity': 'National activity',
  'regional-workshop': 'Regional workshop',
  accreditation: 'Accreditation',
  other: 'Other',
};

export function workPlanKindLabel(value: string | null | undefined): string {
  if (!value) return '';
  return workPlanKindLabels[value] ?? value;
}

export const workPlanKinds = Object.keys(workPlanKindLabels);
