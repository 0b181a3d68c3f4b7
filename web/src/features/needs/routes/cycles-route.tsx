import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { Loading } from '@/components/ui/loading';
import { NoAccess } from '@/components/ui/no-access';
import { Pager } from '@/components/ui/pager';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useCurrentUser } from '@/lib/auth/current-user';
import { formatDay } from '@/lib/format';
import { needsCyclesPageSize, needsCyclesQueryOptions } from '../api/needs';
import { ExampleBadge } from '../components/example-badge';
import { CycleStatus, ResponseState } from '../components/state-text';
import { hasNeedsPermission } from '../utils/labels';
import { positiveId } from './params';
import '../needs.css';

export function NeedsCyclesRoute() {
  useDocumentTitle('Needs surveys');
  const { data: user } = useCurrentUser();
  const manage = hasNeedsPermission(user, 'needs:manage');
  const ownMemberId = user?.memberId ?? null;
  const [search, setSearch] = useSearchParams();
  const page = positiveId(search.get('page')) ?? 1;
  const allowed = hasNeedsPermission(user, 'needs:read');
  const cycles = useQuery({ ...needsCyclesQueryOptions(page), enabled: allowed });

  if (user && !allowed) return <NoAccess what="the needs surveys" />;

  return (
    <>
      <div className="page-header">
        <h1>Needs surveys</h1>
        {manage ? (
          <Link className="button" to="/needs/new">
            New survey cycle
          </Link>
        ) : null}
      </div>
      <p className="lead">
        Every January the ROCB and the regional coordinator ask each Member administration what capacity building it needs. The answers,
        weighed against the experts available, become next fiscal year&apos;s work plan.
      </p>
      {cycles.isPending ? (
        <Loading label="Loading the survey cycles…" />
      ) : cycles.error && !cycles.data ? (
        <ProblemAlert error={cycles.error} fallbackTitle="The survey cycles could not be loaded" />
      ) : cycles.data.total === 0 ? (
        <EmptyState title="No needs survey yet.">
          {manage ? <p>Start one with “New survey cycle”.</p> : ownMemberId ? <p>Your administration has not been asked in a survey yet.</p> : null}
        </EmptyState>
      ) : (
        <div className="results" aria-busy={cycles.isFetching || undefined}>
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">Needs survey cycles, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Survey</th>
                  <th scope="col">Fiscal year</th>
                  <th scope="col">Status</th>
                  <th scope="col">Open</th>
                  {ownMemberId ? <th scope="col">Your response</th> : <th scope="col">Responses</th>}
                </tr>
              </thead>
              <tbody>
                {cycles.data.items.map((c) => (
                  <tr key={c.id}>
                    <th scope="row" className="row-header">
                      {manage || !ownMemberId ? <Link to={`/needs/${c.id}`}>{c.name}</Link> : c.name}
                      {c.isExample ? <ExampleBadge /> : null}
                    </th>
                    <td>{c.fiscalYearLabel}</td>
                    <td>
                      <CycleStatus status={c.status} />
                      <span className="small muted needs-block"> {c.window.message}</span>
                    </td>
                    <td>
                      {formatDay(c.opensOn)} – {formatDay(c.closesOn)}
                    </td>
                    {ownMemberId ? (
                      <td>
                        <ResponseState status={c.ownResponse} />{' '}
                        <Link
                          className="button button-small"
                          to={`/needs/${c.id}/responses/${ownMemberId}`}
                          aria-label={`${c.window.acceptingAnswers && c.ownResponse !== 'submitted' ? 'Fill in' : 'Open'} ${c.name}`}
                        >
                          {c.window.acceptingAnswers && c.ownResponse !== 'submitted' ? 'Fill in' : 'Open'}
                        </Link>
                      </td>
                    ) : (
                      <td>
                        {c.submittedCount} submitted, {c.draftCount} in draft, of {c.memberCount} Members asked
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {cycles.data.total > needsCyclesPageSize ? (
            <Pager
              page={page}
              pageSize={needsCyclesPageSize}
              totalCount={cycles.data.total}
              itemsLabel="Survey cycles"
              onPageChange={(p) => setSearch(p > 1 ? { page: String(p) } : {})}
            />
          ) : null}
        </div>
      )}
    </>
  );
}
