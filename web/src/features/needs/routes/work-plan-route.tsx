import { useQuery } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { Link } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { NoAccess } from '@/components/ui/no-access';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { topicsQueryOptions } from '@/lib/api/topics';
import { usePlanActions } from '@/lib/api/plan-actions';
import { activityTypeLabel } from '@/lib/activities/activity-labels';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { memberOptionsQueryOptions } from '@/lib/api/reference-data';
import { useCurrentUser } from '@/lib/auth/current-user';
import { formatDateTime } from '@/lib/format';
import { useAddWorkPlanItem, useAdoptWorkPlan, useDeleteWorkPlanItem, useGenerateWorkPlan, useUpdateWorkPlanItem, workPlanQueryOptions } from '../api/analysis';
import { fetchNeedsFile } from '../api/needs';
import type { NeedsCycle, WorkPlanDraft, WorkPlanItem } from '../api/types';
import { CycleHeader } from '../components/cycle-header';
import { DownloadButton } from '../components/download-button';
import { EvidenceList } from '../components/evidence-list';
import { WorkPlanItemForm } from '../components/work-plan-item-form';
import { evidenceEntries } from '../utils/analysis';
import { hasNeedsPermission, quarterLabel, workPlanKindLabel } from '../utils/labels';
import { itemFormValues, itemInput, itemsInOrder, newItemValues, workPlanTotals } from '../utils/work-plan';
import { CycleProblem, useCycleOfRoute } from './cycle-route';
import '../needs.css';

export function NeedsWorkPlanRoute() {
  const { cycleId, cycle } = useCycleOfRoute();
  const { data: user } = useCurrentUser();
  const draft = useQuery({ ...workPlanQueryOptions(cycleId ?? 0), enabled: cycleId !== undefined && hasNeedsPermission(user, 'needs:analyse') });
  const manage = hasNeedsPermission(user, 'needs:plan');
  useDocumentTitle(cycle.data ? `Draft work plan: ${cycle.data.value.name}` : 'Draft work plan');

  // The analysis and the work plan compare Members: not for focal points (the API answers 403).
  if (user && !hasNeedsPermission(user, 'needs:analyse')) return <NoAccess what="the draft work plan" />;
  if (cycleId === undefined || cycle.error) return <CycleProblem cycleId={cycleId} error={cycle.error} />;
  if (cycle.isPending) return <Loading label="Loading the survey…" />;
  const c = cycle.data.value;
  return (
    <>
      <CycleHeader cycle={c} title="Draft work plan" />
      {draft.isPending ? (
        <Loading label="Loading the draft work plan…" />
      ) : draft.error ? (
        <ProblemAlert error={draft.error} fallbackTitle="The draft work plan could not be loaded" />
      ) : draft.data === null ? (
        <NoDraft cycle={c} manage={manage} />
      ) : (
        <DraftEditor cycle={c} draft={draft.data} manage={manage} />
      )}
    </>
  );
}

function NoDraft({ cycle, manage }: { cycle: NeedsCycle; manage: boolean }) {
  const generate = useGenerateWorkPlan(cycle.id);
  return (
    <div className="empty-state" role="status">
      <p className="empty-state-title">No draft work plan yet.</p>
      {manage ? (
        <>
          <p>Generate one from the analysis: every proposal becomes a line, with the answers that justify it. You can then edit, add and remove lines.</p>
          <button type="button" className="button" disabled={generate.isPending} onClick={() => generate.mutate(false)}>
            {generate.isPending ? 'Generating…' : 'Generate the draft work plan'}
          </button>
          {generate.error ? <ProblemAlert error={generate.error} fallbackTitle="The draft could not be generated" /> : null}
        </>
      ) : (
        <p>Staff generate it from the analysis.</p>
      )}
    </div>
  );
}

type Confirming = null | 'regenerate' | 'adopt';

function DraftEditor({ cycle, draft, manage }: { cycle: NeedsCycle; draft: WorkPlanDraft; manage: boolean }) {
  const topics = useQuery(topicsQueryOptions());
  const members = useQuery(memberOptionsQueryOptions());
  const planActions = usePlanActions(manage);
  const generate = useGenerateWorkPlan(cycle.id);
  const adopt = useAdoptWorkPlan(cycle.id);
  const add = useAddWorkPlanItem(cycle.id);
  const update = useUpdateWorkPlanItem(cycle.id);
  const remove = useDeleteWorkPlanItem(cycle.id);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const [expanded, setExpanded] = useState<number[]>([]);
  const adopted = draft.status === 'adopted';
  const editable = manage && !adopted;
  const items = itemsInOrder(draft.items);
  const totals = workPlanTotals(items);
  const memberName = (id: number) => members.data?.find((m) => m.id === id)?.name;
  const topicName = (id: number | null | undefined) => (id ? topics.data?.find((t) => t.id === id)?.name : undefined);
  const actionCode = new Map((planActions.data ?? []).flatMap((p) => p.pillars.flatMap((pl) => pl.actions.map((a) => [a.id, `${p.planCode} ${a.code}`] as const))));
  const referencesReady = topics.data && members.data && (planActions.data || !manage);

  return (
    <>
      <p>
        {draft.fiscalYearLabel}: {totals.items} lines ({totals.generated} generated), {totals.members} Members, {totals.experts} experts needed. Generated{' '}
        {formatDateTime(draft.generatedAt)}.{' '}
        {adopted ? <strong>Adopted {formatDateTime(draft.adoptedAt)}: each line is now a planned activity.</strong> : 'Not adopted yet.'}
      </p>
      <div className="needs-toolbar">
        {editable ? (
          <>
            <button type="button" className="button" onClick={() => setConfirming('adopt')} disabled={items.length === 0}>
              Adopt the work plan
            </button>
            <button type="button" className="button button-secondary" onClick={() => setConfirming('regenerate')}>
              Regenerate from the analysis
            </button>
            <button type="button" className="button button-secondary" onClick={() => setEditing('new')} disabled={editing === 'new'}>
              Add a line
            </button>
          </>
        ) : null}
        <DownloadButton
          label="Export (CSV)"
          fileName={`work-plan-${cycle.id}.csv`}
          fetchFile={() => fetchNeedsFile('/api/needs-cycles/{cycleId}/work-plan/export', { cycleId: cycle.id, format: 'csv' })}
        />
        <DownloadButton
          label="Export (XLSX)"
          fileName={`work-plan-${cycle.id}.xlsx`}
          fetchFile={() => fetchNeedsFile('/api/needs-cycles/{cycleId}/work-plan/export', { cycleId: cycle.id, format: 'xlsx' })}
        />
      </div>

      {confirming ? (
        <div className="alert alert-warning" role="alert">
          <p className="alert-title">{confirming === 'adopt' ? 'Adopt the work plan?' : 'Regenerate the draft?'}</p>
          <p>
            {confirming === 'adopt'
              ? `Each of the ${items.length} lines becomes a planned activity in ${draft.fiscalYearLabel}, dated in its quarter. The draft can no longer be edited or regenerated afterwards.`
              : 'The lines are made again from the analysis: your edits, and the lines you added, are lost.'}
          </p>
          <button
            type="button"
            className="button"
            disabled={adopt.isPending || generate.isPending}
            onClick={() =>
              confirming === 'adopt'
                ? adopt.mutate(undefined, { onSuccess: () => setConfirming(null) })
                : generate.mutate(true, { onSuccess: () => setConfirming(null) })
            }
          >
            {confirming === 'adopt' ? 'Yes, adopt it' : 'Yes, regenerate it'}
          </button>{' '}
          <button type="button" className="button button-secondary" onClick={() => setConfirming(null)}>
            Cancel
          </button>
        </div>
      ) : null}
      {adopt.error ? <ProblemAlert error={adopt.error} fallbackTitle="The work plan was not adopted" /> : null}
      {generate.error ? <ProblemAlert error={generate.error} fallbackTitle="The draft was not regenerated" /> : null}
      {remove.error ? <ProblemAlert error={remove.error} fallbackTitle="The line was not removed" /> : null}

      {editing === 'new' && referencesReady ? (
        <section className="panel" aria-labelledby="add-line-heading">
          <h2 id="add-line-heading">Add a line</h2>
          <WorkPlanItemForm
            idPrefix="new-item"
            initial={newItemValues}
            fiscalYear={draft.fiscalYear}
            topics={topics.data}
            members={members.data}
            planActions={planActions.data ?? []}
            pending={add.isPending}
            error={add.error}
            submitLabel="Add the line"
            onSubmit={(values) => add.mutate(itemInput(values), { onSuccess: () => setEditing(null) })}
            actions={
              <button
                type="button"
                className="button button-secondary"
                onClick={() => {
                  add.reset();
                  setEditing(null);
                }}
              >
                Cancel
              </button>
            }
          />
        </section>
      ) : null}

      {items.length === 0 ? (
        <p className="empty-state" role="status">
          The draft has no line: the analysis proposed nothing. Add lines by hand.
        </p>
      ) : (
        <div className="table-scroll">
          <table className="data-table needs-work-plan">
            <caption className="visually-hidden">The lines of the draft work plan</caption>
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Type</th>
                <th scope="col">Topic</th>
                <th scope="col">Members</th>
                <th scope="col">Quarter</th>
                <th scope="col">Plan actions</th>
                <th scope="col" className="col-number">
                  Experts
                </th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <Fragment key={item.id}>
                  <tr className="needs-item-row">
                    <th scope="row" className="row-header">
                      {item.activityId ? <Link to={`/activities/${item.activityId}`}>{item.title}</Link> : item.title}
                      <span className="small muted needs-block">
                        {workPlanKindLabel(item.kind)}
                        {item.origin === 'manual' ? ', added by hand' : ''}
                      </span>
                    </th>
                    <td>{activityTypeLabel(item.activityType)}</td>
                    <td>{topicName(item.topicId) ?? item.topicCode ?? '—'}</td>
                    <td>{item.memberIds.map((id) => memberName(id) ?? `#${id}`).join(', ') || '—'}</td>
                    <td>{quarterLabel(item.quarter, draft.fiscalYear) || '—'}</td>
                    <td>{item.actionIds.map((id) => actionCode.get(id) ?? `#${id}`).join(', ') || '—'}</td>
                    <td className="col-number">{item.expertsNeeded}</td>
                    <td className="needs-row-actions">
                      <button
                        type="button"
                        className="button button-secondary button-small"
                        aria-expanded={expanded.includes(item.id)}
                        aria-controls={`evidence-${item.id}`}
                        onClick={() => setExpanded(expanded.includes(item.id) ? expanded.filter((x) => x !== item.id) : [...expanded, item.id])}
                      >
                        Why ({item.evidence.length} {item.evidence.length === 1 ? 'answer' : 'answers'})
                        <span className="visually-hidden"> for {item.title}</span>
                      </button>
                      {editable ? (
                        <>
                          <button type="button" className="button button-secondary button-small" onClick={() => setEditing(item.id)}>
                            Edit<span className="visually-hidden"> {item.title}</span>
                          </button>
                          <RemoveButton item={item} pending={remove.isPending} onRemove={() => remove.mutate(item.id)} />
                        </>
                      ) : null}
                    </td>
                  </tr>
                  {expanded.includes(item.id) ? (
                    <tr id={`evidence-${item.id}`}>
                      <td colSpan={8}>
                        {item.reason ? <p className="needs-reason">Why: {item.reason}</p> : null}
                        <EvidenceList fiscalYear={draft.fiscalYear} entries={evidenceEntries(item.evidence, memberName, topicName)} />
                      </td>
                    </tr>
                  ) : null}
                  {editing === item.id && referencesReady ? (
                    <tr>
                      <td colSpan={8}>
                        <WorkPlanItemForm
                          idPrefix={`item-${item.id}`}
                          initial={itemFormValues(item)}
                          fiscalYear={draft.fiscalYear}
                          topics={topics.data}
                          members={members.data}
                          planActions={planActions.data ?? []}
                          pending={update.isPending}
                          error={update.error}
                          submitLabel="Save the line"
                          onSubmit={(values) =>
                            update.mutate({ itemId: item.id, version: item.version, input: itemInput(values, item.subRegionId ?? null) }, { onSuccess: () => setEditing(null) })
                          }
                          actions={
                            <button
                              type="button"
                              className="button button-secondary"
                              onClick={() => {
                                update.reset();
                                setEditing(null);
                              }}
                            >
                              Cancel
                            </button>
                          }
                        />
                      </td>
                    </tr>
                  ) : null}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

/** Remove asks once more in place (a second press), so a stray click or Enter does not delete a line. */
function RemoveButton({ item, pending, onRemove }: { item: WorkPlanItem; pending: boolean; onRemove: () => void }) {
  const [armed, setArmed] = useState(false);
  return armed ? (
    <>
      <button type="button" className="button button-danger button-small" disabled={pending} onClick={onRemove}>
        Confirm removal<span className="visually-hidden"> of {item.title}</span>
      </button>
      <button type="button" className="button button-secondary button-small" onClick={() => setArmed(false)}>
        Keep
      </button>
    </>
  ) : (
    <button type="button" className="button button-secondary button-small" onClick={() => setArmed(true)}>
      Remove<span className="visually-hidden"> {item.title}</span>
    </button>
  );
}
