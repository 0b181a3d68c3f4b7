import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Loading } from '@/components/ui/loading';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { formatDateTime } from '@/lib/format';
import { needsRevisionsQueryOptions } from '../api/needs';

/** Every save of a response, newest first: who saved it, when, and whether it was submitted (the history is kept). */
export function ResponseHistory({ cycleId, memberId }: { cycleId: number; memberId: number }) {
  const [open, setOpen] = useState(false);
  const revisions = useQuery({ ...needsRevisionsQueryOptions(cycleId, memberId), enabled: open });
  return (
    <details className="needs-figures" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>History of this response</summary>
      {!open ? null : revisions.isPending ? (
        <Loading label="Loading the history…" />
      ) : revisions.error ? (
        <ProblemAlert error={revisions.error} fallbackTitle="The history could not be loaded" />
      ) : revisions.data.length === 0 ? (
        <p className="muted">Nothing saved yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">Every save of this response, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Revision</th>
                <th scope="col">Saved</th>
                <th scope="col">By</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {revisions.data.map((r) => (
                <tr key={r.revision}>
                  <td>{r.revision}</td>
                  <td>{formatDateTime(r.savedAt)}</td>
                  <td>
                    {r.savedByName ?? '—'}
                    {r.enteredByStaff ? <span className="small muted needs-block">for the Member, by the ROCB</span> : null}
                  </td>
                  <td>{r.status === 'submitted' ? 'Submitted' : 'Draft'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </details>
  );
}
