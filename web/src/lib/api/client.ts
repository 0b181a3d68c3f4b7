import createClient from 'openapi-fetch';
import type { paths } from './schema';

/**
 * The typed API client. The API serves this SPA from the same origin, so every call
 * goes to `/api/...` on the page's own host.
 */
export const apiClient = createClient<paths>({
  baseUrl: typeof window === 'undefined' ? '' : window.location.origin,
  // Looked up on each call (not captured once) so tests can stub globalThis.fetch.
  fetch: (request) => globalThis.fetch(request),
});
