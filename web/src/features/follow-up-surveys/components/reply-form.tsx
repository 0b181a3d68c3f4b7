import { useState, type FormEvent, type ReactNode } from 'react';
import { SelectField, TextAreaField, TextField } from '@/components/ui/fields';
import { FocusOnChange } from '@/components/ui/focus-alert';
import { FormProblem } from '@/components/ui/form-problem';
import { fieldErrorsOf, isApiError } from '@/lib/api/problem';
import type { Member } from '@/lib/api/types';
import { todayIso } from '@/lib/format';
import type { SurveyWorkshop } from '../api/types';
import { answerLabels, answers, type Answer } from '../utils/analysis-series';
import { actionKeys, outcomeKeys, replyFieldLabels, type ReplyFormValues, type YesNoKey } from '../utils/reply-values';

interface AnswerGroupProps {
  idPrefix: string;
  field: YesNoKey;
  value: Answer;
  errors?: string[];
  onChange: (value: Answer) => void;
}

/** One yes / no / not known question as a group of radio buttons named by its legend. */
function AnswerGroup({ idPrefix, field, value, errors, onChange }: AnswerGroupProps) {
  const id = `${idPrefix}-${field}`;
  const invalid = Boolean(errors?.length);
  return (
    <fieldset
      className={['surveys-answer', invalid ? 'field-invalid' : ''].join(' ').trim()}
      aria-describedby={invalid ? `${id}-error` : undefined}
    >
      <legend>{replyFieldLabels[field]}</legend>
      {invalid ? (
        <p id={`${id}-error`} className="field-error">
          {errors?.join(' ')}
        </p>
      ) : null}
      <div className="surveys-answer-options">
        {answers.map((answer, index) => (
          <label key={answer} className="surveys-radio">
            <input
              type="radio"
              id={index === 0 ? id : undefined}
              name={id}
              value={answer}
              checked={value === answer}
              onChange={() => onChange(answer)}
            />
            {answerLabels[answer]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

interface ReplyFormProps {
  idPrefix: string;
  initial: ReplyFormValues;
  workshops: readonly SurveyWorkshop[];
  /** Staff choose the administration; undefined: it is fixed (a focal point's own Member, or an edit). */
  members?: readonly Member[];
  /** The fixed administration's name. */
  memberName?: string;
  /** An edit: the workshop and the administration stay. */
  editing?: boolean;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (values: ReplyFormValues) => void;
  /** Offered after a 412, to load the current version. */
  onReload?: () => void;
  /** Offered after a 409 (the administration already replied): shows the replies about that workshop. */
  onShowWorkshopReplies?: (workshopId: number) => void;
  actions?: ReactNode;
}

/** An administration's answers about one workshop: the follow-up actions, what came of them, and a success story. */
export function ReplyForm({
  idPrefix,
  initial,
  workshops,
  members,
  memberName,
  editing = false,
  submitLabel,
  pending,
  error,
  onSubmit,
  onReload,
  onShowWorkshopReplies,
  actions,
}: ReplyFormProps) {
  const [values, setValues] = useState(initial);
  // A missing choice is told here: the API cannot read an empty workshop or administration.
  const [localErrors, setLocalErrors] = useState<Record<string, string[]>>({});
  // A refusal is about the workshop and administration it was sent for: choosing others puts it aside.
  const [setAside, setSetAside] = useState<unknown>();
  const current = error && error !== setAside ? error : undefined;
  const errors = { ...fieldErrorsOf(current), ...localErrors };
  const conflict = isApiError(current) && current.status === 409 ? current : undefined;
  const sorted = [...workshops].sort((a, b) => a.number - b.number);

  const set = <K extends keyof ReplyFormValues>(key: K, value: ReplyFormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    if (key === 'workshopId' || key === 'memberId') setSetAside(error);
    setLocalErrors((e) => Object.fromEntries(Object.entries(e).filter(([field]) => field !== key)));
  };

  const text = (key: 'otherActionsText' | 'directEffectsExample' | 'successStory' | 'receivedOn') => ({
    id: `${idPrefix}-${key}`,
    name: key,
    label: replyFieldLabels[key] ?? key,
    value: values[key],
    errors: errors[key],
    onChange: (event: { target: { value: string } }) => set(key, event.target.value),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const missing: Record<string, string[]> = {};
    if (!values.workshopId) missing.workshopId = ['Choose the workshop the reply is about.'];
    if (!values.memberId) missing.memberId = ['Choose the administration that replied.'];
    setLocalErrors(missing);
    if (Object.keys(missing).length === 0) onSubmit(values);
  };

  const answerGroup = (field: YesNoKey) => (
    <AnswerGroup key={field} idPrefix={idPrefix} field={field} value={values[field]} errors={errors[field]} onChange={(a) => set(field, a)} />
  );

  const workshopName = (id: string) => {
    const w = workshops.find((x) => String(x.id) === id);
    return w ? `${w.number}. ${w.activityTitle}` : id;
  };

  return (
    <form className="form surveys-reply-form" onSubmit={submit} noValidate aria-busy={pending || undefined}>
      {conflict ? (
        <FocusOnChange trigger={conflict}>
          <div className="alert alert-warning" role="alert">
            <p className="alert-title">{conflict.problem.detail ?? 'This administration has already replied about this workshop.'}</p>
            <p>
              Each administration replies once about a workshop: nothing was recorded. Change the reply that is there instead.
            </p>
            {onShowWorkshopReplies && values.workshopId ? (
              <button type="button" className="button button-secondary button-small" onClick={() => onShowWorkshopReplies(Number(values.workshopId))}>
                Show the replies about this workshop
              </button>
            ) : null}
          </div>
        </FocusOnChange>
      ) : (
        <FormProblem error={current} entityName="reply" fieldLabels={replyFieldLabels} idPrefix={idPrefix} onReload={onReload} />
      )}
      {Object.keys(localErrors).length > 0 ? (
        <p className="alert alert-error" role="alert">
          {Object.values(localErrors)
            .map((m) => m.join(' '))
            .join(' ')}
        </p>
      ) : null}
      <div className="form-grid">
        {editing ? (
          <div className="field">
            <span className="field-label">{replyFieldLabels.workshopId}</span>
            <p className="field-static">{workshopName(values.workshopId)}</p>
          </div>
        ) : (
          <SelectField
            id={`${idPrefix}-workshopId`}
            name="workshopId"
            label={replyFieldLabels.workshopId ?? 'Workshop'}
            required
            className="field-span-2"
            value={values.workshopId}
            errors={errors.workshopId}
            onChange={(event) => set('workshopId', event.target.value)}
          >
            <option value="">Choose a workshop</option>
            {sorted.map((w) => (
              <option key={w.id} value={w.id}>
                {w.number}. {w.activityTitle}
              </option>
            ))}
          </SelectField>
        )}
        {members && !editing ? (
          <SelectField
            id={`${idPrefix}-memberId`}
            name="memberId"
            label={replyFieldLabels.memberId ?? 'Administration'}
            required
            value={values.memberId}
            errors={errors.memberId}
            hint="Only an administration that took part in the workshop replies."
            onChange={(event) => set('memberId', event.target.value)}
          >
            <option value="">Choose a Member</option>
            {members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name} ({m.code})
              </option>
            ))}
          </SelectField>
        ) : (
          <div className={['field', errors.memberId?.length ? 'field-invalid' : ''].join(' ').trim()}>
            <span className="field-label" id={`${idPrefix}-memberId-label`}>
              {replyFieldLabels.memberId}
            </span>
            <p className="field-static" id={`${idPrefix}-memberId`} tabIndex={-1} aria-labelledby={`${idPrefix}-memberId-label ${idPrefix}-memberId`}>
              {memberName ?? '—'}
            </p>
            {errors.memberId?.length ? <p className="field-error">{errors.memberId.join(' ')}</p> : null}
          </div>
        )}
        <TextField {...text('receivedOn')} type="date" max={todayIso()} hint="When the reply arrived, if known; not after today." />
      </div>

      <fieldset className="fieldset">
        <legend>Follow-up actions taken after the workshop</legend>
        <div className="surveys-answer-grid">{actionKeys.map(answerGroup)}</div>
        {values.otherActions === 'yes' ? (
          <TextAreaField {...text('otherActionsText')} required rows={2} className="field-wide" hint="e.g. a new standard operating procedure, a change in the law." />
        ) : null}
      </fieldset>

      <fieldset className="fieldset">
        <legend>What came of them</legend>
        <div className="surveys-answer-grid">{outcomeKeys.map(answerGroup)}</div>
        {values.directEffects === 'yes' ? (
          <TextAreaField {...text('directEffectsExample')} rows={2} className="field-wide" hint="An example of the effects, if the reply gives one." />
        ) : null}
      </fieldset>

      <TextAreaField
        {...text('successStory')}
        rows={3}
        className="field-wide"
        hint="A success story the administration tells, in its words. It is listed with the round's results."
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={pending}>
          {pending ? 'Saving…' : submitLabel}
        </button>
        {actions}
      </div>
    </form>
  );
}
