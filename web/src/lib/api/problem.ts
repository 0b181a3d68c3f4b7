/**
 * RFC 9457 problem details, as every API error is sent. `errors` holds
 * validation messages keyed by camelCase field path (`name`, `subRegionId`, ...).
 */
export interface ProblemDetails {
  type?: string | null;
  title?: string | null;
  status?: number | null;
  detail?: string | null;
  instance?: string | null;
  traceId?: string | null;
  errors?: Record<string, string[]> | null;
}

/** A failed API call: the HTTP status (0 when the server could not be reached) and its problem details. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: ProblemDetails;
  /** From the Retry-After header of a 429: how many seconds to wait. */
  readonly retryAfterSeconds?: number;

  constructor(status: number, problem: ProblemDetails, retryAfterSeconds?: number) {
    super(problem.detail ?? problem.title ?? `Request failed with status ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

function asProblem(body: unknown, response: Response): ProblemDetails {
  if (body && typeof body === 'object') return body as ProblemDetails;
  const text = typeof body === 'string' && body.trim() ? body.trim() : undefined;
  return { status: response.status, title: response.statusText || `HTTP ${response.status}`, detail: text };
}

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Returns the body of a successful call or throws an ApiError carrying the problem details. */
function retryAfterOf(response: Response): number | undefined {
  const value = response.headers.get('Retry-After');
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

export function unwrap<T>(result: FetchResult<T>): T {
  if (!result.response.ok) {
    throw new ApiError(result.response.status, asProblem(result.error, result.response), retryAfterOf(result.response));
  }
  return result.data as T;
}

/** Runs an API call, turning a network failure into an ApiError with status 0. */
export async function call<T>(request: () => Promise<FetchResult<T>>): Promise<{ data: T; response: Response }> {
  let result: FetchResult<T>;
  try {
    result = await request();
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, {
      title: 'The server could not be reached',
      detail: 'Check your connection and try again.',
    });
  }
  return { data: unwrap(result), response: result.response };
}

/** The ETag of a response, or the quoted version from its body when the header is missing. */
export function etagOf(response: Response, version: string): string {
  return response.headers.get('ETag') ?? `"${version}"`;
}

/**
 * Validation messages keyed by field. Keys are normalised to camelCase so that
 * `Name` and `name` land on the same field.
 */
export function fieldErrorsOf(error: unknown): Record<string, string[]> {
  if (!isApiError(error) || !error.problem.errors) return {};
  const result: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(error.problem.errors)) {
    const field = key
      .split('.')
      .map((part) => part.charAt(0).toLowerCase() + part.slice(1))
      .join('.');
    result[field] = [...(result[field] ?? []), ...(Array.isArray(messages) ? messages : [String(messages)])];
  }
  return result;
}

/** The API refused the call for the caller's role (403). */
export function isForbidden(error: unknown): boolean {
  return isApiError(error) && error.status === 403;
}
