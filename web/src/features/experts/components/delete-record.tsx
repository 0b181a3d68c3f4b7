import { useState } from 'react';
import { ProblemAlert } from '@/components/ui/problem-alert';

interface DeleteRecordProps {
  /** e.g. "expert", "expert request": used in the heading and the buttons. */
  noun: string;
  question: string;
  pending: boolean;
  error: unknown;
  onDelete: () => void;
  onCancel: () => void;
}

/** Delete with an inline confirmation; the API's refusal (a 409 naming what blocks it) shows here. */
export function DeleteRecord({ noun, question, pending, error, onDelete, onCancel }: DeleteRecordProps) {
  const [confirming, setConfirming] = useState(false);
  const id = `delete-${noun.replace(/\s+/g, '-')}`;
  return (
    <section className="danger-zone" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Delete this {noun}</h2>
      {error ? <ProblemAlert error={error} fallbackTitle={`The ${noun} was not deleted`} /> : null}
      {confirming ? (
        <div className="confirm" role="group" aria-labelledby={`${id}-question`}>
          <p id={`${id}-question`}>{question} This cannot be undone.</p>
          <button type="button" className="button button-danger" disabled={pending} onClick={onDelete}>
            {pending ? 'Deleting…' : `Yes, delete the ${noun}`}
          </button>{' '}
          <button
            type="button"
            className="button button-secondary"
            autoFocus
            disabled={pending}
            onClick={() => {
              setConfirming(false);
              onCancel();
            }}
          >
            Cancel
          </button>
        </div>
      ) : (
        <button type="button" className="button button-danger" onClick={() => setConfirming(true)}>
          Delete {noun}
        </button>
      )}
    </section>
  );
}
