import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { TextField } from '@/components/ui/fields';
import { Loading } from '@/components/ui/loading';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { formatDateTime } from '@/lib/format';
import { needsTrackerQueryOptions, useRecordNeedsReminders } from '../api/needs';
import type { NeedsRemindersResult } from '../api/types';
import { CycleHeader } from '../components/cycle-header';
import { ResponseState } from '../components/state-text';
import { UploadPanel } from '../components/upload-panel';
import { CycleProblem, useCycleOfRoute } from './cycle-route';
import '../needs.css';

export function NeedsTrackerRoute() {
  const { cycleId, cycle } = useCycleOfRoute();
  const tracker = useQuery({ ...needsTrackerQueryOptions(cycleId ?? 0), enabled: cycleId !== undefined });
  const remind = useRecordNeedsReminders(cycleId ?? 0);
  const [selected, setSelected] = useState<number[]>([]);
  const [note, setNote] = useState('');
  const [done, setDone] = useState<NeedsRemindersResult | null>(null);
  useDocumentTitle(cycle.data ? `Responses: ${cycle.data.value.name}` : 'Responses');

  if (cycleId === undefined || cycle.error) return <CycleProblem cycleId={cycleId} error={cycle.error} />;
  if (cycle.isPending) return <Loading label="Loading the survey…" />;
  const c = cycle.data.value;

  return (
    <>
      <CycleHeader cycle={c} title="Responses" />
      <section aria-labelledby="tracker-heading">
        <h2 id="tracker-heading">Who has answered</h2>
        {tracker.isPending ? (
          <Loading label="Loading the responses…" />
        ) : tracker.error ? (
          <ProblemAlert error={tracker.error} fallbackTitle="The responses could not be loaded" />
        ) : tracker.data.rows.length === 0 ? (
          <p className="empty-state" role="status">
            No Member is asked in this survey.
          </p>
        ) : (
          <>
            <p>
              {tracker.data.totals.submitted} submitted, {tracker.data.totals.draft} in draft and {tracker.data.totals.notStarted} not started, of{' '}
              {tracker.data.totals.asked} Members asked ({tracker.data.totals.submittedPercent}% submitted).
            </p>
            <div className="table-scroll">
              <table className="data-table">
                <caption className="visually-hidden">Each Member asked: its response, progress and reminders</caption>
                <thead>
                  <tr>
                    <th scope="col">
                      <input
                        type="checkbox"
                        aria-label="Select every Member that has not submitted"
                        checked={selected.length > 0 && selected.length === tracker.data.rows.filter((r) => r.status !== 'submitted').length}
                        onChange={(e) => setSelected(e.target.checked ? tracker.data.rows.filter((r) => r.status !== 'submitted').map((r) => r.member.id) : [])}
                      />
                    </th>
                    <th scope="col">Member</th>
                    <th scope="col">Response</th>
                    <th scope="col">Progress</th>
                    <th scope="col">Last saved</th>
                    <th scope="col">Reminders</th>
                  </tr>
                </thead>
                <tbody>
                  {tracker.data.rows.map((r) => (
                    <tr key={r.member.id}>
                      <td>
                        <input
                          type="checkbox"
                          aria-label={`Select ${r.member.name}`}
                          checked={selected.includes(r.member.id)}
                          onChange={(e) => setSelected(e.target.checked ? [...selected, r.member.id] : selected.filter((id) => id !== r.member.id))}
                        />
                      </td>
                      <th scope="row" className="row-header">
                        <Link to={`/needs/${c.id}/responses/${r.member.id}`}>{r.member.name}</Link>
                        <span className="small muted needs-block">{r.member.subRegionName}</span>
                      </th>
                      <td>
                        <ResponseState status={r.status} />
                        {r.enteredByStaff ? <span className="small muted needs-block">entered by the ROCB</span> : null}
                        {r.submittedAt ? <span className="small muted needs-block">on {formatDateTime(r.submittedAt)}</span> : null}
                      </td>
                      <td>
                        <progress max={Math.max(1, r.questionCount)} value={r.answered} aria-label={`${r.member.name}: ${r.answered} of ${r.questionCount} answered`} />{' '}
                        {r.answered}/{r.questionCount}
                      </td>
                      <td>{r.lastSavedAt ? formatDateTime(r.lastSavedAt) : '—'}</td>
                      <td>
                        {r.reminders.count === 0 ? 'None' : `${r.reminders.count}, last ${formatDateTime(r.reminders.lastAt)}`}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <div className="needs-toolbar">
              <TextField id="reminder-note" label="Note with the reminder (optional)" value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />
              <button
                type="button"
                className="button"
                disabled={selected.length === 0 || remind.isPending}
                onClick={() =>
                  remind.mutate(
                    { memberIds: selected, note: note.trim() || undefined },
                    {
                      onSuccess: (result) => {
                        setDone(result);
                        setSelected([]);
                        setNote('');
                      },
                    },
                  )
                }
              >
                Record a reminder for {selected.length} {selected.length === 1 ? 'Member' : 'Members'}
              </button>
            </div>
            {remind.error ? <ProblemAlert error={remind.error} fallbackTitle="The reminders were not recorded" /> : null}
            {done ? <ReminderOutcome result={done} /> : null}
          </>
        )}
      </section>
      <section aria-labelledby="upload-heading">
        <h2 id="upload-heading">Upload responses from the spreadsheet</h2>
        <UploadPanel cycleId={c.id} accepting={c.window.acceptingAnswers} />
      </section>
    </>
  );
}

/** What became of the reminders: with e-mail configured, per Member whether it was e-mailed or only recorded (and why). */
function ReminderOutcome({ result }: { result: NeedsRemindersResult }) {
  const partly = result.channel === 'email' && result.reminders.some((r) => r.channel === 'recorded');
  return (
    <div className={partly ? 'alert alert-warning' : 'alert alert-success'} role="status">
      <p>{result.message || `A reminder was recorded for ${result.reminders.length} Members.`}</p>
      {result.channel === 'email' && result.reminders.length > 0 ? (
        <ul aria-label="Reminders per Member">
          {result.reminders.map((r) => (
            <li key={r.id}>
              {r.member.name}:{' '}
              {r.channel === 'email'
                ? `e-mailed to ${r.sentTo.length} ${r.sentTo.length === 1 ? 'focal point' : 'focal points'}`
                : `recorded (${r.reason ?? 'not e-mailed'})`}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
