import createClient from 'openapi-fetch';
import { createAuthMiddleware } from '@/lib/auth/auth-middleware';
import type { paths } from './schema';

/**
 * The typed API client. The API serves this SPA from the same origin, so every call
 * goes to `/api/...` on the page's own host. Every call carries the session's bearer token;
 * a 401 refreshes the session once (see createAuthMiddleware).
 */
export const apiClient = createClient<paths>({
  baseUrl: typeof window === 'undefined' ? '' : window.location.origin,
  // Looked up on each call (not captured once) so tests can stub globalThis.fetch.
  fetch: (request) => globalThis.fetch(request),
});

apiClient.use(createAuthMiddleware());
