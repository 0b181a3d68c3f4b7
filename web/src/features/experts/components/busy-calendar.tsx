import { useState } from 'react';
import { formatDay } from '@/lib/format';
import { monthWeeks, type BusyPeriod } from '../utils/busy-periods';

const weekdays = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const monthName = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric' });

/** A month grid of an expert's busy days, with the list of busy periods beside it (the list is the accessible record). */
export function BusyCalendar({ periods, initial }: { periods: BusyPeriod[]; initial?: Date }) {
  const start = initial ?? new Date();
  const [month, setMonth] = useState({ year: start.getFullYear(), month: start.getMonth() });
  const weeks = monthWeeks(month.year, month.month, periods);
  const title = monthName.format(new Date(month.year, month.month, 1));
  const move = (delta: number) => {
    const d = new Date(month.year, month.month + delta, 1);
    setMonth({ year: d.getFullYear(), month: d.getMonth() });
  };
  return (
    <div className="busy-calendar">
      <div className="calendar-nav">
        <button type="button" className="button button-secondary button-small" onClick={() => move(-1)}>
          Previous month
        </button>
        <p className="calendar-title" aria-live="polite">
          {title}
        </p>
        <button type="button" className="button button-secondary button-small" onClick={() => move(1)}>
          Next month
        </button>
      </div>
      <table className="month-grid">
        <caption className="visually-hidden">Busy days in {title}</caption>
        <thead>
          <tr>
            {weekdays.map((d) => (
              <th key={d} scope="col">
                {d}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, i) => (
            <tr key={i}>
              {week.map((day, j) =>
                day ? (
                  <td key={day.date} className={day.periods.length ? `busy busy-${day.periods[0]?.kind ?? ''}` : undefined}>
                    <span>{day.day}</span>
                    {day.periods.length ? <span className="visually-hidden">: {day.periods.map((p) => p.label).join('; ')}</span> : null}
                  </td>
                ) : (
                  <td key={`empty-${j}`} />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Busy periods</h3>
      {periods.length === 0 ? (
        <p className="muted">No unavailability or deployments recorded.</p>
      ) : (
        <ul className="busy-list">
          {periods.map((p, i) => (
            <li key={`${p.kind}-${p.startsOn}-${i}`}>
              <span className={`busy-key busy-${p.kind}`} aria-hidden="true" />
              {formatDay(p.startsOn)} – {formatDay(p.endsOn)}: {p.label}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
