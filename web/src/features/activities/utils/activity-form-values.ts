import type { Activity, ActivityInput, ActivityMode, ActivityStatus, ActivityType, DatePrecision, RocbInvolvement } from '@/lib/api/types';
import { daysInMonth, isMonth } from './activity-dates';
import { statusesWithReason } from '@/lib/activities/activity-labels';

export interface StaffRow {
  key: string;
  name: string;
  role: string;
}

/** The activity form as typed. */
export interface ActivityFormValues {
  title: string;
  type: ActivityType | '';
  status: ActivityStatus;
  statusReason: string;
  datePrecision: DatePrecision;
  /** Exact dates (yyyy-mm-dd), with datePrecision day. */
  startsOn: string;
  endsOn: string;
  /** Months (yyyy-mm), with datePrecision month or quarter. */
  startMonth: string;
  endMonth: string;
  venue: string;
  hostMemberId: string;
  mode: ActivityMode;
  rocbRole: RocbInvolvement;
  sponsors: string;
  partners: string;
  funding: string;
  memberIds: number[];
  topicIds: number[];
  actionIds: number[];
  staff: StaffRow[];
  reference: string;
  source: string;
  note: string;
}

let staffKey = 0;
export function newStaffRow(name = '', role = ''): StaffRow {
  staffKey += 1;
  return { key: `staff-${staffKey}`, name, role };
}

export function emptyActivityValues(): ActivityFormValues {
  return {
    title: '',
    type: '',
    status: 'planned',
    statusReason: '',
    datePrecision: 'day',
    startsOn: '',
    endsOn: '',
    startMonth: '',
    endMonth: '',
    venue: '',
    hostMemberId: '',
    mode: 'in-person',
    rocbRole: 'organised',
    sponsors: '',
    partners: '',
    funding: '',
    memberIds: [],
    topicIds: [],
    actionIds: [],
    staff: [],
    reference: '',
    source: '',
    note: '',
  };
}

export function activityToValues(activity: Activity): ActivityFormValues {
  const precise = activity.datePrecision === 'day';
  return {
    title: activity.title,
    type: activity.type,
    status: activity.status,
    statusReason: activity.statusReason ?? '',
    datePrecision: activity.datePrecision,
    startsOn: precise ? (activity.startsOn ?? '') : '',
    endsOn: precise ? (activity.endsOn ?? '') : '',
    startMonth: !precise && activity.startsOn ? activity.startsOn.slice(0, 7) : '',
    endMonth: !precise && activity.endsOn && activity.endsOn.slice(0, 7) !== activity.startsOn?.slice(0, 7) ? activity.endsOn.slice(0, 7) : '',
    venue: activity.venue ?? '',
    hostMemberId: activity.hostMember ? String(activity.hostMember.id) : '',
    mode: activity.mode,
    rocbRole: activity.rocbRole,
    sponsors: activity.sponsors ?? '',
    partners: activity.partners ?? '',
    funding: activity.funding ?? '',
    memberIds: activity.members.map((m) => m.id),
    topicIds: activity.topics.map((t) => t.id),
    actionIds: activity.actions.map((a) => a.id),
    staff: activity.staff.map((s) => newStaffRow(s.name, s.role)),
    reference: activity.reference ?? '',
    source: activity.source ?? '',
    note: activity.note ?? '',
  };
}

const blank = (text: string) => (text.trim() ? text.trim() : null);

/** The last day of a month written yyyy-mm. */
function lastDayOf(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
}

/**
 * The body for the API. Known to the month (or quarter) only: the start is the first day of that month and
 * datePrecision says so; the end is the last day of the "until" month when one is given (else the API takes
 * the end of the start month).
 */
export function toActivityInput(values: ActivityFormValues): ActivityInput {
  const precise = values.datePrecision === 'day';
  const startMonth = isMonth(values.startMonth) ? values.startMonth : undefined;
  const endMonth = isMonth(values.endMonth) ? values.endMonth : undefined;
  return {
    title: values.title,
    type: values.type as ActivityType,
    status: values.status,
    statusReason: statusesWithReason.includes(values.status) ? blank(values.statusReason) : null,
    datePrecision: values.datePrecision,
    startsOn: precise ? values.startsOn || null : startMonth ? `${startMonth}-01` : null,
    endsOn: precise ? values.endsOn || null : startMonth && endMonth && endMonth !== startMonth ? lastDayOf(endMonth) : null,
    venue: blank(values.venue),
    hostMemberId: values.hostMemberId ? Number(values.hostMemberId) : null,
    mode: values.mode,
    rocbRole: values.rocbRole,
    sponsors: blank(values.sponsors),
    partners: blank(values.partners),
    funding: blank(values.funding),
    memberIds: values.memberIds,
    topicIds: values.topicIds,
    actionIds: values.actionIds,
    // Every row goes, so that the API's messages (staff[1].name) point at the row as shown.
    staff: values.staff.map((s) => ({ name: s.name, role: s.role })),
    reference: blank(values.reference),
    source: blank(values.source),
    note: blank(values.note),
  };
}
