import { useQuery } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { NoAccess } from '@/components/ui/no-access';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { isApiError, isForbidden } from '@/lib/api/problem';
import { formatDay, formatNumber } from '@/lib/format';
import { useDeleteExpertRequest, useProposeDeployment } from '../api/mutations';
import { expertRequestMatchesQueryOptions, expertRequestQueryOptions } from '../api/queries';
import type { ExpertRequest, Match } from '../api/types';
import { DeploymentStatusBadge } from '../components/badges';
import { DeleteRecord } from '../components/delete-record';
import { ScoreBar, ScoreBreakdown } from '../components/score-breakdown';
import '../experts.css';
import { accreditationCategoryLabels, donorOutcomeLabels, label, originLabels } from '../utils/labels';
import { requestStatusLabel } from './expert-requests-route';

function positiveInt(value: string | undefined): number | undefined {
  return value && /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : undefined;
}

/** "Request #3 to Japan, released 20 Jan 2034": the donor request behind a deployment's release. */
export function releaseText(x: NonNullable<ExpertRequest['deployments'][number]['releaseRequest']>): string {
  return `Request #${x.id} to ${x.administration}${x.outcome ? `, ${label(donorOutcomeLabels, x.outcome).toLowerCase()}` : ''}${x.answeredOn ? ` ${formatDay(x.answeredOn)}` : ''}`;
}

function MatchesTable({ request, matches }: { request: ExpertRequest; matches: Match[] }) {
  const propose = useProposeDeployment();
  const [open, setOpen] = useState<Set<number>>(() => new Set(matches.slice(0, 1).map((m) => m.expertId)));
  const [message, setMessage] = useState<string>();
  const [override, setOverride] = useState<{ expertId: number; reason: string }>();
  const proposed = new Set(request.deployments.filter((d) => d.status !== 'cancelled' && d.status !== 'declined').map((d) => d.expertId));

  const toggle = (id: number) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const doPropose = (match: Match, conflictOverrideReason?: string) => {
    setMessage(undefined);
    propose.mutate(
      { expertId: match.expertId, requestId: request.id, conflictOverrideReason: conflictOverrideReason || null },
      {
        onSuccess: (d) => {
          setOverride(undefined);
          setMessage(`Proposed ${d.expertName} for “${request.title}” (deployment #${d.id}). Invite the expert on the deployment board.`);
        },
        onError: (error) => {
          if (isApiError(error) && error.status === 409) setOverride({ expertId: match.expertId, reason: '' });
        },
      },
    );
  };

  return (
    <>
      {message ? (
        <p className="alert alert-success" role="status">
          {message} <Link to="/deployments">Open the deployment board</Link>
        </p>
      ) : null}
      {propose.error ? <ProblemAlert error={propose.error} fallbackTitle="The expert was not proposed" /> : null}
      <table className="data-table matches-table">
        <caption>Ranked candidates</caption>
        <thead>
          <tr>
            <th scope="col" className="numeric">
              Rank
            </th>
            <th scope="col">Candidate</th>
            <th scope="col" className="numeric">
              Score
            </th>
            <th scope="col">Score parts</th>
            <th scope="col">Eligible</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {matches.map((m) => (
            <Fragment key={m.expertId}>
              <tr className={m.eligible ? undefined : 'match-not-eligible'}>
                <td className="numeric">{m.rank}</td>
                <th scope="row" className="row-header">
                  <Link to={`/experts/${m.expertId}`}>{m.name}</Link>
                  <br />
                  <span className="muted small">
                    {m.homeAdministration} · {label(originLabels, m.origin)}
                  </span>
                </th>
                <td className="numeric">
                  {formatNumber(m.score)} <span className="muted small">of {formatNumber(m.maxScore)}</span>
                </td>
                <td>
                  <ScoreBar match={m} />
                  <button
                    type="button"
                    className="button button-link button-small"
                    aria-expanded={open.has(m.expertId)}
                    aria-controls={`breakdown-${m.expertId}`}
                    onClick={() => toggle(m.expertId)}
                  >
                    {open.has(m.expertId) ? 'Hide' : 'Show'} breakdown<span className="visually-hidden"> for {m.name}</span>
                  </button>
                </td>
                <td>{m.eligible ? 'Yes' : `No (${m.exclusions.length} ${m.exclusions.length === 1 ? 'reason' : 'reasons'})`}</td>
                <td>
                  {proposed.has(m.expertId) ? (
                    <span className="muted">Proposed</span>
                  ) : (
                    <button
                      type="button"
                      className="button button-small"
                      disabled={propose.isPending}
                      onClick={() => doPropose(m)}
                      aria-label={`Propose ${m.name}`}
                    >
                      Propose
                    </button>
                  )}
                  {override?.expertId === m.expertId ? (
                    <form
                      className="inline-form"
                      onSubmit={(e) => {
                        e.preventDefault();
                        doPropose(m, override.reason);
                      }}
                    >
                      <div className="field">
                        <label htmlFor={`override-${m.expertId}`}>Conflict-of-interest override reason</label>
                        <input
                          id={`override-${m.expertId}`}
                          value={override.reason}
                          onChange={(e) => setOverride({ expertId: m.expertId, reason: e.target.value })}
                          required
                        />
                      </div>
                      <button type="submit" className="button button-small" disabled={!override.reason.trim() || propose.isPending}>
                        Propose anyway
                      </button>
                    </form>
                  ) : null}
                </td>
              </tr>
              {open.has(m.expertId) ? (
                <tr id={`breakdown-${m.expertId}`}>
                  <td colSpan={6}>
                    <ScoreBreakdown match={m} />
                  </td>
                </tr>
              ) : null}
            </Fragment>
          ))}
        </tbody>
      </table>
    </>
  );
}

export function ExpertRequestRoute() {
  const { id: idParam } = useParams();
  const id = positiveInt(idParam);
  const location = useLocation();
  const flash = (location.state as { flash?: string } | null)?.flash;
  const request = useQuery({ ...expertRequestQueryOptions(id ?? 0), enabled: id !== undefined });
  const matches = useQuery({ ...expertRequestMatchesQueryOptions(id ?? 0), enabled: id !== undefined });
  const deletion = useDeleteExpertRequest();
  const navigate = useNavigate();
  useDocumentTitle(request.data?.title ?? 'Expert request');

  if (id === undefined || (isApiError(request.error) && request.error.status === 404)) {
    return (
      <>
        <h1>Request not found</h1>
        <p>There is no expert request with the id “{idParam}”.</p>
        <p>
          <Link to="/expert-requests">Back to the expert requests</Link>
        </p>
      </>
    );
  }
  if (isForbidden(request.error)) return <NoAccess error={request.error} what="the expert requests" />;
  if (request.isPending) return <Loading label="Loading the request…" />;
  if (!request.data) return <ProblemAlert error={request.error} fallbackTitle="The request could not be loaded" />;
  const r = request.data;

  return (
    <>
      <p className="breadcrumb">
        <Link to="/expert-requests">Expert requests</Link>
      </p>
      <h1>{r.title}</h1>
      {flash ? (
        <p className="alert alert-success" role="status">
          {flash}
        </p>
      ) : null}
      <dl className="details">
        <dt>Dates</dt>
        <dd>
          {formatDay(r.startsOn)} – {formatDay(r.endsOn)}
        </dd>
        <dt>Topics</dt>
        <dd>{r.topics.map((t) => `${t.code} ${t.name}`).join('; ')}</dd>
        <dt>Experts needed</dt>
        <dd>{r.expertsNeeded}</dd>
        <dt>Accreditation</dt>
        <dd>
          {r.accreditation}
          {r.category ? ` (${label(accreditationCategoryLabels, r.category)})` : ''}
        </dd>
        <dt>Language and mode</dt>
        <dd>
          {r.language ?? 'any'} · {r.mode}
          {r.place ? ` · ${r.place}` : ''}
        </dd>
        {r.requestingMember ? (
          <>
            <dt>Requesting Member</dt>
            <dd>{r.requestingMember.name}</dd>
          </>
        ) : null}
        <dt>Status</dt>
        <dd>{requestStatusLabel(r.status)}</dd>
      </dl>

      {r.deployments.length > 0 ? (
        <section className="section" aria-labelledby="request-deployments-title">
          <h2 id="request-deployments-title">Deployments</h2>
          <table className="data-table">
            <caption className="visually-hidden">Deployments for this request</caption>
            <thead>
              <tr>
                <th scope="col">Expert</th>
                <th scope="col">Dates</th>
                <th scope="col">Status</th>
                <th scope="col">Released on</th>
              </tr>
            </thead>
            <tbody>
              {r.deployments.map((d) => (
                <tr key={d.id}>
                  <th scope="row" className="row-header">
                    <Link to={`/experts/${d.expertId}`}>{d.expertName}</Link> <span className="muted small">#{d.id}</span>
                  </th>
                  <td>
                    {formatDay(d.startsOn)} – {formatDay(d.endsOn)}
                  </td>
                  <td>
                    <DeploymentStatusBadge status={d.status} />
                  </td>
                  <td>{d.releaseRequest ? releaseText(d.releaseRequest) : <span className="muted">—</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            <Link to="/deployments">Open the deployment board</Link>
          </p>
        </section>
      ) : null}

      <section className="section" aria-labelledby="request-donors-title">
        <h2 id="request-donors-title">Donor release requests</h2>
        {r.donorRequests.length === 0 ? (
          <p className="muted">No administration has been asked to release an expert for this request yet.</p>
        ) : (
          <ul>
            {r.donorRequests.map((x) => (
              <li key={x.id}>
                #{x.id} to {x.member?.name ?? x.administration ?? '—'}, sent {formatDay(x.sentOn)}:{' '}
                {x.outcome ? label(donorOutcomeLabels, x.outcome).toLowerCase() : 'waiting for an answer'}
                {x.deployment ? ` for deployment #${x.deployment.id} (${x.deployment.expertName}, ${formatDay(x.deployment.startsOn)})` : ''}
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link to="/donor-requests">Record a donor request</Link>
        </p>
      </section>

      <section className="section" aria-labelledby="matches-title">
        <h2 id="matches-title">Matches</h2>
        {matches.data ? (
          <p className="muted">
            {matches.data.eligibleCount} eligible of {matches.data.considered} experts considered. Weights: topic {matches.data.settings.topicWeight},
            accreditation {matches.data.settings.accreditationWeight}, language {matches.data.settings.languageWeight}, availability{' '}
            {matches.data.settings.availabilityWeight}, region {matches.data.settings.regionWeight}, workload {matches.data.settings.workloadWeight},
            appraisal {matches.data.settings.appraisalWeight}.
          </p>
        ) : null}
        {matches.isPending ? (
          <Loading label="Ranking the candidates…" />
        ) : matches.error ? (
          <ProblemAlert error={matches.error} fallbackTitle="The matches could not be loaded" />
        ) : matches.data.matches.length === 0 ? (
          <p className="empty-state" role="status">
            No expert on the roster could be considered for this request.
          </p>
        ) : (
          <MatchesTable request={r} matches={matches.data.matches} />
        )}
      </section>

      <DeleteRecord
        noun="expert request"
        question={`Delete “${r.title}” with its proposed deployments? A request whose deployments went further is kept: cancel it instead.`}
        pending={deletion.isPending}
        error={deletion.error}
        onCancel={() => deletion.reset()}
        onDelete={() =>
          deletion.mutate({ id: r.id, version: r.version }, { onSuccess: () => void navigate('/expert-requests', { state: { flash: `The request “${r.title}” was deleted.` } }) })
        }
      />
    </>
  );
}
