import type { ReactNode } from 'react';
import { isApiError } from '@/lib/api/problem';

interface ProblemAlertProps {
  error: unknown;
  /** Shown when the error carries no title of its own. */
  fallbackTitle?: string;
  children?: ReactNode;
}

/** Shows a failed call's ProblemDetails title and detail. */
export function ProblemAlert({ error, fallbackTitle = 'Something went wrong', children }: ProblemAlertProps) {
  const problem = isApiError(error) ? error.problem : undefined;
  const title = problem?.title ?? fallbackTitle;
  const detail = problem ? problem.detail : error instanceof Error ? error.message : undefined;
  return (
    <div className="alert alert-error" role="alert">
      <p className="alert-title">{title}</p>
      {detail ? <p>{detail}</p> : null}
      {problem?.traceId ? <p className="muted small">Reference: {problem.traceId}</p> : null}
      {children}
    </div>
  );
}
