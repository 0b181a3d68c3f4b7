import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { todayIso } from '@/lib/format';
import { calendarActivitiesQueryOptions } from '../api/activities';
import { CalendarGrid } from '../components/calendar-grid';
import { addMonths, formatActivityDates, formatMonthLong, isMonth, monthOf } from '../utils/activity-dates';
import { activityTypeLabel } from '@/lib/activities/activity-labels';
import { buildMonthGrid, calendarQueryRange, placeActivities } from '../utils/calendar';
import { ActivityStatusBadge } from '../components/activity-status-badge';

export function ActivityCalendarRoute() {
  const [search, setSearch] = useSearchParams();
  const today = todayIso();
  const monthParam = search.get('month');
  const month = isMonth(monthParam) ? monthParam : monthOf(today);
  useDocumentTitle(`Activities in ${formatMonthLong(month)}`);
  const range = calendarQueryRange(month);
  const activities = useQuery(calendarActivitiesQueryOptions(range.from, range.to));
  const grid = buildMonthGrid(month, today);
  const placed = activities.data ? placeActivities(month, activities.data.items) : undefined;

  // The day in the tab order: kept while it is in the month shown, else the 1st (or today in today's month).
  const [focus, setFocus] = useState<{ day: string; requested: boolean }>({ day: today, requested: false });
  const focusDay = monthOf(focus.day) === month ? focus.day : monthOf(today) === month ? today : `${month}-01`;

  const goToMonth = (next: string, day?: string) => {
    const params = new URLSearchParams(search);
    if (next === monthOf(today)) params.delete('month');
    else params.set('month', next);
    setSearch(params);
    // Focus follows the keyboard into the new month; the month buttons keep it.
    setFocus((f) => (day ? { day, requested: true } : { ...f, requested: false }));
  };

  const dated = placed ? new Set([...placed.byDay.values()].flat().map((a) => a.id)).size : 0;

  return (
    <>
      <p className="breadcrumb">
        <Link to="/activities">← Activities</Link>
      </p>
      <h1>Activity calendar</h1>
      <p className="lead">Activities on the days they take place. Those known to the month or quarter only are listed under the month.</p>
      <div className="calendar-toolbar toolbar" role="group" aria-label="Month">
        <button type="button" className="button button-secondary" onClick={() => goToMonth(addMonths(month, -1))}>
          ← Previous month
        </button>
        <button type="button" className="button button-secondary" disabled={month === monthOf(today)} onClick={() => goToMonth(monthOf(today), today)}>
          Today
        </button>
        <button type="button" className="button button-secondary" onClick={() => goToMonth(addMonths(month, 1))}>
          Next month →
        </button>
        <h2 className="calendar-month" aria-live="polite">
          {formatMonthLong(month)}
        </h2>
      </div>
      <p id="calendar-keys" className="field-hint">
        In the calendar, the arrow keys move between days, Home and End to the start and end of the week, Page Up and Page Down to the month
        before and after; Tab reaches a day&apos;s activities.
      </p>

      {activities.isPending ? (
        <Loading label="Loading the activities…" />
      ) : activities.error && !activities.data ? (
        <ProblemAlert error={activities.error} fallbackTitle="The activities could not be loaded" />
      ) : placed ? (
        <div className="results" aria-busy={activities.isFetching || undefined}>
          <p className="result-count" role="status">
            {formatMonthLong(month)}: {dated === 0 ? 'no activity on a fixed date' : dated === 1 ? '1 activity on fixed dates' : `${dated} activities on fixed dates`}
            {placed.toBeFixed.length > 0 ? `, ${placed.toBeFixed.length} with the date to be fixed` : ''}.
          </p>
          {activities.data && activities.data.total > activities.data.items.length ? (
            <p className="alert alert-warning">
              Only the first {activities.data.items.length} of {activities.data.total} activities around this month are shown. Use the{' '}
              <Link to={`/activities?from=${range.from}&to=${range.to}`}>list</Link> for all of them.
            </p>
          ) : null}
          <div className="table-scroll">
            <CalendarGrid
              grid={grid}
              byDay={placed.byDay}
              focusDay={focusDay}
              focusRequested={focus.requested}
              onFocusDay={(day) => {
                if (monthOf(day) !== month) goToMonth(monthOf(day), day);
                else setFocus({ day, requested: true });
              }}
            />
          </div>
          <section aria-labelledby="to-be-fixed-heading">
            <h2 id="to-be-fixed-heading">Date to be fixed in {formatMonthLong(month)}</h2>
            {placed.toBeFixed.length === 0 ? (
              <p className="muted">None: every activity of this month has its days fixed.</p>
            ) : (
              <ul className="to-be-fixed-list">
                {placed.toBeFixed.map((a) => (
                  <li key={a.id}>
                    <Link to={`/activities/${a.id}`}>{a.title}</Link>{' '}
                    <span className="muted small">
                      ({activityTypeLabel(a.type)}, {formatActivityDates(a.startsOn, a.endsOn, a.datePrecision)}, date to be fixed)
                    </span>{' '}
                    <ActivityStatusBadge status={a.status} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      ) : null}
    </>
  );
}
