import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { SelectField, TextField } from '@/components/ui/fields';
import { FormProblem } from '@/components/ui/form-problem';
import { Loading } from '@/components/ui/loading';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { topicsQueryOptions } from '@/lib/api/topics';
import { useReplaceNeedsQuestions } from '../api/needs';
import type { NeedsCycle } from '../api/types';
import { editorQuestionsOf, move, questionsBody, type EditorQuestion } from '../utils/questionnaire';

let newKey = 0;

/**
 * The questionnaire: topics from the topic list and custom questions, in order. Changes stay here until
 * "Save the questionnaire" (the API replaces it whole; it refuses once answers exist, and says so).
 */
export function QuestionnaireEditor({ cycle, canEdit }: { cycle: NeedsCycle; canEdit: boolean }) {
  const [questions, setQuestions] = useState<EditorQuestion[]>(() => editorQuestionsOf(cycle.questions));
  const [dirty, setDirty] = useState(false);
  const [topicToAdd, setTopicToAdd] = useState('');
  const [customText, setCustomText] = useState('');
  const [saved, setSaved] = useState(false);
  const topics = useQuery({ ...topicsQueryOptions(), enabled: canEdit });
  const replace = useReplaceNeedsQuestions(cycle.id);

  const update = (next: EditorQuestion[]) => {
    setQuestions(next);
    setDirty(true);
    setSaved(false);
  };
  const used = new Set(questions.map((q) => q.topicId).filter((id) => id !== null));

  if (!canEdit) {
    return (
      <ol className="needs-question-list">
        {questions.map((q) => (
          <li key={q.key}>
            {q.text} {q.topicId === null ? <span className="muted small">(custom question)</span> : null}
          </li>
        ))}
      </ol>
    );
  }

  return (
    <div className="needs-questionnaire">
      <FormProblem error={replace.error} entityName="questionnaire" fieldLabels={{}} idPrefix="questionnaire" />
      {questions.length === 0 ? (
        <p className="empty-state" role="status">
          No question yet: add topics or custom questions below.
        </p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">The questions, in the order they are asked</caption>
            <thead>
              <tr>
                <th scope="col">No.</th>
                <th scope="col">Question</th>
                <th scope="col">Kind</th>
                <th scope="col">Order</th>
              </tr>
            </thead>
            <tbody>
              {questions.map((q, i) => (
                <tr key={q.key}>
                  <td>{i + 1}</td>
                  <td>
                    <label className="visually-hidden" htmlFor={`${q.key}-text`}>
                      Text of question {i + 1}
                    </label>
                    <input
                      id={`${q.key}-text`}
                      className="needs-inline-input"
                      value={q.text}
                      maxLength={1000}
                      onChange={(e) => update(questions.map((x) => (x.key === q.key ? { ...x, text: e.target.value } : x)))}
                    />
                  </td>
                  <td>{q.topicId !== null ? 'Topic' : 'Custom'}</td>
                  <td className="needs-row-actions">
                    <button type="button" className="button button-secondary button-small" disabled={i === 0} aria-label={`Move “${q.text}” up`} onClick={() => update(move(questions, i, -1))}>
                      ↑
                    </button>
                    <button
                      type="button"
                      className="button button-secondary button-small"
                      disabled={i === questions.length - 1}
                      aria-label={`Move “${q.text}” down`}
                      onClick={() => update(move(questions, i, 1))}
                    >
                      ↓
                    </button>
                    <button type="button" className="button button-secondary button-small" aria-label={`Remove “${q.text}”`} onClick={() => update(questions.filter((x) => x.key !== q.key))}>
                      Remove
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="needs-toolbar">
        {topics.isPending ? (
          <Loading label="Loading the topics…" />
        ) : topics.error ? (
          <ProblemAlert error={topics.error} fallbackTitle="The topics could not be loaded" />
        ) : (
          <>
            <SelectField id="questionnaire-add-topic" label="Add a topic" value={topicToAdd} onChange={(e) => setTopicToAdd(e.target.value)}>
              <option value="">(choose a topic)</option>
              {topics.data
                .filter((t) => !used.has(t.id))
                .map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name}
                  </option>
                ))}
            </SelectField>
            <button
              type="button"
              className="button button-secondary"
              disabled={!topicToAdd}
              onClick={() => {
                const topic = topics.data.find((t) => t.id === Number(topicToAdd));
                if (!topic) return;
                update([...questions, { key: `new${++newKey}`, topicId: topic.id, topicName: topic.name, text: topic.name }]);
                setTopicToAdd('');
              }}
            >
              Add the topic
            </button>
          </>
        )}
      </div>
      <div className="needs-toolbar">
        <TextField id="questionnaire-add-custom" label="Add a custom question" value={customText} maxLength={1000} onChange={(e) => setCustomText(e.target.value)} />
        <button
          type="button"
          className="button button-secondary"
          disabled={!customText.trim()}
          onClick={() => {
            update([...questions, { key: `new${++newKey}`, topicId: null, text: customText.trim() }]);
            setCustomText('');
          }}
        >
          Add the question
        </button>
      </div>
      <div className="form-actions">
        <button
          type="button"
          className="button"
          disabled={!dirty || replace.isPending}
          onClick={() =>
            replace.mutate(questionsBody(questions), {
              onSuccess: () => {
                setDirty(false);
                setSaved(true);
              },
            })
          }
        >
          {replace.isPending ? 'Saving…' : 'Save the questionnaire'}
        </button>
        {dirty ? <span className="muted small">Unsaved changes to the questionnaire.</span> : null}
        {saved ? (
          <span className="small" role="status">
            The questionnaire was saved.
          </span>
        ) : null}
      </div>
    </div>
  );
}
