import type { Middleware } from 'openapi-fetch';
import type { AccessTokenResponse } from '@/lib/api/types';
import { endSession, getSession, startSession } from './session';

/** Calls that must not carry the bearer token nor trigger a refresh. */
const anonymousPaths = new Set(['/api/auth/sign-in', '/api/auth/refresh']);
/** Calls whose 401 is not worth a refresh: signing out ends the session anyway. */
const noRefreshPaths = new Set([...anonymousPaths, '/api/auth/sign-out']);

let refreshing: Promise<string | null> | null = null;

/** One refresh at a time: calls that fail together share it. Resolves to the new bearer token, or null. */
function refreshOnce(baseUrl: string, refreshToken: string): Promise<string | null> {
  refreshing ??= (async () => {
    try {
      const response = await globalThis.fetch(
        new Request(new URL('/api/auth/refresh', baseUrl), {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
          body: JSON.stringify({ refreshToken }),
        }),
      );
      if (!response.ok) return null;
      return startSession((await response.json()) as AccessTokenResponse).accessToken;
    } catch {
      return null;
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

function bearerOf(request: Request): string | undefined {
  const header = request.headers.get('Authorization');
  return header?.startsWith('Bearer ') ? header.slice('Bearer '.length) : undefined;
}

/**
 * Adds "Authorization: Bearer …" to every API call. On a 401 it refreshes the session once and
 * retries the call; when that fails too, the session ends as "expired" and the app sends the
 * user to the sign-in page (see RequireSession), keeping the page to come back to.
 */
export function createAuthMiddleware(): Middleware {
  // Copies of the requests in flight, to send again after a refresh (a body can be read only once).
  const pending = new Map<string, Request>();

  return {
    onRequest({ request, schemaPath, id }) {
      if (anonymousPaths.has(schemaPath)) return undefined;
      const session = getSession();
      if (!session) return undefined;
      const headers = new Headers(request.headers);
      headers.set('Authorization', `Bearer ${session.accessToken}`);
      const authorised = new Request(request, { headers });
      if (!noRefreshPaths.has(schemaPath)) pending.set(id, authorised.clone());
      return authorised;
    },

    async onResponse({ request, response, schemaPath, id, options }) {
      const copy = pending.get(id);
      pending.delete(id);
      if (response.status !== 401 || noRefreshPaths.has(schemaPath) || !copy) return undefined;

      const session = getSession();
      if (!session) return undefined; // signed out meanwhile
      // Another call may have refreshed the session while this one was on its way.
      const token =
        session.accessToken !== bearerOf(request) ? session.accessToken : await refreshOnce(request.url, session.refreshToken);
      if (!token) {
        endSession('expired');
        return undefined;
      }
      copy.headers.set('Authorization', `Bearer ${token}`);
      const retried = await options.fetch(copy);
      if (retried.status === 401) endSession('expired');
      return retried;
    },

    onError({ id }) {
      pending.delete(id);
      return undefined;
    },
  };
}
