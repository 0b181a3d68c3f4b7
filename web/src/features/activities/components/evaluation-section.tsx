import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { TextAreaField, TextField } from '@/components/ui/fields';
import { Loading } from '@/components/ui/loading';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { fieldErrorsOf, isApiError } from '@/lib/api/problem';
import type { ActivityStatus, Evaluation } from '@/lib/api/types';
import { formatNumber } from '@/lib/format';
import { evaluationQueryOptions, useAddEvaluationResponses, useSetEvaluationSummary } from '../api/evaluation';
import { ScoreDistributionChart } from './score-distribution-chart';

interface EvaluationSectionProps {
  activityId: number;
  activityTitle: string;
  status: ActivityStatus;
  canWrite: boolean;
}

/** The participants' evaluation (1 to 5): the mean and how many responded, the spread of scores, item means, comments. */
export function EvaluationSection({ activityId, activityTitle, status, canWrite }: EvaluationSectionProps) {
  const evaluation = useQuery(evaluationQueryOptions(activityId));
  const [message, setMessage] = useState<string>();
  return (
    <section aria-labelledby="evaluation-heading">
      <h2 id="evaluation-heading">Evaluation</h2>
      <p className="small" role="status">
        {message}
      </p>
      {evaluation.isPending ? (
        <Loading label="Loading the evaluation…" />
      ) : evaluation.error ? (
        <ProblemAlert error={evaluation.error} fallbackTitle="The evaluation could not be loaded" />
      ) : (
        <EvaluationFigures evaluation={evaluation.data} activityTitle={activityTitle} />
      )}
      {canWrite ? (
        status === 'delivered' ? (
          <div className="evaluation-entry">
            <AddResponseForm activityId={activityId} onSaved={setMessage} />
            <SummaryForm activityId={activityId} summary={evaluation.data?.summary ?? null} onSaved={setMessage} />
          </div>
        ) : (
          <p className="notice small">Evaluations are recorded once the activity is delivered: change its status first.</p>
        )
      ) : null}
    </section>
  );
}

function EvaluationFigures({ evaluation, activityTitle }: { evaluation: Evaluation; activityTitle: string }) {
  const { totals, summary } = evaluation;
  if (totals.responses === 0 || totals.mean === null) return <p className="muted">No evaluation has been recorded for this activity.</p>;
  const comments = evaluation.responses.filter((r) => r.comment);
  return (
    <>
      <dl className="summary-list evaluation-summary">
        <div>
          <dt>Mean overall score</dt>
          <dd>
            <strong className="evaluation-mean">{formatNumber(totals.mean)}</strong> out of 5
          </dd>
        </div>
        <div>
          <dt>Responses</dt>
          <dd>{formatNumber(totals.responses)}</dd>
        </div>
        <div>
          <dt>From</dt>
          <dd>
            {totals.fromSummary
              ? 'The recorded summary (the forms are not kept)'
              : `${formatNumber(totals.individualResponses)} individual ${totals.individualResponses === 1 ? 'form' : 'forms'}`}
          </dd>
        </div>
      </dl>
      {summary ? (
        <p className="small">
          Recorded summary: mean {formatNumber(summary.mean)} of {formatNumber(summary.responses)} responses{summary.source ? ` (source: ${summary.source})` : ''}.
        </p>
      ) : null}
      {totals.individualResponses > 0 ? (
        <ScoreDistributionChart distribution={evaluation.distribution} title={`Overall scores given to “${activityTitle}”`} />
      ) : null}
      {evaluation.items.length > 0 ? (
        <table className="data-table chart-table">
          <caption>Mean score of each item</caption>
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col" className="col-number">
                Mean (1–5)
              </th>
              <th scope="col" className="col-number">
                Responses
              </th>
            </tr>
          </thead>
          <tbody>
            {evaluation.items.map((item) => (
              <tr key={item.item}>
                <th scope="row" className="row-header">
                  {item.item}
                </th>
                <td className="col-number">{formatNumber(item.mean)}</td>
                <td className="col-number">{formatNumber(item.responses)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {comments.length > 0 ? (
        <>
          <h3>Comments</h3>
          <ul className="evaluation-comments">
            {comments.map((r) => (
              <li key={r.id}>
                <span className="muted small">Score {r.overall}:</span> {r.comment}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

/** "1 response", "12 responses". */
function responsesText(n: number): string {
  return `${formatNumber(n)} ${n === 1 ? 'response' : 'responses'}`;
}

interface ItemRow {
  key: number;
  item: string;
  score: string;
}

/** The API's messages on the one response sent, keyed without the `responses[0].` prefix. */
function responseErrors(error: unknown): Record<string, string[]> {
  return Object.fromEntries(Object.entries(fieldErrorsOf(error)).map(([k, v]) => [k.replace(/^responses(\[0\])?\.?/, '') || 'responses', v]));
}

function AddResponseForm({ activityId, onSaved }: { activityId: number; onSaved: (message: string) => void }) {
  const [overall, setOverall] = useState('');
  const [items, setItems] = useState<ItemRow[]>([]);
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const [nextKey, setNextKey] = useState(1);
  const add = useAddEvaluationResponses(activityId);
  const errors = responseErrors(add.error);
  const overallErrors = missing ? ['Choose the overall score.'] : errors.overall;
  const otherError = add.error && (!isApiError(add.error) || add.error.status !== 400);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(overall === '');
    if (overall === '') return;
    add.mutate(
      [
        {
          overall: Number(overall),
          items: items.filter((i) => i.item.trim() || i.score).map((i) => ({ item: i.item.trim(), score: Number(i.score) })),
          comment: comment.trim() || null,
        },
      ],
      {
        onSuccess: (evaluation) => {
          onSaved(`Response recorded: the mean is now ${formatNumber(evaluation.totals.mean)} of ${responsesText(evaluation.totals.responses)}.`);
          setOverall('');
          setItems([]);
          setComment('');
        },
      },
    );
  };

  return (
    <form className="form panel" onSubmit={submit} noValidate aria-labelledby="add-response-heading">
      <h3 id="add-response-heading">Add a response</h3>
      <p className="field-hint">One participant&apos;s evaluation form: the overall score, and any items it scored, from 1 (poor) to 5 (excellent).</p>
      {otherError ? <ProblemAlert error={add.error} fallbackTitle="The response was not recorded" /> : null}
      {errors.responses ? (
        <p className="alert alert-error" role="alert">
          {errors.responses.join(' ')}
        </p>
      ) : null}
      <fieldset className={`fieldset score-fieldset${overallErrors?.length ? ' field-invalid' : ''}`} aria-describedby={overallErrors?.length ? 'response-overall-error' : undefined}>
        <legend>
          Overall score <span className="required">(required)</span>
        </legend>
        <div className="score-options">
          {[1, 2, 3, 4, 5].map((score) => (
            <label key={score} className="score-option">
              <input
                type="radio"
                name="response-overall"
                value={score}
                checked={overall === String(score)}
                onChange={() => {
                  setOverall(String(score));
                  setMissing(false);
                }}
              />
              {score}
            </label>
          ))}
        </div>
        {overallErrors?.length ? (
          <p id="response-overall-error" className="field-error">
            {overallErrors.join(' ')}
          </p>
        ) : null}
      </fieldset>
      {items.length > 0 ? (
        <fieldset className="fieldset">
          <legend>Items</legend>
          {items.map((row, index) => {
            const itemErrors = [...(errors[`items[${index}].item`] ?? []), ...(errors[`items[${index}].score`] ?? [])];
            return (
              <div key={row.key} className="item-row">
                <TextField
                  id={`response-item-${row.key}`}
                  label={`Item ${index + 1}`}
                  value={row.item}
                  hint={index === 0 ? 'e.g. Relevance, Speakers, Organisation' : undefined}
                  errors={itemErrors.length ? itemErrors : undefined}
                  onChange={(event) => setItems((all) => all.map((i) => (i.key === row.key ? { ...i, item: event.target.value } : i)))}
                />
                <div className="field">
                  <label htmlFor={`response-item-score-${row.key}`}>Score of item {index + 1}</label>
                  <select
                    id={`response-item-score-${row.key}`}
                    value={row.score}
                    onChange={(event) => setItems((all) => all.map((i) => (i.key === row.key ? { ...i, score: event.target.value } : i)))}
                  >
                    <option value="">Choose</option>
                    {[1, 2, 3, 4, 5].map((s) => (
                      <option key={s} value={s}>
                        {s}
                      </option>
                    ))}
                  </select>
                </div>
                <button type="button" className="button button-link" onClick={() => setItems((all) => all.filter((i) => i.key !== row.key))}>
                  Remove<span className="visually-hidden"> item {index + 1}</span>
                </button>
              </div>
            );
          })}
        </fieldset>
      ) : null}
      <button
        type="button"
        className="button button-secondary button-small"
        onClick={() => {
          setItems((all) => [...all, { key: nextKey, item: '', score: '' }]);
          setNextKey((k) => k + 1);
        }}
      >
        Add an item score
      </button>
      <TextAreaField id="response-comment" label="Comment" className="field-wide" rows={2} value={comment} errors={errors.comment} onChange={(event) => setComment(event.target.value)} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={add.isPending}>
          {add.isPending ? 'Recording…' : 'Record response'}
        </button>
      </div>
    </form>
  );
}

function SummaryForm({ activityId, summary, onSaved }: { activityId: number; summary: Evaluation['summary']; onSaved: (message: string) => void }) {
  const [mean, setMean] = useState(summary ? String(summary.mean) : '');
  const [responses, setResponses] = useState(summary ? String(summary.responses) : '');
  const [source, setSource] = useState(summary?.source ?? '');
  const [missing, setMissing] = useState<Record<string, string[]>>({});
  const save = useSetEvaluationSummary(activityId);
  const errors = { ...fieldErrorsOf(save.error), ...missing };
  const otherError = save.error && (!isApiError(save.error) || save.error.status !== 400);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // An empty number would travel as 0: ask for it here.
    const problems: Record<string, string[]> = {};
    if (mean.trim() === '') problems.mean = ['Enter the mean score.'];
    if (responses.trim() === '') problems.responses = ['Enter the number of responses.'];
    setMissing(problems);
    if (Object.keys(problems).length > 0) return;
    save.mutate(
      { mean: Number(mean), responses: Number(responses), source: source.trim() || null },
      { onSuccess: (evaluation) => onSaved(`Summary recorded: mean ${formatNumber(evaluation.totals.mean)} of ${responsesText(evaluation.totals.responses)}.`) },
    );
  };

  return (
    <form className="form panel" onSubmit={submit} noValidate aria-labelledby="summary-heading">
      <h3 id="summary-heading">Or record the summary</h3>
      <p className="field-hint">When the forms are not kept: the mean overall score and how many responses it is of, as the report gives them.</p>
      {otherError ? <ProblemAlert error={save.error} fallbackTitle="The summary was not recorded" /> : null}
      <div className="form-grid">
        <TextField id="summary-mean" label="Mean score (1–5)" type="number" min={1} max={5} step="0.01" required value={mean} errors={errors.mean} onChange={(e) => setMean(e.target.value)} />
        <TextField id="summary-responses" label="Number of responses" type="number" min={1} step={1} required value={responses} errors={errors.responses} onChange={(e) => setResponses(e.target.value)} />
        <TextField id="summary-source" label="Source" hint="The report the figures come from." value={source} errors={errors.source} onChange={(e) => setSource(e.target.value)} />
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? 'Recording…' : 'Record summary'}
        </button>
      </div>
    </form>
  );
}
