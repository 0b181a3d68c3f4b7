import { useState, type FormEvent } from 'react';
import { TextField } from '@/components/ui/fields';
import { FormProblem } from '@/components/ui/form-problem';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { fieldErrorsOf } from '@/lib/api/problem';
import { formatDay } from '@/lib/format';
import { useAddUnavailability, useDeleteUnavailability } from '../api/mutations';
import type { Unavailability } from '../api/types';

const fieldLabels = { startsOn: 'First day', endsOn: 'Last day', reason: 'Reason' };

/** An expert's unavailability periods, with a form to add one and buttons to remove them when allowed. */
export function UnavailabilitySection({ expertId, periods, canEdit }: { expertId: number; periods: Unavailability[]; canEdit: boolean }) {
  const add = useAddUnavailability(expertId);
  const remove = useDeleteUnavailability(expertId);
  const [formKey, setFormKey] = useState(0);
  const errors = fieldErrorsOf(add.error);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (k: string) => String(form.get(k) ?? '').trim();
    add.mutate(
      { startsOn: text('startsOn'), endsOn: text('endsOn'), reason: text('reason') || null },
      { onSuccess: () => setFormKey((k) => k + 1) },
    );
  };

  return (
    <section className="section" aria-labelledby="unavailability-title">
      <h2 id="unavailability-title">Unavailability</h2>
      {periods.length === 0 ? (
        <p className="muted">No unavailability recorded.</p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">Unavailability periods</caption>
          <thead>
            <tr>
              <th scope="col">From</th>
              <th scope="col">To</th>
              <th scope="col">Reason</th>
              {canEdit ? <th scope="col">Actions</th> : null}
            </tr>
          </thead>
          <tbody>
            {periods.map((p) => (
              <tr key={p.id}>
                <td>{formatDay(p.startsOn)}</td>
                <td>{formatDay(p.endsOn)}</td>
                <td>{p.reason ?? <span className="muted">—</span>}</td>
                {canEdit ? (
                  <td>
                    <button
                      type="button"
                      className="button button-secondary button-small"
                      disabled={remove.isPending}
                      onClick={() => remove.mutate(p.id)}
                    >
                      Remove <span className="visually-hidden">the period from {formatDay(p.startsOn)}</span>
                    </button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {remove.error ? <ProblemAlert error={remove.error} fallbackTitle="The period was not removed" /> : null}
      {canEdit ? (
        <form className="inline-form" onSubmit={submit} key={formKey} aria-labelledby="unavailability-add-title" noValidate>
          <h3 id="unavailability-add-title" className="visually-hidden">
            Add an unavailability period
          </h3>
          <FormProblem error={add.error} entityName="unavailability period" fieldLabels={fieldLabels} idPrefix="unavailability" />
          <TextField id="unavailability-startsOn" name="startsOn" type="date" label="First day" required errors={errors.startsOn} />
          <TextField id="unavailability-endsOn" name="endsOn" type="date" label="Last day" required errors={errors.endsOn} />
          <TextField id="unavailability-reason" name="reason" label="Reason" errors={errors.reason} />
          <button type="submit" className="button" disabled={add.isPending}>
            {add.isPending ? 'Adding…' : 'Add period'}
          </button>
        </form>
      ) : null}
    </section>
  );
}
