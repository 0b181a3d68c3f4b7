import type { DatePrecision } from '@/lib/api/types';
import { isIsoDay } from '@/lib/format';

// Activity dates are calendar days (yyyy-mm-dd, no time zone). Some are known to the month or quarter only:
// the API then keeps the first day of that month or quarter as the start.

export const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const monthShort = monthNames.map((m) => m.slice(0, 3));

interface Day {
  year: number;
  month: number; // 1-12
  day: number;
}

export function parseDay(iso: string | null | undefined): Day | undefined {
  if (!isIsoDay(iso)) return undefined;
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

const pad = (n: number) => String(n).padStart(2, '0');

export function isoDay(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The number of days in a month (month 1-12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "yyyy-mm" of a day. */
export function monthOf(iso: string): string {
  return iso.slice(0, 7);
}

/** The first and last day of a month given as yyyy-mm. */
export function monthRange(month: string): { first: string; last: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return { first: isoDay(y, m, 1), last: isoDay(y, m, daysInMonth(y, m)) };
}

/** A month (yyyy-mm) moved by n months. */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

export function isMonth(value: string | null | undefined): value is string {
  return Boolean(value && /^\d{4}-(0[1-9]|1[0-2])$/.test(value));
}

/** "Dec 2019". */
export function formatMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${monthShort[m - 1]} ${y}`;
}

/** "December 2019". */
export function formatMonthLong(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${monthNames[m - 1]} ${y}`;
}

function formatDayParts({ year, month, day }: Day): string {
  return `${day} ${monthShort[month - 1]} ${year}`;
}

function monthSpan(start: Day, end: Day): string {
  if (start.year === end.year && start.month === end.month) return `${monthShort[start.month - 1]} ${start.year}`;
  if (start.year === end.year) return `${monthShort[start.month - 1]}–${monthShort[end.month - 1]} ${start.year}`;
  return `${monthShort[start.month - 1]} ${start.year} – ${monthShort[end.month - 1]} ${end.year}`;
}

/**
 * An activity's dates as people write them: "9 Jul 2019", "9–10 Jul 2019", "30 Jul – 2 Aug 2019";
 * known to the month only: "Dec 2019" (or "Apr–Jun 2020"); to the quarter only: "Jul–Sep 2020";
 * no start yet: "Date not fixed".
 */
export function formatActivityDates(startsOn: string | null | undefined, endsOn: string | null | undefined, precision: DatePrecision | string): string {
  const start = parseDay(startsOn);
  if (!start) return 'Date not fixed';
  const end = parseDay(endsOn);
  if (precision === 'month') {
    return monthSpan(start, end && endsOn! >= startsOn! ? end : start);
  }
  if (precision === 'quarter') {
    const index = start.year * 12 + start.month - 1 + 2;
    const quarterEnd = { year: Math.floor(index / 12), month: (index % 12) + 1, day: 1 };
    const last = end && endsOn! > startsOn! ? end : quarterEnd;
    return monthSpan(start, last);
  }
  if (!end || endsOn === startsOn || endsOn! < startsOn!) return formatDayParts(start);
  if (start.year === end.year && start.month === end.month) return `${start.day}–${end.day} ${monthShort[start.month - 1]} ${start.year}`;
  if (start.year === end.year) return `${start.day} ${monthShort[start.month - 1]} – ${end.day} ${monthShort[end.month - 1]} ${end.year}`;
  return `${formatDayParts(start)} – ${formatDayParts(end)}`;
}

/** Whether the exact days are not known (only the month or quarter, or nothing). */
export function isDateToBeFixed(startsOn: string | null | undefined, precision: DatePrecision | string): boolean {
  return !startsOn || precision !== 'day';
}

/** The fiscal year (1 July to 30 June) a day falls in, by its starting year: 2019-12-01 → 2019. */
export function fiscalYearOf(iso: string): number {
  const day = parseDay(iso);
  if (!day) throw new Error(`not a day: ${iso}`);
  return day.month >= 7 ? day.year : day.year - 1;
}

/** "FY2019/20" for 2019. */
export function fiscalYearLabel(startYear: number): string {
  return `FY${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** Fiscal years to choose from, newest first: from the first one with records to next year's. */
export function fiscalYearOptions(today: string, first = 2018): number[] {
  const last = fiscalYearOf(today) + 1;
  const years: number[] = [];
  for (let year = last; year >= first; year -= 1) years.push(year);
  return years;
}

/** The days an activity covers, capped: from its start to its end (or its start), for placing it on a calendar. */
export function activitySpan(startsOn: string, endsOn: string | null | undefined): { first: string; last: string } {
  return { first: startsOn, last: endsOn && endsOn >= startsOn ? endsOn : startsOn };
}
