import { useState } from 'react';
import { isIsoDay } from '@/lib/format';

interface AsOfFieldProps {
  id: string;
  label?: string;
  /** The date in effect, yyyy-mm-dd. */
  value: string;
  /** Called with a whole, real date; undefined when the field is emptied (back to the default). */
  onCommit: (value: string | undefined) => void;
  hint?: string;
}

/**
 * A date field that hands over only whole dates: while a date is being typed segment by segment the
 * browser reports it as empty, which must not reset what is shown. Emptying the field and leaving it
 * goes back to the default date.
 */
export function AsOfField({ id, label = 'As of', value, onCommit, hint }: AsOfFieldProps) {
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  // A new value from outside (the address changed) replaces what is in the field.
  if (shown !== value) {
    setShown(value);
    setDraft(value);
  }
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        type="date"
        value={draft}
        min="1990-01-01"
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => {
          const next = event.target.value;
          setDraft(next);
          if (isIsoDay(next) && next !== value) onCommit(next);
        }}
        onBlur={() => {
          if (draft === '') onCommit(undefined);
          if (!isIsoDay(draft)) setDraft(value);
        }}
      />
    </div>
  );
}
