import { useState, type FormEvent } from 'react';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { fieldErrorsOf, isApiError } from '@/lib/api/problem';
import type { Gender, Member, Participation } from '@/lib/api/types';
import { formatNumber } from '@/lib/format';
import { useSetParticipantCounts } from '../api/participation';
import { genderLabels, genders } from '@/lib/activities/activity-labels';
import {
  newCountRow,
  notByMember,
  rowsFromCounts,
  rowsTotal,
  rowTotal,
  splitRowErrors,
  toCountInputs,
  type CountRow,
} from '../utils/participant-counts';

interface ParticipantCountsEditorProps {
  activityId: number;
  participation: Participation;
  members: readonly Member[];
  onDone: (message?: string) => void;
}

const numberColumns = [
  { key: 'female', label: 'Female' },
  { key: 'male', label: 'Male' },
  { key: 'other', label: 'Other' },
  { key: 'notRecorded', label: 'Not recorded' },
] as const;

/**
 * Staff enter participant counts by hand, a row per Member (or one row not broken down by Member). Saving
 * replaces every hand-entered row; rows rolled up from named participants are changed through those.
 */
export function ParticipantCountsEditor({ activityId, participation, members, onDone }: ParticipantCountsEditorProps) {
  const [rows, setRows] = useState<CountRow[]>(() => {
    const initial = rowsFromCounts(participation.counts);
    return initial.length > 0 ? initial : [newCountRow()];
  });
  const [localErrors, setLocalErrors] = useState<Map<string, string>>(new Map());
  const save = useSetParticipantCounts(activityId);
  const fromNames = participation.counts.filter((c) => c.fromIndividuals);
  const namedMemberIds = new Set(fromNames.map((c) => String(c.member?.id ?? notByMember)));
  const serverErrors = isApiError(save.error) && save.error.status === 400 ? splitRowErrors(fieldErrorsOf(save.error)) : undefined;
  const totals = rowsTotal(rows);

  const change = (key: string, field: keyof CountRow, value: string) => {
    setRows((current) => current.map((r) => (r.key === key ? { ...r, [field]: value } : r)));
    if (field === 'memberId') setLocalErrors((e) => new Map([...e].filter(([k]) => k !== key)));
  };

  const rowName = (row: CountRow, index: number) =>
    row.memberId === notByMember
      ? 'not broken down by Member'
      : (members.find((m) => String(m.id) === row.memberId)?.name ?? `row ${index + 1}`);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing = new Map<string, string>();
    for (const row of rows) if (row.memberId === '') missing.set(row.key, 'Choose the Member, or “Not broken down by Member”.');
    setLocalErrors(missing);
    if (missing.size > 0) return;
    save.mutate(toCountInputs(rows), {
      onSuccess: (result) => onDone(`Saved the participant counts: ${formatNumber(result.totals.total)} participants in all.`),
    });
  };

  const general = serverErrors?.general ?? [];
  return (
    <form className="counts-editor" onSubmit={submit} noValidate aria-labelledby="counts-editor-heading" aria-busy={save.isPending || undefined}>
      <h3 id="counts-editor-heading">Edit the participant counts</h3>
      <p className="field-hint">
        One row per Member; observers are counted apart from the participants. “Total (check)” is optional: the total the source states, checked
        against the four counts. Saving replaces every count entered by hand.
      </p>
      {fromNames.length > 0 ? (
        <p className="notice small">
          Counted from named participants (change those instead): {fromNames.map((c) => c.member?.name ?? 'not broken down by Member').join(', ')}.
        </p>
      ) : null}
      {save.error && (!isApiError(save.error) || save.error.status !== 400 || general.length > 0) ? (
        <ProblemAlert error={save.error} fallbackTitle="The counts were not saved">
          {general.length > 0 ? (
            <ul>
              {general.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          ) : null}
        </ProblemAlert>
      ) : serverErrors && serverErrors.rows.size > 0 ? (
        <p className="alert alert-error" role="alert">
          The counts were not saved: fix the {serverErrors.rows.size === 1 ? 'row marked below' : `${serverErrors.rows.size} rows marked below`}.
        </p>
      ) : null}
      {localErrors.size > 0 ? (
        <p className="alert alert-error" role="alert">
          Choose the Member of every row first.
        </p>
      ) : null}
      <div className="table-scroll">
        <table className="data-table counts-table">
          <caption className="visually-hidden">Participant counts by Member, as entered</caption>
          <thead>
            <tr>
              <th scope="col" className="col-count-member">
                Member
              </th>
              {numberColumns.map((c) => (
                <th key={c.key} scope="col" className="col-count">
                  {c.label}
                </th>
              ))}
              <th scope="col" className="col-count">
                Total
              </th>
              <th scope="col" className="col-count">
                Total (check)
              </th>
              <th scope="col" className="col-count">
                Observers
              </th>
              <th scope="col" className="col-count-hod">
                Head of delegation
              </th>
              <th scope="col" className="col-count-remove">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => {
              const errors = serverErrors?.rows.get(index) ?? {};
              const local = localErrors.get(row.key);
              const messages = [...(local ? [local] : []), ...Object.values(errors).flat()];
              const errorId = `count-${row.key}-error`;
              const name = rowName(row, index);
              const invalid = (field: string) => (field in errors || (field === 'memberId' && local) ? true : undefined);
              const describedBy = (field: string) => (invalid(field) ? errorId : undefined);
              const used = new Set(rows.filter((r) => r.key !== row.key).map((r) => r.memberId));
              return [
                <tr key={row.key} className={messages.length ? 'row-invalid' : undefined}>
                  <td>
                    <label className="visually-hidden" htmlFor={`count-${row.key}-member`}>
                      Member of row {index + 1}
                    </label>
                    <select
                      id={`count-${row.key}-member`}
                      value={row.memberId}
                      aria-invalid={invalid('memberId')}
                      aria-describedby={describedBy('memberId')}
                      onChange={(event) => change(row.key, 'memberId', event.target.value)}
                    >
                      <option value="">Choose a Member</option>
                      <option value={notByMember} disabled={used.has(notByMember) || namedMemberIds.has(notByMember)}>
                        Not broken down by Member
                      </option>
                      {members.map((m) => (
                        <option key={m.id} value={m.id} disabled={used.has(String(m.id)) || namedMemberIds.has(String(m.id))}>
                          {m.name} ({m.code})
                        </option>
                      ))}
                    </select>
                  </td>
                  {numberColumns.map((c) => (
                    <td key={c.key}>
                      <label className="visually-hidden" htmlFor={`count-${row.key}-${c.key}`}>
                        {c.label}, {name}
                      </label>
                      <input
                        id={`count-${row.key}-${c.key}`}
                        type="number"
                        inputMode="numeric"
                        min={0}
                        step={1}
                        value={row[c.key]}
                        aria-invalid={invalid(c.key)}
                        aria-describedby={describedBy(c.key)}
                        onChange={(event) => change(row.key, c.key, event.target.value)}
                      />
                    </td>
                  ))}
                  <td className="col-number">
                    <output htmlFor={numberColumns.map((c) => `count-${row.key}-${c.key}`).join(' ')} aria-label={`Total, ${name}`}>
                      {formatNumber(rowTotal(row))}
                    </output>
                  </td>
                  <td>
                    <label className="visually-hidden" htmlFor={`count-${row.key}-total`}>
                      Total the source states (optional check), {name}
                    </label>
                    <input
                      id={`count-${row.key}-total`}
                      type="number"
                      inputMode="numeric"
                      min={0}
                      step={1}
                      value={row.total}
                      aria-invalid={invalid('total')}
                      aria-describedby={describedBy('total')}
                      onChange={(event) => change(row.key, 'total', event.target.value)}
                    />
                  </td>
                  <td>
                    <label className="visually-hidden" htmlFor={`count-${row.key}-observers`}>
                      Observers, {name}
                    </label>
                    <input
                      id={`count-${row.key}-observers`}
                      type="number"
                      inputMode="numeric"
                      min={0}
                      step={1}
                      value={row.observers}
                      aria-invalid={invalid('observers')}
                      aria-describedby={describedBy('observers')}
                      onChange={(event) => change(row.key, 'observers', event.target.value)}
                    />
                  </td>
                  <td>
                    <label className="visually-hidden" htmlFor={`count-${row.key}-hod`}>
                      Head of delegation&apos;s gender, {name}
                    </label>
                    <select
                      id={`count-${row.key}-hod`}
                      value={row.headOfDelegationGender}
                      aria-invalid={invalid('headOfDelegationGender')}
                      aria-describedby={describedBy('headOfDelegationGender')}
                      onChange={(event) => change(row.key, 'headOfDelegationGender', event.target.value as Gender | '')}
                    >
                      <option value="">None / not known</option>
                      {genders.map((g) => (
                        <option key={g} value={g}>
                          {genderLabels[g]}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button button-link"
                      onClick={() => {
                        // The API's messages point at rows by position: they no longer fit once a row goes.
                        save.reset();
                        setRows((current) => current.filter((r) => r.key !== row.key));
                      }}
                    >
                      Remove<span className="visually-hidden"> the row of {name}</span>
                    </button>
                  </td>
                </tr>,
                messages.length > 0 ? (
                  <tr key={`${row.key}-errors`} className="row-errors">
                    <td colSpan={10}>
                      <p id={errorId} className="field-error">
                        {name === `row ${index + 1}` ? `Row ${index + 1}` : name}: {messages.join(' ')}
                      </p>
                    </td>
                  </tr>
                ) : null,
              ];
            })}
          </tbody>
        </table>
      </div>
      <p className="counts-total" aria-live="polite">
        Total: <strong>{formatNumber(totals.participants)}</strong> {totals.participants === 1 ? 'participant' : 'participants'}
        {totals.observers > 0 ? `, and ${formatNumber(totals.observers)} ${totals.observers === 1 ? 'observer' : 'observers'}` : ''}
        {fromNames.length > 0 ? ' (entered by hand)' : ''}.
      </p>
      <div className="form-actions">
        <button type="button" className="button button-secondary" onClick={() => setRows((current) => [...current, newCountRow()])}>
          Add a Member row
        </button>
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save counts'}
        </button>
        <button type="button" className="button button-link" onClick={() => onDone()}>
          Cancel
        </button>
      </div>
    </form>
  );
}
