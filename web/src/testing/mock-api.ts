import { vi } from 'vitest';
import { adminUser } from './fixtures';

export type Handler = (request: Request) => Response | Promise<Response>;

export function json(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), {
    status: 200,
    ...init,
    headers: { 'Content-Type': 'application/json', ...init.headers },
  });
}

export function problem(status: number, body: Record<string, unknown>): Response {
  return new Response(JSON.stringify({ status, traceId: '00-test-trace', ...body }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

/**
 * Stubs fetch with handlers keyed by "METHOD /path" (query string ignored).
 * Unknown requests fail the test loudly with a 599. Returns the spy to inspect requests.
 * GET /api/auth/me answers with an administrator unless a handler says otherwise.
 */
export function mockApi(handlers: Record<string, Handler> = {}) {
  const all: Record<string, Handler> = { 'GET /api/auth/me': () => json(adminUser), ...handlers };
  const spy = vi.fn(async (input: Request) => {
    const url = new URL(input.url);
    const handler = all[`${input.method} ${url.pathname}`];
    if (!handler) return problem(599, { title: `No mock for ${input.method} ${url.pathname}` });
    return handler(input);
  });
  vi.stubGlobal('fetch', spy);
  return spy;
}

/** The requests the app sent, in order. */
export function requestsOf(spy: ReturnType<typeof mockApi>): Request[] {
  return spy.mock.calls.map(([request]) => request);
}
