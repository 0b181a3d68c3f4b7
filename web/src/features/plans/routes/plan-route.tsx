import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { Loading } from '@/components/ui/loading';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { planKindLabel, planQueryOptions } from '@/lib/api/plans';
import { isApiError } from '@/lib/api/problem';
import type { PlanDetail } from '@/lib/api/types';
import { useCan } from '@/lib/auth/current-user';
import { formatDay } from '@/lib/format';
import { ExportPlanButton } from '../components/export-plan-button';
import { kpiKindLabel } from '../utils/kpi-kinds';

function BackLink() {
  return (
    <p className="breadcrumb">
      <Link to="/plans">← Plans</Link>
    </p>
  );
}

function Calendar({ plan }: { plan: PlanDetail }) {
  return (
    <section aria-labelledby="calendar-heading">
      <h2 id="calendar-heading">Fiscal calendar</h2>
      {plan.fiscalYears.length === 0 ? (
        <p className="muted">No fiscal year falls in this plan&apos;s period.</p>
      ) : (
        <table className="data-table calendar-table">
          <caption className="visually-hidden">Fiscal years and quarters of {plan.code}</caption>
          <thead>
            <tr>
              <th scope="col">Fiscal year</th>
              <th scope="col">From</th>
              <th scope="col">To</th>
              <th scope="col">Quarters</th>
            </tr>
          </thead>
          <tbody>
            {plan.fiscalYears.map((fy) => (
              <tr key={fy.label}>
                <th scope="row" className="row-header">
                  {fy.label}
                </th>
                <td>{formatDay(fy.start)}</td>
                <td>{formatDay(fy.end)}</td>
                <td>
                  <ul className="quarter-list">
                    {fy.quarters.map((q) => (
                      <li key={q.label}>
                        <strong>{q.label.replace(`${fy.label} `, '')}</strong> {formatDay(q.start)} – {formatDay(q.end)}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Outline({ plan }: { plan: PlanDetail }) {
  // Pressing "Expand all" / "Collapse all" re-creates the sections open or closed; each still toggles on its own.
  const [all, setAll] = useState<{ open: boolean; round: number }>({ open: false, round: 0 });
  const topics = new Map(plan.milestones.map((m) => [m.code, m.topicName]));
  return (
    <section aria-labelledby="outline-heading">
      <div className="section-header">
        <h2 id="outline-heading">Pillars, specific actions and KPIs</h2>
        {plan.pillars.length > 0 ? (
          <div className="button-row">
            <button type="button" className="button button-secondary button-small" onClick={() => setAll((a) => ({ open: true, round: a.round + 1 }))}>
              Expand all
            </button>
            <button type="button" className="button button-secondary button-small" onClick={() => setAll((a) => ({ open: false, round: a.round + 1 }))}>
              Collapse all
            </button>
          </div>
        ) : null}
      </div>
      {plan.pillars.length === 0 ? (
        <EmptyState title="This plan has no pillars recorded.">
          <p>An Annual Work Plan lists planned activities under its Strategic Action Plan{plan.parentPlanCode ? ` (${plan.parentPlanCode})` : ''}.</p>
        </EmptyState>
      ) : (
        plan.pillars.map((pillar) => {
          const kpiCount = pillar.actions.reduce((sum, a) => sum + a.kpis.length, 0);
          return (
            <details key={`${pillar.id}-${all.round}`} className="outline-pillar" open={all.open}>
              <summary>
                <span className="outline-title">
                  Pillar {pillar.number}: {pillar.title}
                </span>{' '}
                <span className="muted small">
                  {pillar.actions.length} actions, {kpiCount} KPIs
                </span>
              </summary>
              {pillar.actions.map((action) => (
                <details key={`${action.id}-${all.round}`} className="outline-action" open={all.open}>
                  <summary>
                    <span className="outline-title">
                      {action.code}. {action.text}
                    </span>{' '}
                    <span className="muted small">
                      {action.rocbSpecific ? 'ROCB-specific' : action.milestoneCodes.length ? `milestone ${action.milestoneCodes.join(', ')}` : ''}
                    </span>
                  </summary>
                  {action.rspDeliverables ? <p className="small">RSP deliverables: {action.rspDeliverables}</p> : null}
                  {action.kpis.length === 0 ? (
                    <p className="muted small">No KPI.</p>
                  ) : (
                    <ul className="outline-kpis">
                      {action.kpis.map((kpi) => (
                        <li key={kpi.id}>
                          <p className="outline-kpi-title">
                            <Link to={`/plans/${plan.id}/kpis/${kpi.id}`}>
                              KPI {kpi.code}: {kpi.name}
                            </Link>
                          </p>
                          <dl className="outline-kpi-facts">
                            <div>
                              <dt>Target</dt>
                              <dd>
                                {kpi.targetText} (deadline {formatDay(kpi.deadline)})
                              </dd>
                            </div>
                            <div>
                              <dt>Kind</dt>
                              <dd>{kpiKindLabel(kpi.kind)}</dd>
                            </div>
                            {kpi.milestoneCode ? (
                              <div>
                                <dt>Milestone</dt>
                                <dd>
                                  {kpi.milestoneCode}
                                  {topics.get(kpi.milestoneCode) ? ` — ${topics.get(kpi.milestoneCode)}` : ''}
                                </dd>
                              </div>
                            ) : null}
                            <div>
                              <dt>Formula</dt>
                              <dd>{kpi.formula}</dd>
                            </div>
                          </dl>
                        </li>
                      ))}
                    </ul>
                  )}
                </details>
              ))}
            </details>
          );
        })
      )}
    </section>
  );
}

function Milestones({ plan }: { plan: PlanDetail }) {
  return (
    <section aria-labelledby="milestones-heading">
      <h2 id="milestones-heading">Milestones</h2>
      {plan.milestones.length === 0 ? (
        <p className="muted">This plan refers to no milestone.</p>
      ) : (
        <>
          <p className="small muted">
            Regional Strategic Plan milestones are renumbered from one plan to the next; “follows” names the same milestone in an
            earlier plan, whose Member statuses still count.
          </p>
          <div className="table-scroll">
            <table className="data-table milestones-table">
              <caption className="visually-hidden">Milestones of {plan.code}, with their topics and the milestones they follow</caption>
              <thead>
                <tr>
                  <th scope="col" className="col-milestone-code">
                    Milestone
                  </th>
                  <th scope="col">Reference</th>
                  <th scope="col">Topic</th>
                  <th scope="col">Follows</th>
                </tr>
              </thead>
              <tbody>
                {plan.milestones.map((m) => (
                  <tr key={m.id}>
                    <th scope="row" className="row-header">
                      {m.code}
                    </th>
                    <td>{m.reference}</td>
                    <td>{m.topicName ?? <span className="muted">—</span>}</td>
                    <td>{m.predecessorRefs.length ? m.predecessorRefs.join(', ') : <span className="muted">—</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

export function PlanRoute() {
  const { planId: param } = useParams();
  const id = param && /^\d+$/.test(param) ? Number(param) : undefined;
  const plan = useQuery({ ...planQueryOptions(id ?? 0), enabled: id !== undefined });
  const canWrite = useCan()('plans:write');
  useDocumentTitle(plan.data ? plan.data.code : 'Plan');

  if (id === undefined || (isApiError(plan.error) && plan.error.status === 404)) {
    return (
      <>
        <BackLink />
        <h1>Plan not found</h1>
        <p>There is no plan with the id “{param}”.</p>
      </>
    );
  }
  if (plan.error) {
    return (
      <>
        <BackLink />
        <h1>Plan</h1>
        <ProblemAlert error={plan.error} fallbackTitle="The plan could not be loaded" />
      </>
    );
  }
  if (!plan.data) {
    return (
      <>
        <BackLink />
        <h1>Plan</h1>
        <Loading label="Loading the plan…" />
      </>
    );
  }
  const p = plan.data;
  return (
    <>
      <BackLink />
      <p className="eyebrow">
        {p.code} · {planKindLabel(p.kind)}
      </p>
      <h1>{p.title}</h1>
      <p className="lead">
        {formatDay(p.startsOn)} – {formatDay(p.endsOn)}
        {p.parentPlanCode ? ` · under ${p.parentPlanCode}` : ''}
      </p>
      <div className="button-row">
        {p.pillars.length > 0 ? (
          <Link className="button" to={`/?plan=${encodeURIComponent(p.code)}`}>
            Progress on the dashboard
          </Link>
        ) : null}
        {canWrite ? <ExportPlanButton planId={p.id} planCode={p.code} /> : null}
      </div>
      {p.source ? <p className="small muted source-text">Source: {p.source}</p> : null}
      <Calendar plan={p} />
      <Outline plan={p} />
      <Milestones plan={p} />
    </>
  );
}
