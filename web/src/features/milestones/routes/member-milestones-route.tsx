import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { AsOfField } from '@/components/ui/as-of-field';
import { EmptyState } from '@/components/ui/empty-state';
import { Evidence } from '@/components/ui/evidence';
import { Loading } from '@/components/ui/loading';
import { MilestoneLegend } from '@/components/ui/milestone-legend';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { MilestoneStatusBadge } from '@/components/ui/status-icons';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { coverageMatrixQueryOptions, defaultPlan, planQueryOptions, plansQueryOptions } from '@/lib/api/plans';
import type { MatrixCell, MatrixMilestone, MilestoneStatusRecord } from '@/lib/api/types';
import { canSubmitFor, useCan, useCurrentUser } from '@/lib/auth/current-user';
import { formatDay, isIsoDay, todayIso } from '@/lib/format';
import { groupByPillar } from '@/lib/plans/milestone-groups';
import { normalizeMilestoneStatus } from '@/lib/plans/status';
import { useCreateMilestoneStatus, useReopenMilestoneStatus, useSubmitMilestoneStatus } from '../api/milestone-statuses';
import { emptyMilestoneValues, MilestoneForm } from '../components/milestone-form';
import { ReopenButton } from '../components/reopen-button';

function positiveInt(value: string | null | undefined): number | undefined {
  return value && /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : undefined;
}

interface Row {
  milestone: MatrixMilestone;
  cell?: MatrixCell;
}

export function MemberMilestonesRoute() {
  const { memberId: memberParam } = useParams();
  const memberId = positiveInt(memberParam);
  const [search, setSearch] = useSearchParams();
  const today = todayIso();
  const asOfParam = search.get('asOf');
  const asOf = isIsoDay(asOfParam) ? asOfParam : today;
  const { data: user } = useCurrentUser();
  const canReview = useCan()('milestones:review');
  const mayReport = memberId !== undefined && canSubmitFor(user, memberId);

  const plans = useQuery(plansQueryOptions());
  const planId = positiveInt(search.get('planId')) ?? (plans.data ? defaultPlan(plans.data, today)?.id : undefined);
  const plan = useQuery({ ...planQueryOptions(planId ?? 0), enabled: planId !== undefined });
  const matrix = useQuery({
    ...coverageMatrixQueryOptions({ planId: planId ?? 0, asOf, memberId }),
    enabled: planId !== undefined && memberId !== undefined,
  });
  const member = matrix.data?.members.find((m) => m.id === memberId);
  useDocumentTitle(member ? `${member.name}: milestones` : 'Member milestones');

  const create = useCreateMilestoneStatus();
  const submit = useSubmitMilestoneStatus();
  const reopen = useReopenMilestoneStatus();
  const [chosenMilestone, setChosenMilestone] = useState<number>();
  const [formKey, setFormKey] = useState(0);
  const [draft, setDraft] = useState<MilestoneStatusRecord>();
  const [message, setMessage] = useState<string>();
  const [actionError, setActionError] = useState<unknown>();
  const formHeading = useRef<HTMLHeadingElement>(null);

  const update = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(search);
    if (value) next.set(key, value);
    else next.delete(key);
    setSearch(next);
  };

  const reportOn = (milestoneId: number) => {
    setChosenMilestone(milestoneId);
    setFormKey((k) => k + 1);
    create.reset();
    setTimeout(() => formHeading.current?.focus(), 0);
  };

  if (memberId === undefined) {
    return (
      <>
        <h1>Member not found</h1>
        <p>There is no Member with the id “{memberParam}”.</p>
      </>
    );
  }

  const rows: Row[] = matrix.data ? matrix.data.milestones.map((milestone) => ({ milestone, cell: member?.cells.find((c) => c.milestoneId === milestone.id) })) : [];
  const groups = groupByPillar(plan.data, rows, (r) => r.milestone.code);
  const achieved = rows.filter((r) => normalizeMilestoneStatus(r.cell?.status) === 'achieved').length;

  return (
    <>
      <p className="breadcrumb">
        <Link to={`/?${new URLSearchParams({ view: 'matrix', ...(plan.data ? { plan: plan.data.code } : {}), asOf }).toString()}`}>
          ← Member × milestone matrix
        </Link>
        {' · '}
        <Link to={`/admin/members/${memberId}`}>Member details</Link>
      </p>
      <h1>{member ? `${member.name}: milestones` : 'Member milestones'}</h1>
      <p className="lead">
        The latest approved status of {member?.name ?? 'this Member'} on every milestone of the plan as of {formatDay(asOf)}, with the
        evidence and the record it comes from.
      </p>
      <div className="filters">
        <div className="field">
          <label htmlFor="member-plan">Plan</label>
          <select id="member-plan" value={planId ?? ''} onChange={(event) => update('planId', event.target.value || undefined)}>
            {plans.data
              ?.filter((p) => p.milestoneCount > 0 || p.id === planId)
              .map((p) => (
                <option key={p.id} value={p.id}>
                  {p.code} — {p.title}
                </option>
              ))}
          </select>
        </div>
        <AsOfField id="member-as-of" value={asOf} onCommit={(value) => update('asOf', value)} />
      </div>

      {message ? (
        <div className="alert alert-success" role="status">
          <p>{message}</p>
          {draft && draft.state === 'draft' ? (
            <button
              type="button"
              className="button button-small"
              disabled={submit.isPending}
              onClick={() =>
                submit.mutate(draft.id, {
                  onSuccess: (r) => {
                    setDraft(undefined);
                    setMessage(`Update #${r.id} was submitted for review. It counts once Staff approve it.`);
                  },
                  onError: setActionError,
                })
              }
            >
              Submit update #{draft.id} for review
            </button>
          ) : null}
        </div>
      ) : null}
      {actionError ? <ProblemAlert error={actionError} fallbackTitle="That did not work" /> : null}

      {plans.isPending || (planId !== undefined && matrix.isPending) ? (
        <Loading label="Loading the milestones…" />
      ) : plans.error || matrix.error ? (
        <ProblemAlert error={plans.error ?? matrix.error} fallbackTitle="The milestones could not be loaded" />
      ) : planId === undefined ? (
        <EmptyState title="There are no plans yet." />
      ) : !member ? (
        <EmptyState title="This Member is not in the plan's matrix.">
          <p>It may have left the region, or not exist.</p>
        </EmptyState>
      ) : rows.length === 0 ? (
        <EmptyState title="This plan has no milestones." />
      ) : (
        <div className="results" aria-busy={matrix.isFetching || undefined}>
          <p>
            <strong>
              {achieved} of {rows.length}
            </strong>{' '}
            milestones achieved.
          </p>
          <MilestoneLegend />
          {groups.map((group) => (
            <section key={group.label} aria-labelledby={`group-${group.pillar ?? 'other'}`}>
              <h2 id={`group-${group.pillar ?? 'other'}`}>{group.label}</h2>
              <div className="table-scroll">
                <table className="data-table member-milestones-table">
                  <caption className="visually-hidden">
                    {member.name}: {group.label}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col" className="col-milestone-code">
                        Milestone
                      </th>
                      <th scope="col" className="col-status">
                        Status
                      </th>
                      <th scope="col" className="col-date">
                        Since
                      </th>
                      <th scope="col">Evidence</th>
                      <th scope="col" className="col-source">
                        Record
                      </th>
                      {mayReport || canReview ? (
                        <th scope="col" className="col-actions">
                          <span className="visually-hidden">Actions</span>
                        </th>
                      ) : null}
                    </tr>
                  </thead>
                  <tbody>
                    {group.items.map(({ milestone, cell }) => (
                      <tr key={milestone.id}>
                        <th scope="row" className="row-header">
                          <strong>{milestone.code}</strong>
                          <br />
                          <span className="small">{milestone.topicName ?? milestone.reference}</span>
                        </th>
                        <td>
                          <MilestoneStatusBadge status={cell?.status} />
                        </td>
                        <td>{cell?.effectiveOn ? formatDay(cell.effectiveOn) : <span className="muted">—</span>}</td>
                        <td>
                          <Evidence text={cell?.evidence} link={cell?.evidenceLink} />
                        </td>
                        <td className="small">
                          {cell?.recordId ? (
                            <>
                              #{cell.recordId}
                              {cell.recordMilestone ? ` for ${cell.recordMilestone}` : ''}
                              {cell.sourceDocument ? (
                                <>
                                  <br />
                                  <span className="muted source-text">{cell.sourceDocument}</span>
                                </>
                              ) : null}
                            </>
                          ) : (
                            <span className="muted">—</span>
                          )}
                        </td>
                        {mayReport || canReview ? (
                          <td className="col-actions">
                            <div className="button-stack">
                              {mayReport ? (
                                <button
                                  type="button"
                                  className="button button-secondary button-small"
                                  aria-label={`Report an update on ${milestone.code}`}
                                  onClick={() => reportOn(milestone.id)}
                                >
                                  Report an update
                                </button>
                              ) : null}
                              {canReview && cell?.recordId ? (
                                <ReopenButton
                                  recordId={cell.recordId}
                                  pending={reopen.isPending}
                                  onReopen={(id) =>
                                    reopen.mutate(id, {
                                      onSuccess: (r) => {
                                        setActionError(undefined);
                                        setDraft(undefined);
                                        setMessage(`Update #${r.id} was reopened: it no longer counts until it is approved again.`);
                                      },
                                      onError: setActionError,
                                    })
                                  }
                                />
                              ) : null}
                            </div>
                          </td>
                        ) : null}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          ))}
        </div>
      )}

      {mayReport && plans.data && planId !== undefined && member ? (
        <section aria-labelledby="report-heading" className="panel">
          <h2 id="report-heading" ref={formHeading} tabIndex={-1}>
            Report an update
          </h2>
          <p className="small muted">
            A draft first: submit it for review when it is ready. It counts in the KPIs once Staff approve it.{' '}
            <Link to="/milestones">All updates</Link>
          </p>
          <MilestoneForm
            key={`${formKey}-${planId}`}
            idPrefix="member-update"
            initial={emptyMilestoneValues(planId, memberId, chosenMilestone)}
            plans={plans.data}
            memberName={member.name}
            planFixed
            submitLabel="Save draft"
            pending={create.isPending}
            error={create.error}
            onSubmit={(input) =>
              create.mutate(input, {
                onSuccess: (r) => {
                  setActionError(undefined);
                  setDraft(r);
                  setChosenMilestone(undefined);
                  setFormKey((k) => k + 1);
                  setMessage(`Draft #${r.id} saved for milestone ${r.milestoneCode}.`);
                },
              })
            }
          />
        </section>
      ) : null}
    </>
  );
}
