import { useEffect, useRef, type KeyboardEvent } from 'react';
import { Link } from 'react-router';
import type { ActivitySummary } from '@/lib/api/types';
import { formatMonthLong, monthNames } from '../utils/activity-dates';
import { activityStatusLabel, activityTypeLabel } from '@/lib/activities/activity-labels';
import { calendarKeys, nextFocusDay, weekdayOrder, type CalendarKey, type MonthGrid } from '../utils/calendar';

interface CalendarGridProps {
  grid: MonthGrid;
  byDay: Map<string, ActivitySummary[]>;
  /** The day that takes part in the tab order (roving tabindex). */
  focusDay: string;
  /** Move focus to focusDay after the next render (set after a key press, not on first load). */
  focusRequested: boolean;
  onFocusDay: (day: string) => void;
}

function dayLabel(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${d} ${monthNames[m - 1]} ${y}`;
}

/**
 * A month as a table: weeks as rows, weekdays as columns. The arrow keys move between days (Home/End to the
 * week's ends, Page Up/Down to the month before or after); Tab moves into a day's activity links.
 */
export function CalendarGrid({ grid, byDay, focusDay, focusRequested, onFocusDay }: CalendarGridProps) {
  const tableRef = useRef<HTMLTableElement>(null);
  useEffect(() => {
    if (!focusRequested) return;
    tableRef.current?.querySelector<HTMLElement>(`[data-date="${focusDay}"]`)?.focus();
  }, [focusDay, focusRequested, grid.month]);

  const onKeyDown = (event: KeyboardEvent<HTMLTableCellElement>, date: string) => {
    // Keys pressed on a link inside the day keep their usual meaning.
    if (event.target !== event.currentTarget || !calendarKeys.includes(event.key)) return;
    event.preventDefault();
    onFocusDay(nextFocusDay(date, event.key as CalendarKey));
  };

  const weekdays = weekdayOrder();
  return (
    <table className="calendar-grid" ref={tableRef} aria-describedby="calendar-keys">
      <caption className="visually-hidden">Activities in {formatMonthLong(grid.month)}, by day</caption>
      <thead>
        <tr>
          {weekdays.map((name) => (
            <th key={name} scope="col" abbr={name}>
              <span aria-hidden="true">{name.slice(0, 3)}</span>
              <span className="visually-hidden">{name}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {grid.weeks.map((week) => (
          <tr key={week[0]!.date}>
            {week.map((day) => {
              const activities = day.inMonth ? (byDay.get(day.date) ?? []) : [];
              const classes = ['calendar-day', day.inMonth ? '' : 'calendar-day-outside', day.isToday ? 'calendar-day-today' : ''].join(' ').trim();
              return (
                <td
                  key={day.date}
                  className={classes}
                  data-date={day.date}
                  tabIndex={day.date === focusDay ? 0 : -1}
                  aria-current={day.isToday ? 'date' : undefined}
                  onKeyDown={(event) => onKeyDown(event, day.date)}
                  onFocus={(event) => {
                    if (event.target === event.currentTarget && day.date !== focusDay) onFocusDay(day.date);
                  }}
                >
                  <span className="calendar-date">
                    <span aria-hidden="true">{day.day}</span>
                    <span className="visually-hidden">
                      {dayLabel(day.date)}
                      {day.isToday ? ', today' : ''}
                      {day.inMonth ? `: ${activities.length === 0 ? 'no activity' : activities.length === 1 ? '1 activity' : `${activities.length} activities`}` : ''}
                    </span>
                    {day.isToday ? (
                      <span className="calendar-today-mark" aria-hidden="true">
                        Today
                      </span>
                    ) : null}
                  </span>
                  {activities.length > 0 ? (
                    <ul className="calendar-activities">
                      {activities.map((a) => (
                        <li key={a.id} className={`calendar-activity activity-status-${a.status}`}>
                          <Link to={`/activities/${a.id}`} title={`${a.title} (${activityTypeLabel(a.type)}, ${activityStatusLabel(a.status)})`}>
                            {a.title}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
