import type { CurrentUser } from '@/lib/api/types';
import type { SurveyContactKind, SurveyTask, SurveyWorkshopState, WorkshopScope } from '../api/types';

export const surveyWorkshopStates: readonly SurveyWorkshopState[] = [
  'scheduled',
  'to-send',
  'awaiting-replies',
  'reminder-due',
  'overdue-feedback',
  'closed',
];

const stateLabels: Record<SurveyWorkshopState, string> = {
  scheduled: 'Scheduled',
  'to-send': 'To send',
  'awaiting-replies': 'Awaiting replies',
  'reminder-due': 'Reminder due',
  'overdue-feedback': 'Feedback overdue',
  closed: 'Closed',
};

const stateDescriptions: Record<SurveyWorkshopState, string> = {
  scheduled: 'The questionnaire goes out six months after the workshop.',
  'to-send': 'The questionnaire is due to be sent.',
  'awaiting-replies': 'Sent; the reply window is open.',
  'reminder-due': 'Replies are due within a week and no reminder was sent yet.',
  'overdue-feedback': 'The reply window has closed: send the feedback to all participants.',
  closed: 'The feedback was sent to all participants.',
};

/** A workshop's survey state in words; an unknown state (added to the API later) shows as sent. */
export function surveyStateLabel(state: string): string {
  return (stateLabels as Record<string, string>)[state] ?? state;
}

export function surveyStateDescription(state: string): string {
  return (stateDescriptions as Record<string, string>)[state] ?? '';
}

const taskLabels: Record<SurveyTask, string> = {
  send: 'Send the questionnaire',
  remind: 'Send a reminder',
  'send-feedback': 'Send the feedback',
};

export function surveyTaskLabel(task: string): string {
  return (taskLabels as Record<string, string>)[task] ?? task;
}

/** The headings of the "What is due" panel, in the order the work comes. */
export const dueTaskGroups: readonly { task: SurveyTask; title: string; empty: string }[] = [
  { task: 'send', title: 'Questionnaires to send', empty: 'No questionnaire is due to be sent.' },
  { task: 'remind', title: 'Reminders due', empty: 'No reminder is due.' },
  { task: 'send-feedback', title: 'Feedback due', empty: 'No feedback is due.' },
];

const scopeLabels: Record<WorkshopScope, string> = {
  regional: 'Regional',
  'sub-regional': 'Sub-regional',
};

export function scopeLabel(scope: string): string {
  return (scopeLabels as Record<string, string>)[scope] ?? scope;
}

export const contactKinds: readonly SurveyContactKind[] = ['sent', 'reminder', 'feedback'];

const contactKindLabels: Record<SurveyContactKind, string> = {
  sent: 'Questionnaire sent',
  reminder: 'Reminder sent',
  feedback: 'Feedback sent',
};

export function contactKindLabel(kind: string): string {
  return (contactKindLabels as Record<string, string>)[kind] ?? kind;
}

/** The contact a workshop's state calls for next: what the "Record" form offers first. */
export function suggestedContactKind(state: string): SurveyContactKind {
  switch (state) {
    case 'awaiting-replies':
    case 'reminder-due':
      return 'reminder';
    case 'overdue-feedback':
    case 'closed':
      return 'feedback';
    default:
      return 'sent';
  }
}

/** A percentage as the API gives it (one decimal), or a dash when there is nothing to divide by. */
export function percentText(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return `${new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 }).format(value)}%`;
}

/** "111 of 207 (53.6%)". */
export function countOfText(count: number, of: number, percent: number | null | undefined): string {
  return `${count} of ${of}${percent === null || percent === undefined ? '' : ` (${percentText(percent)})`}`;
}

/** What the signed-in user may do with follow-up surveys (GET /api/auth/me lists the permissions). */
export interface SurveyAbilities {
  /** Open rounds, record what was sent. */
  manage: boolean;
  /** See and record replies (a focal point: its own Member's only). */
  reply: boolean;
  /** A focal point's own Member, which every reply it records is for. */
  ownMemberId?: number;
  ownMemberName?: string;
}

export function surveyAbilities(user: Pick<CurrentUser, 'permissions' | 'memberId' | 'memberName'> | null | undefined): SurveyAbilities {
  const permissions = user?.permissions ?? [];
  const manage = permissions.includes('surveys:manage');
  const reply = permissions.includes('surveys:reply');
  // Staff record replies for any Member; a user bound to a Member only for its own.
  const own = !manage && user?.memberId != null ? { ownMemberId: user.memberId, ownMemberName: user.memberName ?? undefined } : {};
  return { manage, reply, ...own };
}

const monthYear = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric' });

function dayOf(iso: string): Date | undefined {
  const [y, m, d] = iso.split('-').map(Number);
  return y && m && d ? new Date(y, m - 1, d) : undefined;
}

/**
 * When a workshop was held, as precisely as it is known: "Jul 2018" for a month, "Q3 2018" for a quarter,
 * else its days through formatDay.
 */
export function heldText(
  workshop: { startsOn?: string | null; endsOn?: string | null; datePrecision: string },
  formatDay: (day: string) => string,
): string {
  const { startsOn, endsOn, datePrecision } = workshop;
  if (!startsOn) return 'Dates not known';
  const start = dayOf(startsOn);
  if (datePrecision === 'month' && start) return monthYear.format(start);
  if (datePrecision === 'quarter' && start) return `Q${Math.floor(start.getMonth() / 3) + 1} ${start.getFullYear()}`;
  return endsOn && endsOn !== startsOn ? `${formatDay(startsOn)} – ${formatDay(endsOn)}` : formatDay(startsOn);
}
