import { Fragment, useState } from 'react';
import { Link } from 'react-router';
import { AuditChanges, formatAuditValue } from '@/components/ui/audit-changes';
import type { AuditEntry } from '@/lib/api/types';
import { formatDateTime } from '@/lib/format';

/** The record's name when the change carries it (a Member's or a user's name, a key's name). */
function recordName(entry: AuditEntry): string | undefined {
  for (const values of [entry.after, entry.before]) {
    for (const key of ['Name', 'DisplayName', 'Code', 'Email']) {
      const text = formatAuditValue(values?.[key]);
      if (text) return text;
    }
  }
  return undefined;
}

function who(entry: AuditEntry): string {
  return entry.actorType === 'user' ? entry.actorName : `${entry.actorName} (${entry.actorType})`;
}

export function historyLink(entity: string, entityId: string): string {
  return `/admin/audit?${new URLSearchParams({ entity, entityId }).toString()}`;
}

/** The audit entries, newest first; each row opens to show the changed fields. */
export function AuditTable({ entries }: { entries: readonly AuditEntry[] }) {
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const toggle = (id: number) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <table className="data-table audit-table">
      <caption className="visually-hidden">Audit entries, newest first</caption>
      <thead>
        <tr>
          <th scope="col" className="col-when">
            When
          </th>
          <th scope="col">Who</th>
          <th scope="col" className="col-action">
            Action
          </th>
          <th scope="col">Record</th>
          <th scope="col" className="col-actions-wide">
            <span className="visually-hidden">Details</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => {
          const expanded = open.has(entry.id);
          const name = recordName(entry);
          const describe = `${entry.action} ${entry.entity} ${entry.entityId}`;
          return (
            <Fragment key={entry.id}>
              <tr>
                <td>
                  <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt)}</time>
                </td>
                <td>{who(entry)}</td>
                <td>{entry.action}</td>
                <th scope="row" className="row-header">
                  {entry.entity} <code className="break-all">{entry.entityId}</code>
                  {name ? <span className="muted"> · {name}</span> : null}
                </th>
                <td>
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    aria-expanded={expanded}
                    aria-controls={expanded ? `audit-changes-${entry.id}` : undefined}
                    onClick={() => toggle(entry.id)}
                  >
                    {expanded ? 'Hide changes' : 'Show changes'}
                    <span className="visually-hidden">: {describe}</span>
                  </button>{' '}
                  <Link
                    to={historyLink(entry.entity, entry.entityId)}
                    className="small"
                    aria-label={`History of ${entry.entity} ${entry.entityId}`}
                  >
                    History
                  </Link>
                </td>
              </tr>
              {expanded ? (
                <tr className="editing-row" id={`audit-changes-${entry.id}`}>
                  <td colSpan={5}>
                    <AuditChanges entry={entry} caption={`Changes: ${describe} by ${who(entry)}`} />
                    {entry.traceId ? <p className="muted small">Trace: {entry.traceId}</p> : null}
                  </td>
                </tr>
              ) : null}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}
