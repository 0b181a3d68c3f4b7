import { Link } from 'react-router';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { isApiError } from '@/lib/api/problem';

interface NoAccessProps {
  /** The refused call (a 403), whose detail says which permission is missing. */
  error?: unknown;
  /** What the page is, for the title: "Users". */
  what?: string;
}

/** The page shown instead of one the signed-in user's role does not allow (the API refuses it with 403 anyway). */
export function NoAccess({ error, what }: NoAccessProps) {
  useDocumentTitle("You don't have access");
  const detail = isApiError(error) ? error.problem.detail : undefined;
  return (
    <>
      <h1>You don&apos;t have access</h1>
      <p className="notice" role="note">
        Your role does not allow you to see {what ? <strong>{what}</strong> : 'this page'}. If you need it, ask a Rocb
        administrator to change your role.
      </p>
      {detail ? <p className="muted">{detail}</p> : null}
      <p>
        <Link to="/">Go to the dashboard</Link>
      </p>
    </>
  );
}
