import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useCurrentUser } from '@/lib/auth/current-user';
import { sessionEndReason, useSession } from '@/lib/auth/session';
import { loginPath, signOut } from '@/lib/auth/sign-in';
import { PublicLayout } from './layout/public-layout';

const endMessages = {
  'signed-out': 'You have signed out.',
  'password-changed': 'Your password was changed and every session ended. Sign in with your new password.',
} as const;

/**
 * Every page but the sign-in page needs a session. Without one, the user goes to the sign-in page,
 * which brings them back here afterwards; with one, the page waits for GET /api/auth/me so that
 * navigation and buttons can follow the user's permissions.
 */
export function RequireSession({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  const currentUser = useCurrentUser();
  const queryClient = useQueryClient();

  if (!session) {
    const reason = sessionEndReason();
    if (reason === 'signed-out' || reason === 'password-changed') {
      return <Navigate to="/login" replace state={{ flash: endMessages[reason] }} />;
    }
    return <Navigate to={loginPath(`${location.pathname}${location.search}${location.hash}`, reason === 'expired')} replace />;
  }

  if (currentUser.error) {
    return (
      <PublicLayout>
        <h1>Your account could not be loaded</h1>
        <ProblemAlert error={currentUser.error} fallbackTitle="Your account could not be loaded" />
        <div className="form-actions">
          <button type="button" className="button" onClick={() => void currentUser.refetch()}>
            Try again
          </button>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => void signOut().then(() => queryClient.removeQueries())}
          >
            Sign out
          </button>
        </div>
      </PublicLayout>
    );
  }
  if (!currentUser.data) {
    return (
      <PublicLayout>
        <Loading label="Loading your account…" />
      </PublicLayout>
    );
  }
  return children;
}
