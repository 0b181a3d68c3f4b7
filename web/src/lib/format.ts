const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** An instant in the reader's time zone, e.g. "27 Nov 2026, 14:05". */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const value = new Date(iso);
  return Number.isNaN(value.getTime()) ? iso : dateTime.format(value);
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const value = new Date(iso);
  return Number.isNaN(value.getTime()) ? iso : date.format(value);
}

/** The start of a calendar day (yyyy-mm-dd) in the reader's time zone, as an ISO instant. */
export function startOfDayIso(day: string): string | undefined {
  const value = new Date(`${day}T00:00:00`);
  return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
}

/** The start of the day after a calendar day (yyyy-mm-dd), as an ISO instant: "up to and including that day". */
export function endOfDayIso(day: string): string | undefined {
  const value = new Date(`${day}T00:00:00`);
  if (Number.isNaN(value.getTime())) return undefined;
  value.setDate(value.getDate() + 1);
  return value.toISOString();
}

/** Today's calendar day in the reader's time zone, as yyyy-mm-dd. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whether a text is a real calendar day written yyyy-mm-dd. */
export function isIsoDay(value: string | null | undefined): value is string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(y, m - 1, d);
  return date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d;
}

/** A calendar day (yyyy-mm-dd, no time zone) as the reader writes dates, e.g. "30 Jun 2026". */
export function formatDay(day: string | null | undefined): string {
  if (!day) return '';
  if (!isIsoDay(day)) return day;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return date.format(new Date(y, m - 1, d));
}

const numberFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });

/** A figure with at most two decimals: 18.364 → "18.36", 35 → "35". */
export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined || Number.isNaN(value) ? '' : numberFormat.format(value);
}
