import type { Deployment, Unavailability } from '../api/types';

export interface BusyPeriod {
  startsOn: string;
  endsOn: string;
  kind: 'unavailable' | 'deployment';
  label: string;
}

/** The days an expert is busy: its unavailability and its deployments that hold its dates (not declined or cancelled), by start. */
export function busyPeriods(unavailability: Unavailability[], deployments: Deployment[]): BusyPeriod[] {
  const periods: BusyPeriod[] = [
    ...unavailability.map((u) => ({ startsOn: u.startsOn, endsOn: u.endsOn, kind: 'unavailable' as const, label: u.reason || 'Unavailable' })),
    ...deployments
      .filter((d) => d.status !== 'declined' && d.status !== 'cancelled')
      .map((d) => ({
        startsOn: d.startsOn,
        endsOn: d.endsOn,
        kind: 'deployment' as const,
        label: `${d.requestTitle ?? d.activityTitle ?? `Deployment #${d.id}`} (${d.status})`,
      })),
  ];
  return periods.sort((a, b) => a.startsOn.localeCompare(b.startsOn));
}

/** yyyy-mm-dd of a day of a month (month 0-11). */
function iso(year: number, month: number, day: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(month + 1)}-${pad(day)}`;
}

export interface CalendarDay {
  date: string;
  day: number;
  periods: BusyPeriod[];
}

/** The weeks (Monday first) of a month, with null for the days of other months, and each day's busy periods. */
export function monthWeeks(year: number, month: number, periods: BusyPeriod[]): (CalendarDay | null)[][] {
  const days = new Date(year, month + 1, 0).getDate();
  const lead = (new Date(year, month, 1).getDay() + 6) % 7;
  const cells: (CalendarDay | null)[] = Array.from({ length: lead }, () => null);
  for (let d = 1; d <= days; d++) {
    const date = iso(year, month, d);
    cells.push({ date, day: d, periods: periods.filter((p) => p.startsOn <= date && date <= p.endsOn) });
  }
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (CalendarDay | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}
