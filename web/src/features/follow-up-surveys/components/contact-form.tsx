import { useState, type FormEvent } from 'react';
import { TextField } from '@/components/ui/fields';
import { FormProblem } from '@/components/ui/form-problem';
import { fieldErrorsOf } from '@/lib/api/problem';
import { isIsoDay, todayIso } from '@/lib/format';
import type { RecordSurveyContactInput, SurveyContactKind, SurveyWorkshop } from '../api/types';
import { contactKindLabel, contactKinds, suggestedContactKind } from '../utils/survey-labels';

const fieldLabels = { kind: 'What was sent', on: 'Date' };

interface ContactFormProps {
  workshop: SurveyWorkshop;
  pending: boolean;
  error: unknown;
  onSubmit: (input: RecordSurveyContactInput) => void;
  onCancel: () => void;
}

/** Records that the questionnaire, a reminder or the feedback went to a workshop's participants, and when. */
export function ContactForm({ workshop, pending, error, onSubmit, onCancel }: ContactFormProps) {
  const idPrefix = `contact-${workshop.id}`;
  const [kind, setKind] = useState<SurveyContactKind>(() => suggestedContactKind(workshop.state));
  const [on, setOn] = useState(todayIso());
  // An empty or half-typed date is told here: the API cannot read it at all.
  const [dateMissing, setDateMissing] = useState(false);
  const errors: Record<string, string[] | undefined> = { ...fieldErrorsOf(error), ...(dateMissing ? { on: ['Give the date it was sent.'] } : {}) };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const valid = isIsoDay(on);
    setDateMissing(!valid);
    if (valid) onSubmit({ kind, on });
  };

  return (
    <form
      className="form surveys-contact-form"
      onSubmit={submit}
      noValidate
      aria-busy={pending || undefined}
      aria-label={`Record a contact for workshop ${workshop.number}`}
    >
      <FormProblem error={error} entityName="contact" fieldLabels={fieldLabels} idPrefix={idPrefix} />
      <div className="surveys-contact-fields">
        <fieldset
          className={['fieldset surveys-radio-group', errors.kind?.length ? 'field-invalid' : ''].join(' ').trim()}
          aria-describedby={errors.kind?.length ? `${idPrefix}-kind-error` : undefined}
        >
          <legend>What was sent</legend>
          {errors.kind?.length ? (
            <p id={`${idPrefix}-kind-error`} className="field-error">
              {errors.kind.join(' ')}
            </p>
          ) : null}
          {contactKinds.map((k, index) => (
            <label key={k} className="surveys-radio">
              <input
                type="radio"
                name={`${idPrefix}-kind`}
                id={index === 0 ? `${idPrefix}-kind` : undefined}
                value={k}
                checked={kind === k}
                onChange={() => setKind(k)}
              />
              {contactKindLabel(k)}
            </label>
          ))}
        </fieldset>
        <TextField
          id={`${idPrefix}-on`}
          name="on"
          label={fieldLabels.on}
          type="date"
          required
          max={todayIso()}
          value={on}
          errors={errors.on}
          hint="The day it went out; not after today."
          onChange={(event) => {
            setOn(event.target.value);
            setDateMissing(false);
          }}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={pending}>
          {pending ? 'Saving…' : 'Save'}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
