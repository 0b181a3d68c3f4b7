import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { Loading } from '@/components/ui/loading';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { defaultPlan, plansQueryOptions } from '@/lib/api/plans';
import { memberOptionsQueryOptions } from '@/lib/api/reference-data';
import type { MilestoneStatusRecord, ReviewState, Versioned } from '@/lib/api/types';
import { useCan, useCurrentUser } from '@/lib/auth/current-user';
import { todayIso } from '@/lib/format';
import {
  getMilestoneStatus,
  milestoneStatusesQueryOptions,
  useCreateMilestoneStatus,
  useReopenMilestoneStatus,
  useSubmitMilestoneStatus,
  useUpdateMilestoneStatus,
} from '../api/milestone-statuses';
import { emptyMilestoneValues, MilestoneForm, recordToValues } from '../components/milestone-form';
import { RecordTable } from '../components/record-table';
import { ReopenButton } from '../components/reopen-button';

const sections: { state: ReviewState; title: string; empty: string; intro?: string }[] = [
  { state: 'returned', title: 'Returned for correction', empty: 'Nothing was returned.', intro: 'Staff returned these with a reason: change them and submit again.' },
  { state: 'draft', title: 'Drafts', empty: 'No draft.', intro: 'Only you and Staff see a draft. Submit it when it is ready.' },
  { state: 'submitted', title: 'Submitted, waiting for review', empty: 'Nothing is waiting for review.' },
  { state: 'approved', title: 'Approved', empty: 'No approved update yet.', intro: 'Approved updates count in the KPIs from their effective date.' },
];

function positiveInt(value: string | null): number | undefined {
  return value && /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : undefined;
}

export function MilestoneUpdatesRoute() {
  useDocumentTitle('Milestone updates');
  const { data: user } = useCurrentUser();
  const canReview = useCan()('milestones:review');
  const [search, setSearch] = useSearchParams();
  const ownMember = user?.memberId ?? undefined;
  const memberId = ownMember ?? positiveInt(search.get('memberId'));

  const plans = useQuery(plansQueryOptions());
  const members = useQuery({ ...memberOptionsQueryOptions(), enabled: ownMember === undefined });
  const records = useQuery({ ...milestoneStatusesQueryOptions({ memberId }), enabled: memberId !== undefined });
  const create = useCreateMilestoneStatus();
  const update = useUpdateMilestoneStatus();
  const submit = useSubmitMilestoneStatus();
  const reopen = useReopenMilestoneStatus();

  const [editing, setEditing] = useState<Versioned<MilestoneStatusRecord>>();
  const [formKey, setFormKey] = useState(0);
  const [message, setMessage] = useState<string>();
  const [actionError, setActionError] = useState<unknown>();
  const formHeading = useRef<HTMLHeadingElement>(null);
  const messageRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (editing) formHeading.current?.focus();
  }, [editing]);

  const memberName = ownMember !== undefined ? user?.memberName ?? '' : members.data?.find((m) => m.id === memberId)?.name;
  const planId = plans.data ? defaultPlan(plans.data, todayIso())?.id : undefined;

  const say = (text: string) => {
    setActionError(undefined);
    setMessage(text);
    setTimeout(() => messageRef.current?.focus(), 0);
  };

  const startEdit = (record: MilestoneStatusRecord) => {
    setMessage(undefined);
    setActionError(undefined);
    update.reset();
    getMilestoneStatus(record.id)
      .then((loaded) => {
        setEditing(loaded);
        setFormKey((k) => k + 1);
      })
      .catch(setActionError);
  };

  const reload = () => {
    if (!editing) return;
    getMilestoneStatus(editing.value.id)
      .then((fresh) => {
        update.reset();
        setEditing(fresh);
        setFormKey((k) => k + 1);
        setMessage('Reloaded: the form now shows the latest version.');
      })
      .catch(setActionError);
  };

  const actions = (record: MilestoneStatusRecord) => {
    if (record.state === 'draft' || record.state === 'returned') {
      return (
        <div className="button-stack">
          <button
            type="button"
            className="button button-small"
            disabled={submit.isPending}
            aria-label={`Submit update #${record.id} for review`}
            onClick={() =>
              submit.mutate(record.id, {
                onSuccess: (r) => say(`Update #${r.id} (${r.milestoneCode}) was submitted for review.`),
                onError: setActionError,
              })
            }
          >
            Submit for review
          </button>
          <button
            type="button"
            className="button button-secondary button-small"
            aria-label={`Edit update #${record.id}`}
            onClick={() => startEdit(record)}
          >
            Edit
          </button>
        </div>
      );
    }
    if (record.state === 'approved' && canReview) {
      return (
        <ReopenButton
          recordId={record.id}
          pending={reopen.isPending}
          onReopen={(id) =>
            reopen.mutate(id, {
              onSuccess: (r) => say(`Update #${r.id} was reopened: it no longer counts until it is approved again.`),
              onError: setActionError,
            })
          }
        />
      );
    }
    return null;
  };

  return (
    <>
      <div className="page-header">
        <h1>Milestone updates</h1>
        {canReview ? (
          <Link className="button button-secondary" to="/milestones/queue">
            Review queue
          </Link>
        ) : null}
      </div>
      <p className="lead">
        {ownMember !== undefined
          ? `Report how ${memberName} stands on the milestones of the plans. A draft is yours until you submit it; Staff then approve it (it counts in the KPIs from then on) or return it with a reason.`
          : 'Draft and submit Member milestone statuses with their evidence. Another Staff member reviews what you submit.'}
      </p>

      {ownMember === undefined ? (
        <div className="filters">
          <div className="field">
            <label htmlFor="updates-member">Show the updates of</label>
            <select
              id="updates-member"
              value={memberId ?? ''}
              onChange={(event) => {
                const next = new URLSearchParams(search);
                if (event.target.value) next.set('memberId', event.target.value);
                else next.delete('memberId');
                setSearch(next);
              }}
            >
              <option value="">Choose a Member</option>
              {members.data?.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name} ({m.code})
                </option>
              ))}
            </select>
          </div>
        </div>
      ) : null}

      {message ? (
        <p className="alert alert-success" role="status" tabIndex={-1} ref={messageRef}>
          {message}
        </p>
      ) : null}
      {actionError ? <ProblemAlert error={actionError} fallbackTitle="That did not work" /> : null}

      <section aria-labelledby="update-form-heading" className="panel">
        <h2 id="update-form-heading" ref={formHeading} tabIndex={-1}>
          {editing ? `Change update #${editing.value.id}` : 'Draft an update'}
        </h2>
        {editing?.value.state === 'returned' && editing.value.returnReason ? (
          <p className="alert alert-warning">
            <strong>Returned:</strong> {editing.value.returnReason}
          </p>
        ) : null}
        {plans.isPending || (ownMember === undefined && members.isPending) ? (
          <Loading label="Loading the form…" />
        ) : plans.error || members.error ? (
          <ProblemAlert error={plans.error ?? members.error} fallbackTitle="The form could not be loaded" />
        ) : editing ? (
          <MilestoneForm
            key={`edit-${formKey}`}
            idPrefix="milestone-update"
            initial={recordToValues(editing.value)}
            plans={plans.data ?? []}
            members={ownMember === undefined ? members.data : undefined}
            memberName={memberName}
            planFixed
            submitLabel="Save changes"
            pending={update.isPending}
            error={update.error}
            onReload={reload}
            onSubmit={(input) =>
              update.mutate(
                { id: editing.value.id, etag: editing.etag, input },
                {
                  onSuccess: (r) => {
                    setEditing(undefined);
                    setFormKey((k) => k + 1);
                    say(`Update #${r.id} was saved. Submit it when it is ready.`);
                  },
                },
              )
            }
            actions={
              <button
                type="button"
                className="button button-secondary"
                onClick={() => {
                  setEditing(undefined);
                  update.reset();
                  setFormKey((k) => k + 1);
                }}
              >
                Cancel
              </button>
            }
          />
        ) : (
          <MilestoneForm
            key={`new-${formKey}-${memberId ?? ''}`}
            idPrefix="milestone-update"
            initial={emptyMilestoneValues(planId, memberId)}
            plans={plans.data ?? []}
            members={ownMember === undefined ? members.data : undefined}
            memberName={memberName}
            submitLabel="Save draft"
            pending={create.isPending}
            error={create.error}
            onSubmit={(input) =>
              create.mutate(input, {
                onSuccess: (r) => {
                  setFormKey((k) => k + 1);
                  if (ownMember === undefined && r.memberId !== memberId) {
                    const next = new URLSearchParams(search);
                    next.set('memberId', String(r.memberId));
                    setSearch(next);
                  }
                  say(`Draft #${r.id} saved for ${r.memberName}, milestone ${r.milestoneCode}. Submit it when it is ready.`);
                },
              })
            }
          />
        )}
      </section>

      {memberId === undefined ? (
        <EmptyState title="Choose a Member to see its updates.">
          {canReview ? (
            <p>
              Or open the <Link to="/milestones/queue">review queue</Link> for what waits for review.
            </p>
          ) : null}
        </EmptyState>
      ) : records.isPending ? (
        <Loading label="Loading the updates…" />
      ) : records.error ? (
        <ProblemAlert error={records.error} fallbackTitle="The updates could not be loaded" />
      ) : (
        <div className="results" aria-busy={records.isFetching || undefined}>
          {sections.map((section) => {
            const list = records.data.items.filter((r) => r.state === section.state);
            return (
              <section key={section.state} aria-labelledby={`records-${section.state}`}>
                <h2 id={`records-${section.state}`}>
                  {section.title} <span className="muted small">({list.length})</span>
                </h2>
                {list.length === 0 ? (
                  <p className="muted">{section.empty}</p>
                ) : (
                  <>
                    {section.intro ? <p className="small muted">{section.intro}</p> : null}
                    <RecordTable caption={`${section.title}: updates for ${memberName ?? 'the Member'}`} records={list} actions={actions} />
                  </>
                )}
              </section>
            );
          })}
          {records.data.totalCount > records.data.items.length ? (
            <p className="small muted">
              Showing the latest {records.data.items.length} of {records.data.totalCount} updates.
            </p>
          ) : null}
        </div>
      )}
    </>
  );
}
