import { apiClient } from '@/lib/api/client';
import { call } from '@/lib/api/problem';
import { endSession, startSession } from './session';

/** Signs in with email and password and stores the session. Throws an ApiError (401 with the reason, 429, …). */
export async function signIn(email: string, password: string): Promise<void> {
  const { data } = await call(() => apiClient.POST('/api/auth/sign-in', { body: { email, password } }));
  startSession(data);
}

/**
 * Signs out everywhere (the API ends every session of the user), then forgets the tokens here.
 * The tokens are forgotten even when the API cannot be reached.
 */
export async function signOut(): Promise<void> {
  try {
    await apiClient.POST('/api/auth/sign-out');
  } catch {
    // Nothing more to do: the tokens go anyway.
  } finally {
    endSession('signed-out');
  }
}

/**
 * Where to go after signing in: a path inside the app, never another site or the sign-in page itself.
 */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (value === '/login' || value.startsWith('/login?') || value.startsWith('/login#')) return '/';
  return value;
}

/** The sign-in page's address for a page to come back to. */
export function loginPath(returnTo: string, expired = false): string {
  const search = new URLSearchParams();
  if (expired) search.set('expired', '1');
  if (returnTo && returnTo !== '/') search.set('returnTo', returnTo);
  const query = search.toString();
  return query ? `/login?${query}` : '/login';
}
