// The one HTTP client. Every call goes through `request`, which turns any failure into an ApiError
// carrying RFC 9457 problem details (from the server, or made up here for network and parse failures).
// It is also the one place that handles 401: it refreshes the session once (the refresh cookie is httpOnly,
// so only the server can read it), retries, and if that fails tells the app the session has ended.
import { isProblem, type Problem } from '../../shared/problem';
import type { SessionResponse } from '../../shared/schemas/accounts';

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
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  /** A multipart upload (sent as is; the browser sets the boundary). */
  form?: FormData;
};

// The access token lives in memory only (never in storage); the refresh token is an httpOnly cookie.
let accessToken: string | null = null;
let listeners: { onRefreshed?: (session: SessionResponse) => void; onExpired?: () => void } = {};
let refreshing: Promise<SessionResponse | null> | null = null;

export function setAccessToken(token: string | null): void {
  accessToken = token;
}

/** How the app hears about sessions renewed or ended by the 401 handling below. */
export function configureSession(handlers: typeof listeners): void {
  listeners = handlers;
}

async function postRefresh(): Promise<SessionResponse | null> {
  try {
    const response = await fetch(`${API_BASE}/auth/refresh`, { method: 'POST', headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    if (!response.ok) return null;
    const session = (await response.json()) as SessionResponse;
    accessToken = session.accessToken;
    listeners.onRefreshed?.(session);
    return session;
  } catch {
    return null;
  }
}

/**
 * One refresh at a time: in this tab (shared promise) and across tabs (Web Locks), because a refresh token is
 * single use and presenting it twice ends the session.
 */
export function refreshSession(): Promise<SessionResponse | null> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  refreshing ??= (locks ? locks.request('aibridge-refresh', postRefresh) : postRefresh()).finally(() => {
    refreshing = null;
  });
  return refreshing;
}

function send(path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (accessToken) headers.Authorization = `Bearer ${accessToken}`;
  return fetch(buildUrl(path, options.query), {
    method: options.method ?? 'GET',
    headers,
    body: options.form ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
    credentials: 'same-origin',
    signal: options.signal,
  });
}

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

/** Sends with the access token, refreshing the session once on a 401 (sign-in routes excepted). */
async function sendWithSession(path: string, options: RequestOptions): Promise<Response> {
  let response: Response;
  try {
    response = await send(path, options);
    // Sign-in routes answer 401 for wrong credentials: those are the caller's to show, not a session problem.
    if (response.status === 401 && !path.startsWith('/auth/')) {
      const hadSession = accessToken !== null;
      if (await refreshSession()) response = await send(path, options);
      else if (hadSession) {
        accessToken = null;
        listeners.onExpired?.();
      }
    }
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ApiError(fallbackProblem(0, 'Network error', 'The server could not be reached.'));
  }
  return response;
}

/** A non-JSON answer (a CSV download) as text; errors are problems as for `request`. */
export async function requestText(path: string, options: RequestOptions = {}): Promise<string> {
  const response = await sendWithSession(path, options);
  if (!response.ok) {
    const body = await readJson(response);
    throw new ApiError(isProblem(body) ? body : fallbackProblem(response.status, response.statusText || 'Request failed'));
  }
  return response.text();
}

export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await sendWithSession(path, options);
  const body = await readJson(response);
  if (!response.ok) {
    throw new ApiError(isProblem(body) ? body : fallbackProblem(response.status, response.statusText || 'Request failed'));
  }
  if (response.status === 204) return undefined as T;
  if (body === undefined) {
    throw new ApiError(fallbackProblem(response.status, 'Unexpected response', 'The server did not send JSON.'));
  }
  return body as T;
}

/**
 * Opens a Server-Sent Events stream with the bearer token (EventSource cannot send one): resolves with the
 * response once the server accepted it, refreshing the session once on 401; the caller reads the body.
 */
export async function openStream(path: string, signal: AbortSignal): Promise<Response> {
  const open = () => fetch(buildUrl(path, undefined), { headers: { Accept: 'text/event-stream', ...(accessToken ? { Authorization: `Bearer ${accessToken}` } : {}) }, credentials: 'same-origin', signal });
  let response = await open();
  if (response.status === 401 && (await refreshSession())) response = await open();
  if (!response.ok || !response.body) throw new ApiError(fallbackProblem(response.status, response.statusText || 'Stream refused'));
  return response;
}
