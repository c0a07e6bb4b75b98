// The one HTTP client. Every call goes through `request`, which turns any failure into an ApiError
// carrying RFC 9457 problem details (from the server, or made up here for network and parse failures).
import { isProblem, type Problem } from '../../shared/problem';

export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }

  get code(): Problem['code'] {
    return this.problem.code;
  }

  get isNotFound(): boolean {
    return this.problem.status === 404;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

export type QueryValue = string | number | readonly string[] | undefined;

export type RequestOptions = {
  query?: Record<string, QueryValue>;
  signal?: AbortSignal;
};

const API_BASE = '/api';

function buildUrl(path: string, query: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.length) params.set(name, value.join(','));
    } else {
      params.set(name, String(value));
    }
  }
  const search = params.toString();
  return `${API_BASE}${path}${search ? `?${search}` : ''}`;
}

function fallbackProblem(status: number, title: string, detail?: string): Problem {
  const code = status === 404 ? 'not-found' : status === 0 || status === 502 || status === 503 ? 'unavailable' : 'internal';
  return { type: 'about:blank', title, status, code, detail };
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      headers: { Accept: 'application/json, application/problem+json' },
      signal: options.signal,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ApiError(fallbackProblem(0, 'Network error', 'The server could not be reached.'));
  }

  const body = await readJson(response);
  if (!response.ok) {
    throw new ApiError(isProblem(body) ? body : fallbackProblem(response.status, response.statusText || 'Request failed'));
  }
  if (body === undefined) {
    throw new ApiError(fallbackProblem(response.status, 'Unexpected response', 'The server did not send JSON.'));
  }
  return body as T;
}
