import { useState, type FormEvent, type ReactNode } from 'react';
import { TextField } from '@/components/ui/fields';
import { FormProblem } from '@/components/ui/form-problem';
import { fieldErrorsOf } from '@/lib/api/problem';
import type { CreateSurveyRoundInput } from '../api/types';

export const roundFieldLabels: Record<keyof CreateSurveyRoundInput, string> = {
  code: 'Code',
  title: 'Title',
  fiscalYear: 'Fiscal year (starting year)',
  replyWindowDays: 'Reply window (days)',
};

interface RoundFormValues {
  code: string;
  title: string;
  fiscalYear: string;
  replyWindowDays: string;
}

/** A whole number as typed, or NaN-free 0 when the field is empty or not a number (the API then says what is wrong). */
function wholeNumber(value: string): number {
  const trimmed = value.trim();
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : 0;
}

export function toRoundInput(values: RoundFormValues): CreateSurveyRoundInput {
  return {
    code: values.code,
    title: values.title,
    fiscalYear: wholeNumber(values.fiscalYear),
    replyWindowDays: wholeNumber(values.replyWindowDays),
  };
}

/** The fiscal year the ROCB is in on a date (1 July – 30 June), by its starting year. */
export function fiscalYearOf(today: string): number {
  const [year, month] = today.split('-').map(Number) as [number, number];
  return month >= 7 ? year : year - 1;
}

interface NewRoundFormProps {
  /** The fiscal year offered first (the one before the current: its workshops are surveyed now). */
  defaultFiscalYear: number;
  pending: boolean;
  error: unknown;
  onSubmit: (input: CreateSurveyRoundInput) => void;
  actions?: ReactNode;
}

const idPrefix = 'new-round';

export function NewRoundForm({ defaultFiscalYear, pending, error, onSubmit, actions }: NewRoundFormProps) {
  const [values, setValues] = useState<RoundFormValues>({
    code: '',
    title: '',
    fiscalYear: String(defaultFiscalYear),
    replyWindowDays: '21',
  });
  const errors = fieldErrorsOf(error);
  const field = (key: keyof RoundFormValues) => ({
    id: `${idPrefix}-${key}`,
    name: key,
    label: roundFieldLabels[key],
    value: values[key],
    errors: errors[key],
    onChange: (event: { target: { value: string } }) => {
      const value = event.target.value;
      setValues((v) => ({ ...v, [key]: value }));
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(toRoundInput(values));
  };

  const year = wholeNumber(values.fiscalYear);
  const yearHint =
    year >= 1000 && year <= 9998
      ? `FY${year}/${String((year + 1) % 100).padStart(2, '0')}: workshops from 1 July ${year} to 30 June ${year + 1}.`
      : 'The year the fiscal year starts: 2018 = FY2018/19.';

  return (
    <form className="form" onSubmit={submit} noValidate aria-busy={pending || undefined}>
      <FormProblem error={error} entityName="round" fieldLabels={roundFieldLabels} idPrefix={idPrefix} />
      <div className="form-grid">
        <TextField {...field('code')} required autoComplete="off" spellCheck={false} hint="e.g. FUS-2026" maxLength={30} />
        <TextField {...field('fiscalYear')} required type="number" inputMode="numeric" min={2000} max={2100} hint={yearHint} />
        <TextField
          {...field('replyWindowDays')}
          required
          type="number"
          inputMode="numeric"
          min={1}
          max={365}
          hint="Days the administrations have to reply once the questionnaire is sent (3 weeks usually)."
        />
      </div>
      <TextField {...field('title')} required className="field-wide" autoComplete="off" maxLength={300} />
      <p className="small muted">
        The round takes in every delivered regional and sub-regional workshop of that fiscal year that the ROCB organised or
        co-organised, numbered by date, each to be asked six months after it ended.
      </p>
      <div className="form-actions">
        <button type="submit" className="button" disabled={pending}>
          {pending ? 'Opening…' : 'Open the round'}
        </button>
        {actions}
      </div>
    </form>
  );
}
