import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, Navigate, useLocation, useParams } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { isApiError } from '@/lib/api/problem';
import { useCurrentUser } from '@/lib/auth/current-user';
import { needsCycleQueryOptions, useOpenCloseNeedsCycle } from '../api/needs';
import type { NeedsCycle } from '../api/types';
import { CycleDetailsForm } from '../components/cycle-details-form';
import { CycleHeader } from '../components/cycle-header';
import { QuestionnaireEditor } from '../components/questionnaire-editor';
import { hasNeedsPermission } from '../utils/labels';
import { positiveId } from './params';
import '../needs.css';

/** Loads the cycle of the address for a page of it; 404 and errors are told here once for every page. */
export function useCycleOfRoute() {
  const params = useParams();
  const cycleId = positiveId(params.cycleId);
  const cycle = useQuery({ ...needsCycleQueryOptions(cycleId ?? 0), enabled: cycleId !== undefined });
  return { cycleId, cycle };
}

export function CycleProblem({ cycleId, error }: { cycleId: number | undefined; error: unknown }) {
  if (cycleId === undefined || (isApiError(error) && error.status === 404)) {
    return (
      <>
        <h1>Survey not found</h1>
        <p>There is no such needs survey.</p>
        <p>
          <Link to="/needs">Back to the needs surveys</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1>Needs survey</h1>
      <ProblemAlert error={error} fallbackTitle="The survey could not be loaded" />
    </>
  );
}

export function NeedsCycleRoute() {
  const { cycleId, cycle } = useCycleOfRoute();
  const { data: user } = useCurrentUser();
  const location = useLocation();
  const [editing, setEditing] = useState(false);
  const message = (location.state as { message?: string } | null)?.message;
  useDocumentTitle(cycle.data?.value.name ?? 'Needs survey');

  // A focal point has one page in a cycle: its own response.
  if (user?.memberId && cycleId !== undefined) return <Navigate to={`/needs/${cycleId}/responses/${user.memberId}`} replace />;
  if (cycleId === undefined || cycle.error) return <CycleProblem cycleId={cycleId} error={cycle.error} />;
  if (cycle.isPending) return <Loading label="Loading the survey…" />;
  const c = cycle.data.value;
  const manage = hasNeedsPermission(user, 'needs:manage');
  const respond = hasNeedsPermission(user, 'needs:respond');

  return (
    <>
      <CycleHeader cycle={c} />
      {message ? (
        <p className="alert alert-success" role="status">
          {message}
        </p>
      ) : null}
      {manage ? <OpenClose cycle={c} /> : null}
      <section aria-labelledby="cycle-details">
        <h2 id="cycle-details">The survey</h2>
        {editing ? (
          <CycleDetailsForm cycle={c} etag={cycle.data.etag} onDone={() => setEditing(false)} />
        ) : (
          <>
        <dl className="summary-list">
          <div>
            <dt>Fiscal year planned for</dt>
            <dd>{c.fiscalYearLabel}</dd>
          </div>
          <div>
            <dt>Coordinators</dt>
            <dd>{c.coordinators.length ? c.coordinators.join('; ') : 'None named'}</dd>
          </div>
          <div>
            <dt>Responses</dt>
            <dd>
              {c.submittedCount} submitted of {c.members.length} Members asked ({c.responseCount} started)
            </dd>
          </div>
        </dl>
        {manage && c.status !== 'closed' ? (
          <button type="button" className="button button-secondary" onClick={() => setEditing(true)}>
            Change the survey details and Members asked
          </button>
        ) : null}
          </>
        )}
      </section>
      <section aria-labelledby="cycle-questionnaire">
        <h2 id="cycle-questionnaire">Questionnaire ({c.questions.length} questions)</h2>
        <QuestionnaireEditor key={c.version} cycle={c} canEdit={manage && c.status !== 'closed'} />
      </section>
      <section aria-labelledby="cycle-members">
        <h2 id="cycle-members">Members asked ({c.members.length})</h2>
        {c.members.length === 0 ? (
          <p className="empty-state">No Member is asked in this survey.</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">Members asked, by sub-region</caption>
              <thead>
                <tr>
                  <th scope="col">Member</th>
                  <th scope="col">Sub-region</th>
                  {respond ? <th scope="col">Response</th> : null}
                </tr>
              </thead>
              <tbody>
                {[...c.members]
                  .sort((a, b) => a.subRegionName.localeCompare(b.subRegionName) || a.name.localeCompare(b.name))
                  .map((m) => (
                    <tr key={m.id}>
                      <th scope="row" className="row-header">
                        {m.name}
                      </th>
                      <td>{m.subRegionName}</td>
                      {respond ? (
                        <td>
                          <Link to={`/needs/${c.id}/responses/${m.id}`} aria-label={`Open the response of ${m.name}`}>
                            Open the response
                          </Link>
                        </td>
                      ) : null}
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

/** Open (from draft) or close (when open), each after a confirmation that says what it does. */
function OpenClose({ cycle }: { cycle: NeedsCycle }) {
  const change = useOpenCloseNeedsCycle(cycle.id);
  const [confirming, setConfirming] = useState(false);
  const action = cycle.status === 'draft' ? 'open' : cycle.status === 'open' ? 'close' : null;
  if (!action) return null;
  const consequence =
    action === 'open'
      ? `Members can answer from ${cycle.opensOn} to ${cycle.closesOn}; the questionnaire can no longer change once answers come in.`
      : 'No answer or amendment is accepted after closing; the analysis uses the submitted responses.';
  return (
    <div className="needs-toolbar">
      {change.error ? <ProblemAlert error={change.error} fallbackTitle={`The survey could not be ${action === 'open' ? 'opened' : 'closed'}`} /> : null}
      {!confirming ? (
        <button type="button" className="button" onClick={() => setConfirming(true)}>
          {action === 'open' ? 'Open the survey' : 'Close the survey'}
        </button>
      ) : (
        <div className="alert alert-warning" role="alert">
          <p className="alert-title">{action === 'open' ? 'Open the survey now?' : 'Close the survey now?'}</p>
          <p>{consequence}</p>
          <button
            type="button"
            className="button"
            disabled={change.isPending}
            onClick={() => change.mutate(action, { onSuccess: () => setConfirming(false) })}
          >
            {action === 'open' ? 'Yes, open it' : 'Yes, close it'}
          </button>{' '}
          <button type="button" className="button button-secondary" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      )}
    </div>
  );
}
