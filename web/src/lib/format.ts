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
