import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { Evidence } from '@/components/ui/evidence';
import { TextAreaField } from '@/components/ui/fields';
import { FocusOnChange } from '@/components/ui/focus-alert';
import { Loading } from '@/components/ui/loading';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { MilestoneStatusBadge } from '@/components/ui/status-icons';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { fieldErrorsOf, isApiError } from '@/lib/api/problem';
import type { MilestoneStatusRecord, QueueItem } from '@/lib/api/types';
import { formatDateTime, formatDay } from '@/lib/format';
import { reviewQueueQueryOptions, useApproveMilestoneStatuses, useReviewMilestoneStatus } from '../api/milestone-statuses';

function describe(record: MilestoneStatusRecord): string {
  return `#${record.id} (${record.memberName}, ${record.milestoneCode})`;
}

function Waiting({ item }: { item: QueueItem }) {
  return (
    <>
      {item.daysWaiting === 0 ? 'Today' : item.daysWaiting === 1 ? '1 day' : `${item.daysWaiting} days`}
      <br />
      <span className="muted small">since {formatDateTime(item.since)}</span>
    </>
  );
}

interface ReturnFormProps {
  record: MilestoneStatusRecord;
  pending: boolean;
  error: unknown;
  onReturn: (reason: string) => void;
  onCancel: () => void;
}

function ReturnForm({ record, pending, error, onReturn, onCancel }: ReturnFormProps) {
  const [reason, setReason] = useState('');
  const id = `return-reason-${record.id}`;
  return (
    <form
      className="return-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onReturn(reason);
      }}
    >
      <TextAreaField
        id={id}
        label={`Why is update #${record.id} returned?`}
        hint="The focal point reads this, corrects the update and submits it again."
        rows={2}
        value={reason}
        errors={fieldErrorsOf(error).reason}
        required
        autoFocus
        onChange={(event) => setReason(event.target.value)}
      />
      <div className="form-actions">
        <button type="submit" className="button button-small" disabled={pending}>
          Return with this reason
        </button>
        <button type="button" className="button button-link button-small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

export function ReviewQueueRoute() {
  useDocumentTitle('Review queue');
  const queue = useQuery(reviewQueueQueryOptions());
  const review = useReviewMilestoneStatus();
  const approve = useApproveMilestoneStatuses();
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [returning, setReturning] = useState<number>();
  const [message, setMessage] = useState<string>();
  const [error, setError] = useState<unknown>();

  const forStaff = queue.data?.filter((i) => i.waitingFor === 'staff') ?? [];
  const forFocalPoints = queue.data?.filter((i) => i.waitingFor !== 'staff') ?? [];
  const selectedIds = forStaff.map((i) => i.record.id).filter((id) => selected.has(id));
  const pending = review.isPending || approve.isPending;

  const done = (text: string) => {
    setError(undefined);
    setMessage(text);
  };
  const failed = (e: unknown) => {
    setMessage(undefined);
    setError(e);
  };
  const toggle = (id: number, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const approveOne = (record: MilestoneStatusRecord) =>
    review.mutate(
      { id: record.id, decision: 'approve' },
      {
        onSuccess: (r) => {
          toggle(r.id, false);
          done(`Approved update ${describe(r)}. It counts in the KPIs from ${formatDay(r.effectiveOn)}.`);
        },
        onError: failed,
      },
    );

  const returnOne = (record: MilestoneStatusRecord, reason: string) =>
    review.mutate(
      { id: record.id, decision: 'return', reason },
      {
        onSuccess: (r) => {
          setReturning(undefined);
          toggle(r.id, false);
          done(`Returned update ${describe(r)} to the focal point with your reason.`);
        },
        // A missing reason is shown on the field; anything else above the queue.
        onError: (e) => {
          if (isApiError(e) && e.status === 400 && Object.keys(fieldErrorsOf(e)).length > 0) setMessage(undefined);
          else failed(e);
        },
      },
    );

  const approveSelected = () =>
    approve.mutate(selectedIds, {
      onSuccess: (records) => {
        setSelected(new Set());
        done(
          `Approved ${records.length === 1 ? '1 update' : `${records.length} updates`}: ${records.map((r) => `#${r.id}`).join(', ')}.`,
        );
      },
      onError: failed,
    });

  const allSelected = forStaff.length > 0 && selectedIds.length === forStaff.length;

  return (
    <>
      <div className="page-header">
        <h1>Review queue</h1>
        <Link className="button button-secondary" to="/milestones">
          Milestone updates
        </Link>
      </div>
      <p className="lead">
        Member milestone updates waiting for a decision, oldest first. An approved update counts in the KPIs from its effective
        date; a returned one goes back to its focal point with your reason. Nobody reviews their own submission.
      </p>
      {message ? (
        <FocusOnChange trigger={message}>
          <p className="alert alert-success" role="status">
            {message}
          </p>
        </FocusOnChange>
      ) : null}
      <FocusOnChange trigger={error}>
        <ProblemAlert error={error} fallbackTitle="The review was not recorded" />
      </FocusOnChange>

      {queue.isPending ? (
        <Loading label="Loading the review queue…" />
      ) : queue.error ? (
        <ProblemAlert error={queue.error} fallbackTitle="The review queue could not be loaded" />
      ) : (
        <div className="results" aria-busy={queue.isFetching || undefined}>
          <section aria-labelledby="queue-staff-heading">
            <h2 id="queue-staff-heading">
              Waiting for Staff review <span className="muted small">({forStaff.length})</span>
            </h2>
            {forStaff.length === 0 ? (
              <p className="muted" role="status">
                Nothing waits for review.
              </p>
            ) : (
              <>
                <div className="toolbar">
                  <button type="button" className="button" disabled={selectedIds.length === 0 || pending} onClick={approveSelected}>
                    Approve selected ({selectedIds.length})
                  </button>
                  <span className="small muted">All of them are approved, or none.</span>
                </div>
                <div className="table-scroll">
                  <table className="data-table queue-table">
                    <caption className="visually-hidden">Updates waiting for Staff review, oldest first</caption>
                    <thead>
                      <tr>
                        <th scope="col" className="col-select">
                          <input
                            type="checkbox"
                            aria-label={`Select all ${forStaff.length} updates waiting for review`}
                            checked={allSelected}
                            onChange={(event) => setSelected(event.target.checked ? new Set(forStaff.map((i) => i.record.id)) : new Set())}
                          />
                        </th>
                        <th scope="col" className="col-record">
                          Update
                        </th>
                        <th scope="col">Member and milestone</th>
                        <th scope="col" className="col-status">
                          Reported status
                        </th>
                        <th scope="col">Evidence</th>
                        <th scope="col" className="col-waiting">
                          Waiting
                        </th>
                        <th scope="col" className="col-actions">
                          Decision
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {forStaff.map((item) => {
                        const r = item.record;
                        return (
                          <tr key={r.id}>
                            <td className="col-select">
                              <input
                                type="checkbox"
                                aria-label={`Select update ${describe(r)}`}
                                checked={selected.has(r.id)}
                                onChange={(event) => toggle(r.id, event.target.checked)}
                              />
                            </td>
                            <th scope="row" className="row-header">
                              #{r.id}
                            </th>
                            <td>
                              <strong>{r.memberName}</strong> <span className="muted small">({r.memberCode})</span>
                              <br />
                              {r.milestoneCode} <span className="muted small">{r.planCode}</span>
                              <br />
                              <span className="small">{r.milestoneReference}</span>
                            </td>
                            <td>
                              <MilestoneStatusBadge status={r.status} />
                              <br />
                              <span className="small">from {formatDay(r.effectiveOn)}</span>
                              {r.notApplicableReason ? <p className="small">{r.notApplicableReason}</p> : null}
                            </td>
                            <td>
                              <Evidence text={r.evidence} link={r.evidenceLink} />
                              {r.sourceDocument ? <p className="small muted source-text">Source: {r.sourceDocument}</p> : null}
                            </td>
                            <td>
                              <Waiting item={item} />
                            </td>
                            <td className="col-actions">
                              {returning === r.id ? (
                                <ReturnForm
                                  record={r}
                                  pending={pending}
                                  error={review.variables?.id === r.id && review.variables.decision === 'return' ? review.error : undefined}
                                  onReturn={(reason) => returnOne(r, reason)}
                                  onCancel={() => {
                                    setReturning(undefined);
                                    review.reset();
                                  }}
                                />
                              ) : (
                                <div className="button-stack">
                                  <button
                                    type="button"
                                    className="button button-small"
                                    disabled={pending}
                                    aria-label={`Approve update #${r.id}`}
                                    onClick={() => approveOne(r)}
                                  >
                                    Approve
                                  </button>
                                  <button
                                    type="button"
                                    className="button button-secondary button-small"
                                    aria-label={`Return update #${r.id}`}
                                    onClick={() => {
                                      review.reset();
                                      setReturning(r.id);
                                    }}
                                  >
                                    Return
                                  </button>
                                </div>
                              )}
                            </td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                </div>
              </>
            )}
          </section>

          <section aria-labelledby="queue-focal-heading">
            <h2 id="queue-focal-heading">
              Returned, waiting for the focal point <span className="muted small">({forFocalPoints.length})</span>
            </h2>
            {forFocalPoints.length === 0 ? (
              <p className="muted">No returned update is waiting for a correction.</p>
            ) : (
              <div className="table-scroll">
                <table className="data-table queue-table">
                  <caption className="visually-hidden">Returned updates waiting for their focal point, oldest first</caption>
                  <thead>
                    <tr>
                      <th scope="col" className="col-record">
                        Update
                      </th>
                      <th scope="col">Member and milestone</th>
                      <th scope="col">Why it was returned</th>
                      <th scope="col" className="col-waiting">
                        Waiting
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {forFocalPoints.map((item) => (
                      <tr key={item.record.id}>
                        <th scope="row" className="row-header">
                          #{item.record.id}
                        </th>
                        <td>
                          <strong>{item.record.memberName}</strong> · {item.record.milestoneCode}{' '}
                          <span className="muted small">{item.record.planCode}</span>
                        </td>
                        <td>{item.record.returnReason ?? <span className="muted">—</span>}</td>
                        <td>
                          <Waiting item={item} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        </div>
      )}
    </>
  );
}
