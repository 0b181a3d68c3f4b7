import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { recordHistoryQueryOptions } from '@/lib/api/audit';
import { isApiError } from '@/lib/api/problem';
import { formatDateTime } from '@/lib/format';
import { AuditChanges } from './audit-changes';
import { Loading } from './loading';
import { ProblemAlert } from './problem-alert';

interface RecordHistoryProps {
  /** The audit log's entity name, e.g. "Member". */
  entity: string;
  entityId: string;
  /** What the record is called in sentences: "this Member". */
  label: string;
}

/** "Change history": every audited change to one record, newest first, with the values before and after. */
const shownAtFirst = 10;

export function RecordHistory({ entity, entityId, label }: RecordHistoryProps) {
  const history = useQuery(recordHistoryQueryOptions(entity, entityId));
  const [showAll, setShowAll] = useState(false);
  const firstRevealed = useRef<HTMLLIElement>(null);
  // The button goes away when pressed: focus moves to the first change it revealed.
  useEffect(() => {
    if (showAll) firstRevealed.current?.focus();
  }, [showAll]);
  // Without the permission the section is not shown at all (the caller checks; this covers a role changed meanwhile).
  if (isApiError(history.error) && (history.error.status === 403 || history.error.status === 404)) return null;

  const entries = history.data ? [...history.data].reverse() : undefined;
  return (
    <section className="record-history" aria-labelledby="record-history-heading">
      <h2 id="record-history-heading">Change history</h2>
      {history.isPending ? (
        <Loading label="Loading the change history…" />
      ) : history.error ? (
        <ProblemAlert error={history.error} fallbackTitle="The change history could not be loaded" />
      ) : entries && entries.length === 0 ? (
        <p className="muted">No change to {label} has been recorded.</p>
      ) : entries ? (
        <>
          <p className="muted small">
            {entries.length} {entries.length === 1 ? 'change' : 'changes'}, newest first.{' '}
            <Link to={`/admin/audit?${new URLSearchParams({ entity, entityId }).toString()}`}>Open in the audit log</Link>
          </p>
          <ol className="history-list">
            {(showAll ? entries : entries.slice(0, shownAtFirst)).map((entry, index) => {
              const heading = `${entry.action === 'created' ? 'Created' : entry.action === 'deleted' ? 'Deleted' : 'Updated'} by ${entry.actorName}`;
              return (
                <li key={entry.id} {...(index === shownAtFirst ? { ref: firstRevealed, tabIndex: -1 } : {})}>
                  <p className="history-heading">
                    <strong>{heading}</strong> <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt)}</time>
                  </p>
                  <AuditChanges entry={entry} caption={`${heading} on ${formatDateTime(entry.occurredAt)}`} />
                </li>
              );
            })}
          </ol>
          {!showAll && entries.length > shownAtFirst ? (
            <button type="button" className="button button-secondary button-small" onClick={() => setShowAll(true)}>
              Show all {entries.length} changes
            </button>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
