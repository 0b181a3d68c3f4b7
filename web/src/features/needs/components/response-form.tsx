import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { SelectField, TextAreaField, TextField } from '@/components/ui/fields';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { isApiError } from '@/lib/api/problem';
import { formatDateTime, formatDay } from '@/lib/format';
import { needsKeys, needsResponseQueryOptions, saveNeedsResponse, submitNeedsResponse } from '../api/needs';
import type { NeedsCycle, NeedsQuestion, NeedsResponse, SaveNeedsResponseInput } from '../api/types';
import { answersBody, answerOf, draftFrom, emptyAnswer, prioritiesBody, progressOf, type AnswerDraft, type ResponseDraft } from '../utils/response-form';
import { errorsByField, type FieldErrors } from '../utils/response-errors';
import { useAutosave } from '../utils/use-autosave';
import { FormProgress } from './form-progress';
import { DeliverySelect, ImplementationStatusSelect, NeedLevelPicker, QuarterSelect } from './pickers';
import { SaveStatus } from './save-status';

interface ResponseFormProps {
  cycle: NeedsCycle;
  response: NeedsResponse;
}

const priorityLabels = ['First priority', 'Second priority', 'Third priority'] as const;

function fieldId(questionId: number, field: string) {
  return `q${questionId}-${field}`;
}

/**
 * The focal-point form: one block per topic, the custom questions, the top three priorities. Every change is saved
 * as a draft a moment later (after submit, as an amendment); Submit saves what is waiting first, then asks the API
 * to check the whole response, and puts its messages on their fields.
 */
export function ResponseForm({ cycle, response: initial }: ResponseFormProps) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<ResponseDraft>(() => draftFrom(initial.answers, initial.priorityTopicIds));
  const [response, setResponse] = useState(initial);
  const revision = useRef<number | null>(initial.revision || null);
  const [errors, setErrors] = useState<FieldErrors>({ general: [], byField: {} });
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [conflict, setConflict] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [submittedNow, setSubmittedNow] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const memberId = initial.member.id;
  const accepting = response.window.acceptingAnswers;
  const questions = cycle.questions;
  const topicQuestions = questions.filter((q) => q.kind === 'topic' && q.topic);
  const customQuestions = questions.filter((q) => q.kind === 'custom');

  const autosave = useAutosave<ResponseDraft>(async (value) => {
    const body = { answers: answersBody(questions, value), priorityTopicIds: prioritiesBody(value) };
    try {
      // The form's values are the API's scales (labels.ts lists the same words as the schema).
      const saved = await saveNeedsResponse(cycle.id, memberId, revision.current, body as SaveNeedsResponseInput);
      revision.current = saved.revision;
      setResponse(saved);
      queryClient.setQueryData(needsKeys.response(cycle.id, memberId), saved);
      // A save that is accepted clears the messages of the fields it fixed (the rest come back on submit).
      setErrors(errorsByField(null, body.answers, questions));
    } catch (error) {
      if (isApiError(error) && error.status === 412) setConflict(true);
      else if (isApiError(error) && error.status === 400) setErrors(errorsByField(error, body.answers, questions));
      throw error;
    }
  });

  const progress = useMemo(() => progressOf(questions, draft), [questions, draft]);

  const change = (next: ResponseDraft) => {
    setDraft(next);
    if (accepting && !conflict) autosave.schedule(next);
  };

  const changeAnswer = (questionId: number, patch: Partial<AnswerDraft>) =>
    change({ ...draft, answers: { ...draft.answers, [questionId]: { ...answerOf(draft, questionId), ...patch } } });

  const reload = async () => {
    autosave.discard();
    const value = await queryClient.fetchQuery({ ...needsResponseQueryOptions(cycle.id, memberId), staleTime: 0 });
    revision.current = value.revision || null;
    setResponse(value);
    setDraft(draftFrom(value.answers, value.priorityTopicIds));
    setConflict(false);
    setErrors({ general: [], byField: {} });
  };

  const submit = async () => {
    setSubmitError(null);
    setSubmitting(true);
    try {
      const saved = await autosave.flush();
      if (!saved) return;
      const result = await submitNeedsResponse(cycle.id, memberId);
      revision.current = result.revision;
      setResponse(result);
      setErrors({ general: [], byField: {} });
      setSubmittedNow(true);
      queryClient.setQueryData(needsKeys.response(cycle.id, memberId), result);
      void queryClient.invalidateQueries({ queryKey: needsKeys.all, predicate: (q) => q.queryKey[1] !== 'response' });
    } catch (error) {
      setSubmitError(error);
      setErrors(errorsByField(error, answersBody(questions, draft), questions));
    } finally {
      setSubmitting(false);
    }
  };

  useEffect(() => {
    if (submitError) summaryRef.current?.focus();
  }, [submitError]);

  const fieldErrors = (questionId: number, field: string) => errors.byField[fieldId(questionId, field)];
  const submitted = response.status === 'submitted';
  const locked = !accepting || conflict;
  const allErrors = Object.entries(errors.byField);

  return (
    <form
      className="needs-response-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <div className="needs-form-bar">
        <FormProgress progress={progress} />
        <SaveStatus state={autosave.state} />
      </div>

      {!accepting ? (
        <div className="alert alert-warning" role="note">
          <p className="alert-title">Answers are not accepted now</p>
          <p>{response.window.message}</p>
        </div>
      ) : null}

      {conflict ? (
        <div className="alert alert-warning" role="alert">
          <p className="alert-title">This response was changed somewhere else (another tab or another person)</p>
          <p>Your last change was not saved. Reload to see the saved version, then make your change again.</p>
          <button type="button" className="button" onClick={() => void reload()}>
            Reload the response
          </button>
        </div>
      ) : null}

      {submitted ? (
        <div className="alert alert-success" role={submittedNow ? 'alert' : 'note'}>
          <p className="alert-title">Submitted{response.submittedAt ? ` on ${formatDateTime(response.submittedAt)}` : ''}</p>
          <p>
            {accepting
              ? `You can still amend it until the survey closes on ${formatDay(cycle.closesOn)}: changes are saved as you make them, and the ROCB sees the latest version.`
              : 'The survey is closed: the response can no longer be changed.'}
          </p>
        </div>
      ) : null}

      {submitError ? (
        <div ref={summaryRef} tabIndex={-1} className="alert alert-error" role="alert" aria-labelledby="needs-submit-problem">
          {allErrors.length > 0 || errors.general.length > 0 ? (
            <>
              <p className="alert-title" id="needs-submit-problem">
                The response was not submitted: {allErrors.length + errors.general.length === 1 ? 'fix this problem' : `fix these ${allErrors.length + errors.general.length} problems`}
              </p>
              <ul>
                {errors.general.map((message) => (
                  <li key={message}>{message}</li>
                ))}
                {allErrors.map(([id, messages]) => (
                  <li key={id}>
                    <a
                      href={`#${id}`}
                      onClick={(event) => {
                        const target = document.getElementById(id);
                        if (target) {
                          event.preventDefault();
                          target.focus();
                        }
                      }}
                    >
                      {describeField(id, questions)}: {messages.join(' ')}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <ProblemAlert error={submitError} fallbackTitle="The response was not submitted" />
          )}
        </div>
      ) : null}

      <h2>Topics</h2>
      <p className="muted">For each topic: where your administration stands, how much help it needs, and how and when it would like it.</p>
      {topicQuestions.map((q) => (
        <TopicQuestion
          key={q.id}
          question={q}
          answer={answerOf(draft, q.id)}
          fiscalYear={cycle.fiscalYear}
          disabled={locked}
          errorsOf={(field) => fieldErrors(q.id, field)}
          onChange={(patch) => changeAnswer(q.id, patch)}
        />
      ))}

      {customQuestions.length > 0 ? (
        <>
          <h2>Other questions</h2>
          {customQuestions.map((q) => (
            <TextAreaField
              key={q.id}
              id={fieldId(q.id, 'customAnswer')}
              label={q.text}
              rows={3}
              maxLength={2000}
              value={answerOf(draft, q.id).customAnswer}
              disabled={locked}
              errors={fieldErrors(q.id, 'customAnswer')}
              onChange={(e) => changeAnswer(q.id, { customAnswer: e.target.value })}
            />
          ))}
        </>
      ) : null}

      <fieldset className="needs-question" aria-describedby={errors.byField.priorityTopicIds ? 'priorityTopicIds-error' : undefined}>
        <legend>Your administration&apos;s top three priorities</legend>
        {errors.byField.priorityTopicIds ? (
          <p id="priorityTopicIds-error" className="field-error">
            {errors.byField.priorityTopicIds.join(' ')}
          </p>
        ) : null}
        <div className="needs-question-grid">
          {priorityLabels.map((label, i) => (
            <SelectField
              key={label}
              id={i === 0 ? 'priorityTopicIds' : `priorityTopicIds-${i}`}
              label={label}
              value={draft.priorities[i] === null ? '' : String(draft.priorities[i])}
              disabled={locked}
              onChange={(e) => {
                const priorities = [...draft.priorities] as ResponseDraft['priorities'];
                priorities[i] = e.target.value === '' ? null : Number(e.target.value);
                change({ ...draft, priorities });
              }}
            >
              <option value="">(none)</option>
              {topicQuestions.map((q) => (
                <option key={q.id} value={q.topic!.id} disabled={draft.priorities.some((p, j) => j !== i && p === q.topic!.id)}>
                  {q.topic!.name}
                </option>
              ))}
            </SelectField>
          ))}
        </div>
      </fieldset>

      <div className="form-actions">
        {!submitted ? (
          <button type="submit" className="button" disabled={locked || submitting} aria-busy={submitting || undefined}>
            {submitting ? 'Submitting…' : 'Submit the response'}
          </button>
        ) : (
          <button type="button" className="button button-secondary" disabled={locked || autosave.state.kind === 'saving'} onClick={() => void autosave.flush()}>
            Save the amendment now
          </button>
        )}
        <span className="muted small">
          {submitted ? 'Submitted: amendments are saved automatically.' : 'Your answers are saved as a draft as you go; you can come back later.'}
        </span>
      </div>
    </form>
  );
}

function describeField(id: string, questions: readonly NeedsQuestion[]): string {
  if (id.startsWith('priorityTopicIds')) return 'Top three priorities';
  const match = /^q(\d+)-(\w+)$/.exec(id);
  if (!match) return id;
  const q = questions.find((x) => x.id === Number(match[1]));
  const field = fieldLabels[match[2]!] ?? match[2];
  return q ? `${q.topic?.name ?? q.text}: ${field}` : field!;
}

const fieldLabels: Record<string, string> = {
  implementationStatus: 'Implementation status',
  needLevel: 'Level of need',
  preferredDelivery: 'Preferred delivery',
  preferredQuarter: 'Preferred quarter',
  nationalPlanLink: 'Link to the national strategy or plan',
  remarks: 'Remarks',
  customAnswer: 'Answer',
};

interface TopicQuestionProps {
  question: NeedsQuestion;
  answer: AnswerDraft;
  fiscalYear: number;
  disabled: boolean;
  errorsOf: (field: string) => string[] | undefined;
  onChange: (patch: Partial<AnswerDraft>) => void;
}

function TopicQuestion({ question, answer = emptyAnswer, fiscalYear, disabled, errorsOf, onChange }: TopicQuestionProps) {
  const id = (field: string) => fieldId(question.id, field);
  const headingId = `q${question.id}-heading`;
  return (
    <section className={answer.needLevel !== null ? 'needs-question needs-question-answered' : 'needs-question'} aria-labelledby={headingId}>
      <h3 id={headingId}>{question.text}</h3>
      <div className="needs-question-grid">
        <ImplementationStatusSelect
          id={id('implementationStatus')}
          label="Implementation status"
          value={answer.implementationStatus}
          disabled={disabled}
          errors={errorsOf('implementationStatus')}
          onChange={(v) => onChange({ implementationStatus: v })}
        />
        <NeedLevelPicker
          id={id('needLevel')}
          label="Level of need"
          value={answer.needLevel}
          disabled={disabled}
          errors={errorsOf('needLevel')}
          onChange={(v) => onChange({ needLevel: v })}
        />
        <DeliverySelect
          id={id('preferredDelivery')}
          label="Preferred delivery"
          value={answer.preferredDelivery}
          disabled={disabled}
          errors={errorsOf('preferredDelivery')}
          onChange={(v) => onChange({ preferredDelivery: v })}
        />
        <QuarterSelect
          id={id('preferredQuarter')}
          label="Preferred quarter"
          fiscalYear={fiscalYear}
          value={answer.preferredQuarter}
          disabled={disabled}
          errors={errorsOf('preferredQuarter')}
          onChange={(v) => onChange({ preferredQuarter: v })}
        />
        <TextField
          id={id('nationalPlanLink')}
          label="Link to the national strategy or plan"
          type="url"
          maxLength={500}
          value={answer.nationalPlanLink}
          disabled={disabled}
          errors={errorsOf('nationalPlanLink')}
          onChange={(e) => onChange({ nationalPlanLink: e.target.value })}
        />
        <TextAreaField
          id={id('remarks')}
          label="Remarks"
          rows={2}
          maxLength={2000}
          value={answer.remarks}
          disabled={disabled}
          errors={errorsOf('remarks')}
          onChange={(e) => onChange({ remarks: e.target.value })}
        />
      </div>
    </section>
  );
}

