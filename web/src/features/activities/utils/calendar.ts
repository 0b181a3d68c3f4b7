import type { ActivitySummary } from '@/lib/api/types';
import { activitySpan, addMonths, daysInMonth, isoDay, monthOf, monthRange, parseDay } from './activity-dates';

export interface CalendarDay {
  /** yyyy-mm-dd */
  date: string;
  day: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
  inMonth: boolean;
  isToday: boolean;
}

export interface MonthGrid {
  /** yyyy-mm */
  month: string;
  /** Whole weeks, each of seven days, from the week holding the 1st to the week holding the last day. */
  weeks: CalendarDay[][];
  /** The first and last day shown (they may belong to the months around). */
  first: string;
  last: string;
}

export const weekdayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function toDate(iso: string): Date {
  const d = parseDay(iso);
  if (!d) throw new Error(`not a day: ${iso}`);
  return new Date(Date.UTC(d.year, d.month - 1, d.day));
}

function fromDate(date: Date): string {
  return isoDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** A day moved by n days. */
export function addDays(iso: string, n: number): string {
  const date = toDate(iso);
  date.setUTCDate(date.getUTCDate() + n);
  return fromDate(date);
}

export function weekdayOf(iso: string): number {
  return toDate(iso).getUTCDay();
}

/** The month grid of a month (yyyy-mm), weeks starting on weekStartsOn (1 = Monday). */
export function buildMonthGrid(month: string, today: string, weekStartsOn = 1): MonthGrid {
  const { first: firstOfMonth, last: lastOfMonth } = monthRange(month);
  const lead = (weekdayOf(firstOfMonth) - weekStartsOn + 7) % 7;
  const trail = (weekStartsOn + 6 - weekdayOf(lastOfMonth) + 7) % 7;
  const first = addDays(firstOfMonth, -lead);
  const last = addDays(lastOfMonth, trail);
  const weeks: CalendarDay[][] = [];
  for (let day = first; day <= last; day = addDays(day, 1)) {
    if (weeks.length === 0 || weeks[weeks.length - 1]!.length === 7) weeks.push([]);
    weeks[weeks.length - 1]!.push({
      date: day,
      day: Number(day.slice(8)),
      weekday: weekdayOf(day),
      inMonth: monthOf(day) === month,
      isToday: day === today,
    });
  }
  return { month, weeks, first, last };
}

/** The weekday names in grid order. */
export function weekdayOrder(weekStartsOn = 1): string[] {
  return Array.from({ length: 7 }, (_, i) => weekdayNames[(weekStartsOn + i) % 7]!);
}

export interface PlacedActivities {
  /** Activities with exact dates, on each day of the month they cover. */
  byDay: Map<string, ActivitySummary[]>;
  /** Activities known to the month or quarter only, whose month or quarter covers this month. */
  toBeFixed: ActivitySummary[];
}

function byStartThenTitle(a: ActivitySummary, b: ActivitySummary): number {
  return (a.startsOn ?? '').localeCompare(b.startsOn ?? '') || a.title.localeCompare(b.title) || a.id - b.id;
}

/** The last day an activity known to the month or quarter only may fall on. */
function impreciseEnd(activity: ActivitySummary): string {
  const start = activity.startsOn!;
  if (activity.endsOn && activity.endsOn >= start) return activity.endsOn;
  const lastMonth = addMonths(monthOf(start), activity.datePrecision === 'quarter' ? 2 : 0);
  return monthRange(lastMonth).last;
}

/** Places activities on a month: exact ones on their days, the others under the month as "date to be fixed". */
export function placeActivities(month: string, activities: readonly ActivitySummary[]): PlacedActivities {
  const { first, last } = monthRange(month);
  const byDay = new Map<string, ActivitySummary[]>();
  const toBeFixed: ActivitySummary[] = [];
  for (const activity of [...activities].sort(byStartThenTitle)) {
    if (!activity.startsOn) continue;
    if (activity.datePrecision !== 'day') {
      if (activity.startsOn <= last && impreciseEnd(activity) >= first) toBeFixed.push(activity);
      continue;
    }
    const span = activitySpan(activity.startsOn, activity.endsOn);
    const from = span.first > first ? span.first : first;
    const to = span.last < last ? span.last : last;
    for (let day = from; day <= to; day = addDays(day, 1)) {
      byDay.set(day, [...(byDay.get(day) ?? []), activity]);
    }
  }
  return { byDay, toBeFixed };
}

/** How far back to look for activities that began earlier but still run in the month (a quarter). */
export const lookBackDays = 92;

/** The start-date window to ask the API for, to find everything the month shows. */
export function calendarQueryRange(month: string): { from: string; to: string } {
  const { first, last } = monthRange(month);
  return { from: addDays(first, -lookBackDays), to: last };
}

export type CalendarKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End' | 'PageUp' | 'PageDown';
export const calendarKeys: readonly string[] = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown'];

/** The day focus moves to from a day on a key (the grid pattern of WAI-ARIA's date picker). */
export function nextFocusDay(day: string, key: CalendarKey, weekStartsOn = 1): string {
  switch (key) {
    case 'ArrowLeft':
      return addDays(day, -1);
    case 'ArrowRight':
      return addDays(day, 1);
    case 'ArrowUp':
      return addDays(day, -7);
    case 'ArrowDown':
      return addDays(day, 7);
    case 'Home':
      return addDays(day, -((weekdayOf(day) - weekStartsOn + 7) % 7));
    case 'End':
      return addDays(day, 6 - ((weekdayOf(day) - weekStartsOn + 7) % 7));
    case 'PageUp':
    case 'PageDown': {
      const month = addMonths(monthOf(day), key === 'PageUp' ? -1 : 1);
      const [y, m] = month.split('-').map(Number) as [number, number];
      return isoDay(y, m, Math.min(Number(day.slice(8)), daysInMonth(y, m)));
    }
  }
}
