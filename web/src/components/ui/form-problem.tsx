import { useEffect, useRef } from 'react';
import { fieldErrorsOf, isApiError } from '@/lib/api/problem';
import { ProblemAlert } from './problem-alert';

interface FormProblemProps {
  error: unknown;
  /** What is being saved, for messages: "Member", "sub-region". */
  entityName: string;
  /** Field labels by camelCase field key, and the id prefix of the inputs, to link the summary to each field. */
  fieldLabels: Record<string, string>;
  idPrefix: string;
  /** Offered when the record changed under the user (412). */
  onReload?: () => void;
}

/**
 * The alert at the top of a form after a failed save: a summary of field errors (400),
 * a stale-version message with a reload button (412), or the problem's title and detail.
 * It takes focus when it appears so screen-reader and keyboard users land on it.
 */
export function FormProblem({ error, entityName, fieldLabels, idPrefix, onReload }: FormProblemProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) ref.current?.focus();
  }, [error]);

  if (!error) return null;

  if (isApiError(error) && error.status === 412) {
    return (
      <div ref={ref} tabIndex={-1} className="alert alert-warning" role="alert">
        <p className="alert-title">Someone else changed this {entityName}; reload to see their version</p>
        <p>Your changes were not saved. Reloading replaces what you typed with the latest version.</p>
        {onReload ? (
          <button type="button" className="button" onClick={onReload}>
            Reload
          </button>
        ) : null}
      </div>
    );
  }

  // A conflict (409, e.g. a duplicate code) is told by its detail; any field it names is still marked on the field.
  const fieldErrors = fieldErrorsOf(error);
  const entries = Object.entries(fieldErrors);
  if (entries.length > 0 && !(isApiError(error) && error.status === 409)) {
    const problem = isApiError(error) ? error.problem : undefined;
    return (
      <div ref={ref} tabIndex={-1} className="alert alert-error" role="alert" aria-labelledby={`${idPrefix}-summary-title`}>
        <p className="alert-title" id={`${idPrefix}-summary-title`}>
          The {entityName} was not saved: {entries.length === 1 ? 'fix this problem' : `fix these ${entries.length} problems`}
        </p>
        {problem?.detail ? <p>{problem.detail}</p> : null}
        <ul>
          {entries.map(([field, messages]) => (
            <li key={field}>
              {fieldLabels[field] ? (
                <a
                  href={`#${idPrefix}-${field}`}
                  onClick={(event) => {
                    const target = document.getElementById(`${idPrefix}-${field}`);
                    if (target) {
                      event.preventDefault();
                      target.focus();
                    }
                  }}
                >
                  {fieldLabels[field]}: {messages.join(' ')}
                </a>
              ) : (
                messages.join(' ')
              )}
            </li>
          ))}
        </ul>
      </div>
    );
  }

  return (
    <div ref={ref} tabIndex={-1}>
      <ProblemAlert error={error} fallbackTitle={`The ${entityName} was not saved`} />
    </div>
  );
}
