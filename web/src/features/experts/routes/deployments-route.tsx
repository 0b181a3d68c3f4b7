import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { NoAccess } from '@/components/ui/no-access';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { isForbidden } from '@/lib/api/problem';
import { formatDay } from '@/lib/format';
import { deploymentBoardQueryOptions, stuckDeploymentsQueryOptions } from '../api/queries';
import { DeploymentStatusBadge } from '../components/badges';
import { DeploymentActions } from '../components/deployment-actions';
import { deploymentTitle } from '../components/deployment-history';
import '../experts.css';
import { boardFiltersFromSearch, describeFilters, groupBoard, type BoardCard } from '../utils/board';
import { deploymentStatusLabels } from '../utils/labels';

/** Days from which a card says it is stuck. */
const stuckAfterDays = 7;

function Card({ card, onDone }: { card: BoardCard; onDone: (message: string) => void }) {
  const d = card.deployment;
  return (
    <li className="board-card" aria-label={`${d.expertName}, ${deploymentTitle(d)}`}>
      <h3>
        <Link to={`/experts/${d.expertId}`}>{d.expertName}</Link>
      </h3>
      <p>{d.requestId ? <Link to={`/expert-requests/${d.requestId}`}>{deploymentTitle(d)}</Link> : deploymentTitle(d)}</p>
      <p className="muted">
        {formatDay(d.startsOn)} – {formatDay(d.endsOn)}
      </p>
      {card.stuckDays !== undefined && card.stuckDays >= stuckAfterDays ? (
        <p className="stuck">
          Stuck for {card.stuckDays} days{card.waiting ? `: waiting for ${card.waiting}` : ''}
        </p>
      ) : null}
      {d.releaseRequest ? (
        <p className="small">
          Released on <Link to="/donor-requests">donor request #{d.releaseRequest.id}</Link> to {d.releaseRequest.administration}
        </p>
      ) : null}
      {d.status === 'declined' && d.declineReason ? <p>Declined: {d.declineReason}</p> : null}
      {d.status === 'cancelled' && d.cancelReason ? <p>Cancelled: {d.cancelReason}</p> : null}
      {d.status === 'completed' && (d.hostAppraisal !== null || d.rocbAppraisal !== null) ? (
        <p>
          Appraisal: host {d.hostAppraisal ?? '—'}, ROCB {d.rocbAppraisal ?? '—'}
        </p>
      ) : null}
      <DeploymentActions deployment={d} onDone={onDone} />
    </li>
  );
}

export function DeploymentsRoute() {
  useDocumentTitle('Deployments');
  const [search] = useSearchParams();
  const filters = boardFiltersFromSearch(search);
  const filtered = Object.keys(filters).length > 0;
  const board = useQuery(deploymentBoardQueryOptions(filters));
  const stuck = useQuery(stuckDeploymentsQueryOptions());
  const [message, setMessage] = useState<string>();

  if (isForbidden(board.error)) return <NoAccess error={board.error} what="the deployment board" />;

  const grouped = board.data ? groupBoard(board.data.items, stuck.data ?? []) : undefined;

  return (
    <>
      <div className="page-header">
        <h1>Deployments</h1>
        <Link className="button button-secondary" to="/expert-requests">
          Expert requests
        </Link>
      </div>
      <p className="lead">Each deployment from proposal to completion. The expert accepts or declines its invitation on its own page.</p>
      {filtered ? (
        <p className="notice" role="note">
          Showing only {describeFilters(filters)}. <Link to="/deployments">Show every deployment</Link>
        </p>
      ) : null}
      <p role="status" className={message ? 'alert alert-success' : 'visually-hidden'}>
        {message}
      </p>
      {board.isPending ? (
        <Loading label="Loading deployments…" />
      ) : !grouped ? (
        <ProblemAlert error={board.error} fallbackTitle="The deployments could not be loaded" />
      ) : (
        <>
          {board.data && board.data.total > board.data.items.length ? (
            <p className="notice">
              Showing the first {board.data.items.length} of {board.data.total} deployments.
            </p>
          ) : null}
          <div className="board" aria-busy={board.isFetching || undefined}>
            {grouped.columns.map((column) => (
              <section key={column.status} className="board-column" aria-labelledby={`column-${column.status}`}>
                <h2 id={`column-${column.status}`}>
                  {deploymentStatusLabels[column.status]} <span className="muted">({column.cards.length})</span>
                </h2>
                {column.cards.length === 0 ? (
                  <p className="muted small">None</p>
                ) : (
                  <ul>
                    {column.cards.map((card) => (
                      <Card key={card.deployment.id} card={card} onDone={setMessage} />
                    ))}
                  </ul>
                )}
              </section>
            ))}
          </div>
          <section className="section" aria-labelledby="column-closed">
            <h2 id="column-closed">Declined and cancelled ({grouped.closed.length})</h2>
            {grouped.closed.length === 0 ? (
              <p className="muted">None.</p>
            ) : (
              <ul>
                {grouped.closed.map(({ deployment: d }) => (
                  <li key={d.id}>
                    <Link to={`/experts/${d.expertId}`}>{d.expertName}</Link>, {deploymentTitle(d)} ({formatDay(d.startsOn)}): <DeploymentStatusBadge status={d.status} />
                    {d.declineReason ? ` · ${d.declineReason}` : ''}
                    {d.cancelReason ? ` · ${d.cancelReason}` : ''}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </>
  );
}
