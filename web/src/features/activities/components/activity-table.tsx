import { Link } from 'react-router';
import type { ActivitySummary } from '@/lib/api/types';
import { formatNumber } from '@/lib/format';
import { formatActivityDates } from '../utils/activity-dates';
import { activityTypeLabel, modeLabel, rocbRoleLabel } from '@/lib/activities/activity-labels';
import type { ActivitySort } from '../utils/list-params';
import { ActivityStatusBadge } from './activity-status-badge';

interface ActivityTableProps {
  activities: readonly ActivitySummary[];
  caption: string;
  sort: ActivitySort;
  onSort: (sort: ActivitySort) => void;
}

type SortableColumn = 'title' | 'startsOn';

function SortHeader({ column, label, sort, onSort }: { column: SortableColumn; label: string; sort: ActivitySort; onSort: (s: ActivitySort) => void }) {
  const ascending = sort === column;
  const descending = sort === `-${column}`;
  const ariaSort = ascending ? 'ascending' : descending ? 'descending' : 'none';
  // Dates start newest first; titles A to Z.
  const next: ActivitySort = ascending ? (`-${column}` as ActivitySort) : descending ? column : column === 'startsOn' ? '-startsOn' : 'title';
  const nextWords = next.startsWith('-') ? (column === 'title' ? 'Z to A' : 'latest first') : column === 'title' ? 'A to Z' : 'earliest first';
  return (
    <th scope="col" aria-sort={ariaSort} className={column === 'title' ? 'col-activity-title' : 'col-activity-dates'}>
      <button type="button" className="sort-button" onClick={() => onSort(next)}>
        {label}
        <span aria-hidden="true" className="sort-indicator">
          {ascending ? ' ▲' : descending ? ' ▼' : ' ↕'}
        </span>
        <span className="visually-hidden">, sort {nextWords}</span>
      </button>
    </th>
  );
}

/** The activity list: title, type, dates, venue/host, ROCB role, status and participants. */
export function ActivityTable({ activities, caption, sort, onSort }: ActivityTableProps) {
  return (
    <div className="table-scroll">
      <table className="data-table activities-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <SortHeader column="title" label="Activity" sort={sort} onSort={onSort} />
            <th scope="col" className="col-activity-type">
              Type
            </th>
            <SortHeader column="startsOn" label="Dates" sort={sort} onSort={onSort} />
            <th scope="col" className="col-venue">
              Venue / host
            </th>
            <th scope="col" className="col-role">
              ROCB role
            </th>
            <th scope="col" className="col-activity-status">
              Status
            </th>
            <th scope="col" className="col-number">
              Participants
            </th>
          </tr>
        </thead>
        <tbody>
          {activities.map((a) => (
            <tr key={a.id}>
              <th scope="row" className="row-header">
                <Link to={`/activities/${a.id}`}>{a.title}</Link>
                {a.reference ? <span className="muted small activity-reference"> {a.reference}</span> : null}
              </th>
              <td>{activityTypeLabel(a.type)}</td>
              <td>{formatActivityDates(a.startsOn, a.endsOn, a.datePrecision)}</td>
              <td>
                {a.venue ?? (a.mode === 'virtual' ? modeLabel(a.mode) : null) ?? <span className="muted">—</span>}
                {a.hostMember ? <span className="activity-host">Host: {a.hostMember.name}</span> : null}
              </td>
              <td>{rocbRoleLabel(a.rocbRole)}</td>
              <td>
                <ActivityStatusBadge status={a.status} />
              </td>
              <td className="col-number">
                {a.participantTotal > 0 ? (
                  formatNumber(a.participantTotal)
                ) : (
                  <>
                    <span aria-hidden="true" className="muted">
                      —
                    </span>
                    <span className="visually-hidden">none recorded</span>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
