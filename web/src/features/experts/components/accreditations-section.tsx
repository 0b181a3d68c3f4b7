import { useState, type FormEvent } from 'react';
import { SelectField, TextField } from '@/components/ui/fields';
import { FormProblem } from '@/components/ui/form-problem';
import { fieldErrorsOf } from '@/lib/api/problem';
import { formatDay } from '@/lib/format';
import { useAddAccreditation, useChangeAccreditationStatus } from '../api/mutations';
import type { Accreditation, AccreditationCategory, AccreditationStatus } from '../api/types';
import {
  accreditationCategories,
  accreditationCategoryLabels,
  accreditationStatuses,
  accreditationStatusLabels,
  label,
  nextAccreditationStatus,
} from '../utils/labels';
import { AccreditationBadge } from './badges';

const changeLabels = { status: 'New status', on: 'On', validFrom: 'Valid from', validUntil: 'Valid until', evidence: 'Evidence', overrideReason: 'Reason for skipping a step' };
const addLabels = { category: 'Category', area: 'Area', status: 'Status', validFrom: 'Valid from', validUntil: 'Valid until', evidence: 'Evidence' };

function ChangeStatusForm({ expertId, accreditation, onDone }: { expertId: number; accreditation: Accreditation; onDone: () => void }) {
  const change = useChangeAccreditationStatus(expertId);
  const next = nextAccreditationStatus[accreditation.status];
  const [status, setStatus] = useState<AccreditationStatus>(next ?? 'withdrawn');
  const errors = fieldErrorsOf(change.error);
  const skips = status !== next && status !== 'withdrawn';
  const prefix = `accreditation-${accreditation.id}`;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (k: string) => String(form.get(k) ?? '').trim() || null;
    change.mutate(
      {
        accreditationId: accreditation.id,
        input: { status, on: text('on'), validFrom: text('validFrom'), validUntil: text('validUntil'), evidence: text('evidence'), overrideReason: text('overrideReason') },
      },
      { onSuccess: onDone },
    );
  };
  return (
    <form className="inline-form" onSubmit={submit} noValidate aria-label={`Change the status of accreditation #${accreditation.id}`}>
      <FormProblem error={change.error} entityName="accreditation" fieldLabels={changeLabels} idPrefix={prefix} />
      <SelectField id={`${prefix}-status`} label="New status" value={status} onChange={(e) => setStatus(e.target.value as AccreditationStatus)} errors={errors.status}>
        {accreditationStatuses
          .filter((s) => s !== accreditation.status)
          .map((s) => (
            <option key={s} value={s}>
              {accreditationStatusLabels[s]}
            </option>
          ))}
      </SelectField>
      <TextField id={`${prefix}-on`} name="on" type="date" label="On" errors={errors.on} />
      {status === 'accredited' ? (
        <>
          <TextField id={`${prefix}-validFrom`} name="validFrom" type="date" label="Valid from" errors={errors.validFrom} />
          <TextField id={`${prefix}-validUntil`} name="validUntil" type="date" label="Valid until" errors={errors.validUntil} />
        </>
      ) : null}
      <TextField id={`${prefix}-evidence`} name="evidence" label="Evidence" errors={errors.evidence} />
      {skips ? (
        <TextField
          id={`${prefix}-overrideReason`}
          name="overrideReason"
          label="Reason for skipping a step"
          hint={`The usual next step is ${label(accreditationStatusLabels, next ?? '') || 'none'}.`}
          required
          errors={errors.overrideReason}
        />
      ) : null}
      <button type="submit" className="button" disabled={change.isPending}>
        {change.isPending ? 'Saving…' : 'Change status'}
      </button>
      <button type="button" className="button button-link" onClick={onDone}>
        Cancel
      </button>
    </form>
  );
}

function AddAccreditationForm({ expertId }: { expertId: number }) {
  const add = useAddAccreditation(expertId);
  const [key, setKey] = useState(0);
  const errors = fieldErrorsOf(add.error);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (k: string) => String(form.get(k) ?? '').trim() || null;
    add.mutate(
      {
        category: (text('category') ?? 'unspecified') as AccreditationCategory,
        area: text('area'),
        status: (text('status') ?? 'candidate') as AccreditationStatus,
        validFrom: text('validFrom'),
        validUntil: text('validUntil'),
        evidence: text('evidence'),
      },
      { onSuccess: () => setKey((k) => k + 1) },
    );
  };
  return (
    <form className="inline-form" onSubmit={submit} key={key} noValidate aria-labelledby="add-accreditation-title">
      <h3 id="add-accreditation-title">Record an accreditation</h3>
      <FormProblem error={add.error} entityName="accreditation" fieldLabels={addLabels} idPrefix="add-accreditation" />
      <SelectField id="add-accreditation-category" name="category" label="Category" errors={errors.category} defaultValue="unspecified">
        {accreditationCategories.map((c) => (
          <option key={c} value={c}>
            {accreditationCategoryLabels[c]}
          </option>
        ))}
      </SelectField>
      <TextField id="add-accreditation-area" name="area" label="Area" errors={errors.area} />
      <SelectField id="add-accreditation-status" name="status" label="Status" errors={errors.status} defaultValue="candidate">
        {accreditationStatuses.map((s) => (
          <option key={s} value={s}>
            {accreditationStatusLabels[s]}
          </option>
        ))}
      </SelectField>
      <TextField id="add-accreditation-validFrom" name="validFrom" type="date" label="Valid from" errors={errors.validFrom} />
      <TextField id="add-accreditation-validUntil" name="validUntil" type="date" label="Valid until" errors={errors.validUntil} />
      <TextField id="add-accreditation-evidence" name="evidence" label="Evidence" errors={errors.evidence} />
      <button type="submit" className="button" disabled={add.isPending}>
        {add.isPending ? 'Recording…' : 'Record accreditation'}
      </button>
    </form>
  );
}

/** Each accreditation's current status, with status changes and a new accreditation for Staff (the history is in AccreditationTimeline). */
export function AccreditationsSection({ expertId, accreditations, canEdit }: { expertId: number; accreditations: Accreditation[]; canEdit: boolean }) {
  const [changing, setChanging] = useState<number>();
  return (
    <section className="section" aria-labelledby="accreditations-title">
      <h2 id="accreditations-title">Accreditations</h2>
      {accreditations.length === 0 ? (
        <p className="muted">No accreditation recorded.</p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">Accreditations and where each stands</caption>
          <thead>
            <tr>
              <th scope="col">Category</th>
              <th scope="col">Status</th>
              <th scope="col">Since</th>
              <th scope="col">Valid</th>
              <th scope="col">Evidence</th>
              {canEdit ? <th scope="col">Actions</th> : null}
            </tr>
          </thead>
          <tbody>
            {accreditations.map((a) => (
              <tr key={a.id}>
                <th scope="row">
                  {label(accreditationCategoryLabels, a.category)}
                  {a.area ? <span className="muted small"> · {a.area}</span> : null}
                </th>
                <td>
                  <AccreditationBadge status={a.status} />
                  {a.overrideReason ? <p className="small muted">Step skipped: {a.overrideReason}</p> : null}
                </td>
                <td>{formatDay(a.statusSince) || <span className="muted">—</span>}</td>
                <td>{a.validFrom || a.validUntil ? `${formatDay(a.validFrom) || '…'} – ${formatDay(a.validUntil) || '…'}` : <span className="muted">—</span>}</td>
                <td>{a.evidence ?? <span className="muted">—</span>}</td>
                {canEdit ? (
                  <td>
                    {changing === a.id ? (
                      <ChangeStatusForm expertId={expertId} accreditation={a} onDone={() => setChanging(undefined)} />
                    ) : a.status !== 'withdrawn' ? (
                      <button type="button" className="button button-secondary button-small" onClick={() => setChanging(a.id)}>
                        Change status <span className="visually-hidden">of the {label(accreditationCategoryLabels, a.category)} accreditation</span>
                      </button>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canEdit ? <AddAccreditationForm expertId={expertId} /> : null}
    </section>
  );
}
