import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, request } from '../../client/api/client';
import { listSuppliers } from '../../client/api/suppliers';

function respond(status: number, body: unknown, contentType = 'application/json') {
  const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) =>
    new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'Content-Type': contentType } }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => vi.unstubAllGlobals());

describe('request', () => {
  it('returns the parsed body and sends filters as comma lists', async () => {
    const fetchMock = respond(200, { items: [], page: 2, pageSize: 12, total: 0 });
    const page = await listSuppliers({ page: 2, pageSize: 12, layers: ['basic', 'technology'], sectors: [] });
    expect(page.total).toBe(0);
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/suppliers?page=2&pageSize=12&layer=basic%2Ctechnology');
  });

  it('throws an ApiError carrying the problem details', async () => {
    const problem = { type: 'about:blank', title: 'Not Found', status: 404, code: 'not-found', detail: 'The supplier was not found' };
    respond(404, problem, 'application/problem+json');
    const error = await request('/suppliers/nope').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).isNotFound).toBe(true);
    expect((error as ApiError).problem).toEqual(problem);
  });

  it('makes up a problem when the body is not problem details', async () => {
    respond(502, '<html>Bad gateway</html>', 'text/html');
    const error = (await request('/stats').catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(502);
    expect(error.code).toBe('unavailable');
  });

  it('reports a network failure as status 0', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('fetch failed'))));
    const error = (await request('/stats').catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(0);
  });
});

describe('the one 401 handler', () => {
  it('refreshes once and retries with the new token', async () => {
    const { configureSession, setAccessToken } = await import('../../client/api/client');
    const refreshed = vi.fn();
    configureSession({ onRefreshed: refreshed, onExpired: vi.fn() });
    setAccessToken('old');
    const calls: string[] = [];
    vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => {
      const auth = new Headers(init?.headers).get('authorization') ?? '';
      calls.push(`${url} ${auth}`);
      if (url === '/api/auth/refresh') return new Response(JSON.stringify({ accessToken: 'new', expiresIn: 900, user: {} }), { status: 200 });
      return auth === 'Bearer new' ? new Response('{"ok":true}', { status: 200 }) : new Response('{}', { status: 401 });
    }));
    expect(await request('/me')).toEqual({ ok: true });
    expect(calls).toEqual(['/api/me Bearer old', '/api/auth/refresh ', '/api/me Bearer new']);
    expect(refreshed).toHaveBeenCalledOnce();
  });

  it('tells the app the session ended when the refresh fails', async () => {
    const { configureSession, setAccessToken } = await import('../../client/api/client');
    const expired = vi.fn();
    configureSession({ onExpired: expired });
    setAccessToken('old');
    vi.stubGlobal('fetch', vi.fn(async () => new Response('{}', { status: 401 })));
    const error = (await request('/me').catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(401);
    expect(expired).toHaveBeenCalledOnce();
  });
});
