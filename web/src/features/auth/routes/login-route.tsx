import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Navigate, useLocation, useSearchParams } from 'react-router';
import { TextField } from '@/components/ui/fields';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { fieldErrorsOf, isApiError } from '@/lib/api/problem';
import { forgetSessionEndReason, useSession } from '@/lib/auth/session';
import { safeReturnPath, signIn } from '@/lib/auth/sign-in';

interface Credentials {
  email: string;
  password: string;
}

function SignInProblem({ error }: { error: unknown }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) ref.current?.focus();
  }, [error]);
  if (!error) return null;

  let content;
  if (isApiError(error) && error.status === 429) {
    const wait = error.retryAfterSeconds;
    content = (
      <div className="alert alert-error" role="alert">
        <p className="alert-title">Too many sign-in attempts</p>
        <p>
          {wait ? `Wait ${wait} ${wait === 1 ? 'second' : 'seconds'}, then try again.` : 'Wait a minute, then try again.'}
        </p>
      </div>
    );
  } else if (isApiError(error) && (error.status === 401 || error.status === 400)) {
    content = (
      <div className="alert alert-error" role="alert">
        <p className="alert-title">You were not signed in</p>
        <p>{error.problem.detail ?? error.problem.title ?? 'Check your email and password.'}</p>
      </div>
    );
  } else {
    content = <ProblemAlert error={error} fallbackTitle="You were not signed in" />;
  }
  return (
    <div ref={ref} tabIndex={-1} className="focus-target">
      {content}
    </div>
  );
}

/** The sign-in page: email and password; then back to the page the user came from. */
export function LoginRoute() {
  useDocumentTitle('Sign in');
  const session = useSession();
  const location = useLocation();
  const [search] = useSearchParams();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Credentials>({ email: '', password: '' });
  const returnTo = safeReturnPath(search.get('returnTo'));
  const expired = search.get('expired') === '1';
  const flash = (location.state as { flash?: string } | null)?.flash;

  useEffect(() => forgetSessionEndReason(), []);

  const mutation = useMutation({
    mutationFn: async ({ email, password }: Credentials) => {
      // Nothing read for someone else may show to this user.
      queryClient.removeQueries();
      await signIn(email, password);
    },
  });
  const errors = fieldErrorsOf(mutation.error);

  // Signed in (now or already): go where the user was heading.
  if (session) return <Navigate to={returnTo} replace />;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    mutation.mutate(values);
  };

  return (
    <div className="sign-in">
      <h1>Sign in to Rocb</h1>
      {expired && !mutation.error ? (
        <p className="alert alert-warning" role="status">
          Your session has expired. Sign in again.
        </p>
      ) : null}
      {flash && !expired && !mutation.error ? (
        <p className="alert alert-success" role="status">
          {flash}
        </p>
      ) : null}
      <form className="form" onSubmit={submit} noValidate aria-busy={mutation.isPending || undefined} aria-label="Sign in">
        <SignInProblem error={mutation.error} />
        <TextField
          id="sign-in-email"
          name="email"
          label="Email"
          type="email"
          autoComplete="username"
          required
          // The sign-in page is the one thing to do here.
          autoFocus
          value={values.email}
          errors={errors.email}
          onChange={(event) => setValues((v) => ({ ...v, email: event.target.value }))}
        />
        <TextField
          id="sign-in-password"
          name="password"
          label="Password"
          type="password"
          autoComplete="current-password"
          required
          value={values.password}
          errors={errors.password}
          onChange={(event) => setValues((v) => ({ ...v, password: event.target.value }))}
        />
        <div className="form-actions">
          <button type="submit" className="button" disabled={mutation.isPending}>
            {mutation.isPending ? 'Signing in…' : 'Sign in'}
          </button>
        </div>
      </form>
      {mutation.isPending ? (
        <p className="visually-hidden" role="status">
          Signing in…
        </p>
      ) : null}
      <p className="muted small">No account yet, or forgot your password? Ask a Rocb administrator.</p>
    </div>
  );
}
