import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useSearchParams } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { Loading } from '@/components/ui/loading';
import { NoAccess } from '@/components/ui/no-access';
import { Pager } from '@/components/ui/pager';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { isForbidden } from '@/lib/api/problem';
import { formatDay } from '@/lib/format';
import { useCurrentUser } from '@/lib/auth/current-user';
import { expertRequestsQueryOptions } from '../api/queries';
import { MatchingSettingsSection } from '../components/matching-settings';
import '../experts.css';
import { hasPermission } from '../utils/labels';

const statuses = ['open', 'staffed', 'completed', 'cancelled'] as const;
const statusLabels: Record<string, string> = { open: 'Open', staffed: 'Staffed', completed: 'Completed', cancelled: 'Cancelled' };

export function requestStatusLabel(status: string): string {
  return statusLabels[status] ?? status;
}

export function ExpertRequestsRoute() {
  useDocumentTitle('Expert requests');
  const [search, setSearch] = useSearchParams();
  const page = Math.max(1, Number(search.get('page')) || 1);
  const status = search.get('status') || undefined;
  const requests = useQuery(expertRequestsQueryOptions({ page, pageSize: 25, status }));
  const { data: user } = useCurrentUser();
  const flash = (useLocation().state as { flash?: string } | null)?.flash;

  const update = (key: string, value: string | undefined, resetPage = true) => {
    const next = new URLSearchParams(search);
    if (value) next.set(key, value);
    else next.delete(key);
    if (resetPage) next.delete('page');
    setSearch(next);
  };

  if (isForbidden(requests.error)) return <NoAccess error={requests.error} what="the expert requests" />;
  const data = requests.data;

  return (
    <>
      <div className="page-header">
        <h1>Expert requests</h1>
        <Link className="button" to="/expert-requests/new">
          New request
        </Link>
      </div>
      {flash ? (
        <p className="alert alert-success" role="status">
          {flash}
        </p>
      ) : null}
      <p className="muted small">
        A request is open until as many experts as it needs are confirmed, then staffed, and completed once all their deployments are
        completed; cancelled requests stay cancelled.
      </p>
      <p className="lead">Requests for experts on missions and workshops, with the ranked candidates for each.</p>
      <div className="filters">
        <div className="field">
          <label htmlFor="filter-request-status">Status</label>
          <select id="filter-request-status" value={status ?? ''} onChange={(e) => update('status', e.target.value)}>
            <option value="">Any status</option>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {statusLabels[s]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {requests.isPending ? (
        <Loading label="Loading requests…" />
      ) : requests.error && !data ? (
        <ProblemAlert error={requests.error} fallbackTitle="The requests could not be loaded" />
      ) : data && data.items.length === 0 ? (
        <EmptyState title={status ? 'No request has this status.' : 'There are no expert requests yet.'}>
          <p>
            <Link to="/expert-requests/new">Record a request</Link> to see the ranked candidates.
          </p>
        </EmptyState>
      ) : data ? (
        <div className="results" aria-busy={requests.isFetching || undefined}>
          <p className="result-count" role="status">
            {data.total} {data.total === 1 ? 'request' : 'requests'}
          </p>
          <table className="data-table">
            <caption className="visually-hidden">Expert requests</caption>
            <thead>
              <tr>
                <th scope="col">Request</th>
                <th scope="col">Dates</th>
                <th scope="col">Topics</th>
                <th scope="col" className="numeric">
                  Confirmed / needed
                </th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((r) => (
                <tr key={r.id}>
                  <th scope="row" className="row-header">
                    <Link to={`/expert-requests/${r.id}`}>{r.title}</Link>
                    {r.requestingMember ? <span className="muted small"> · {r.requestingMember.name}</span> : null}
                  </th>
                  <td>
                    {formatDay(r.startsOn)} – {formatDay(r.endsOn)}
                  </td>
                  <td>{r.topics.map((t) => t.code).join(', ')}</td>
                  <td className="numeric">
                    {r.confirmed} / {r.expertsNeeded}
                  </td>
                  <td>{requestStatusLabel(r.status)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager page={data.page} pageSize={data.pageSize} totalCount={data.total} itemsLabel="Requests" onPageChange={(p) => update('page', p > 1 ? String(p) : undefined, false)} />
        </div>
      ) : null}
      {hasPermission(user, 'deployments:manage') ? <MatchingSettingsSection canEdit={hasPermission(user, 'matching:configure')} /> : null}
    </>
  );
}
