import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  /** Messages for this field, e.g. from a 400's `errors[field]`. */
  errors?: string[];
  required?: boolean;
}

function describedBy(id: string, hint?: string, errors?: string[]): string | undefined {
  const ids = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function FieldMessages({ id, hint, errors }: Pick<FieldProps, 'id' | 'hint' | 'errors'>) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={`${id}-error`} className="field-error">
          {errors.join(' ')}
        </p>
      ) : null}
    </>
  );
}

function LabelText({ label, required }: { label: string; required?: boolean }) {
  return (
    <>
      {label}
      {required ? <span className="required"> (required)</span> : null}
    </>
  );
}

type TextFieldProps = FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'required'>;

export function TextField({ id, label, hint, errors, required, className, ...input }: TextFieldProps) {
  const invalid = Boolean(errors?.length);
  return (
    <div className={['field', invalid ? 'field-invalid' : '', className ?? ''].join(' ').trim()}>
      <label htmlFor={id}>
        <LabelText label={label} required={required} />
      </label>
      <FieldMessages id={id} hint={hint} errors={errors} />
      <input
        id={id}
        aria-invalid={invalid || undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy(id, hint, errors)}
        {...input}
      />
    </div>
  );
}

type TextAreaFieldProps = FieldProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'required'>;

/** For text that may run over several lines (an input would drop its line breaks). */
export function TextAreaField({ id, label, hint, errors, required, className, ...textarea }: TextAreaFieldProps) {
  const invalid = Boolean(errors?.length);
  return (
    <div className={['field', invalid ? 'field-invalid' : '', className ?? ''].join(' ').trim()}>
      <label htmlFor={id}>
        <LabelText label={label} required={required} />
      </label>
      <FieldMessages id={id} hint={hint} errors={errors} />
      <textarea
        id={id}
        aria-invalid={invalid || undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy(id, hint, errors)}
        {...textarea}
      />
    </div>
  );
}

type SelectFieldProps = FieldProps & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'required'> & { children: ReactNode };

export function SelectField({ id, label, hint, errors, required, className, children, ...select }: SelectFieldProps) {
  const invalid = Boolean(errors?.length);
  return (
    <div className={['field', invalid ? 'field-invalid' : '', className ?? ''].join(' ').trim()}>
      <label htmlFor={id}>
        <LabelText label={label} required={required} />
      </label>
      <FieldMessages id={id} hint={hint} errors={errors} />
      <select
        id={id}
        aria-invalid={invalid || undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy(id, hint, errors)}
        {...select}
      >
        {children}
      </select>
    </div>
  );
}

type CheckboxFieldProps = Omit<FieldProps, 'required'> & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'>;

export function CheckboxField({ id, label, hint, errors, className, ...input }: CheckboxFieldProps) {
  const invalid = Boolean(errors?.length);
  return (
    <div className={['field field-checkbox', invalid ? 'field-invalid' : '', className ?? ''].join(' ').trim()}>
      <input
        id={id}
        type="checkbox"
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(id, hint, errors)}
        {...input}
      />
      <label htmlFor={id}>{label}</label>
      <FieldMessages id={id} hint={hint} errors={errors} />
    </div>
  );
}
