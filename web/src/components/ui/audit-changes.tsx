import type { AuditEntry } from '@/lib/api/types';

type Change = Pick<AuditEntry, 'action' | 'before' | 'after'>;

export interface ChangedField {
  field: string;
  before: unknown;
  after: unknown;
}

/** The fields a change touched, with their values before and after (a creation has no before, a deletion no after). */
export function changedFields({ before, after }: Change): ChangedField[] {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return fields.map((field) => ({ field, before: before?.[field], after: after?.[field] }));
}

export function formatAuditValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

function Value({ value }: { value: unknown }) {
  const text = formatAuditValue(value);
  return text ? <>{text}</> : <span className="muted">(empty)</span>;
}

interface AuditChangesProps {
  entry: Change;
  /** Labels the table for assistive technology, e.g. "Changes made on 1 Jan 2026 by Ann". */
  caption: string;
}

/** A table of the changed fields: field, value before, value after. */
export function AuditChanges({ entry, caption }: AuditChangesProps) {
  const fields = changedFields(entry);
  if (fields.length === 0) return <p className="muted">No field values were recorded.</p>;
  return (
    <table className="data-table changes-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">Before</th>
          <th scope="col">After</th>
        </tr>
      </thead>
      <tbody>
        {fields.map(({ field, before, after }) => (
          <tr key={field}>
            <th scope="row" className="row-header">
              <code>{field}</code>
            </th>
            <td className="change-before">{entry.action === 'created' ? <span className="muted">—</span> : <Value value={before} />}</td>
            <td className="change-after">{entry.action === 'deleted' ? <span className="muted">(deleted)</span> : <Value value={after} />}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
