import { SelectField } from '@/components/ui/fields';
import {
  deliveries,
  deliveryLabel,
  implementationStatusLabel,
  implementationStatuses,
  needLevelHint,
  needLevelLabel,
  needLevels,
  quarterLabel,
  quarters,
} from '../utils/labels';

interface PickerProps<T> {
  /** The id of the input (for a radio group: of its first radio, so an error link can focus it). */
  id: string;
  label: string;
  value: T;
  onChange: (value: T) => void;
  errors?: string[];
  disabled?: boolean;
  required?: boolean;
}

/** The need level 0–3 as radio buttons with their words (arrow keys move within the group), and a way back to "no answer". */
export function NeedLevelPicker({ id, label, value, onChange, errors, disabled, required }: PickerProps<number | null>) {
  const invalid = Boolean(errors?.length);
  return (
    <fieldset className={invalid ? 'field needs-level field-invalid' : 'field needs-level'} aria-describedby={invalid ? `${id}-error` : undefined}>
      <legend>
        {label}
        {required ? <span className="required"> (required)</span> : null}
      </legend>
      {invalid ? (
        <p id={`${id}-error`} className="field-error">
          {errors!.join(' ')}
        </p>
      ) : null}
      <div className="needs-level-options">
        {needLevels.map((level, i) => (
          <label key={level} className="needs-level-option" title={needLevelHint(level)}>
            <input
              type="radio"
              id={i === 0 ? id : `${id}-${level}`}
              name={id}
              value={level}
              checked={value === level}
              disabled={disabled}
              aria-invalid={invalid || undefined}
              onChange={() => onChange(level)}
            />{' '}
            {needLevelLabel(level)}
          </label>
        ))}
        {value !== null && !disabled ? (
          <button type="button" className="button-link small" onClick={() => onChange(null)}>
            Clear
          </button>
        ) : null}
      </div>
    </fieldset>
  );
}

export function ImplementationStatusSelect({ id, label, value, onChange, errors, disabled, required }: PickerProps<string>) {
  return (
    <SelectField id={id} label={label} value={value} onChange={(e) => onChange(e.target.value)} errors={errors} disabled={disabled} required={required}>
      <option value="">(not answered)</option>
      {implementationStatuses.map((s) => (
        <option key={s} value={s}>
          {implementationStatusLabel(s)}
        </option>
      ))}
    </SelectField>
  );
}

export function DeliverySelect({ id, label, value, onChange, errors, disabled, required }: PickerProps<string>) {
  return (
    <SelectField id={id} label={label} value={value} onChange={(e) => onChange(e.target.value)} errors={errors} disabled={disabled} required={required}>
      <option value="">(no preference)</option>
      {deliveries.map((d) => (
        <option key={d} value={d}>
          {deliveryLabel(d)}
        </option>
      ))}
    </SelectField>
  );
}

/** A quarter of the fiscal year planned for, with its months and calendar year. */
export function QuarterSelect({ id, label, value, onChange, errors, disabled, required, fiscalYear }: PickerProps<number | null> & { fiscalYear?: number }) {
  return (
    <SelectField
      id={id}
      label={label}
      value={value === null ? '' : String(value)}
      onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
      errors={errors}
      disabled={disabled}
      required={required}
    >
      <option value="">(any time)</option>
      {quarters.map((q) => (
        <option key={q} value={q}>
          {quarterLabel(q, fiscalYear)}
        </option>
      ))}
    </SelectField>
  );
}
