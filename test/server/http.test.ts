import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mongoose from 'mongoose';
import { startTestServer, type TestServer } from './harness';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('the HTTP edge', () => {
  it('reports health with the database state', async () => {
    const res = await server.get('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', database: { state: 'up' }, search: { ready: true } });
  });

  it('answers unknown API routes with a 404 problem, not HTML', async () => {
    const res = await server.get('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(await res.json()).toMatchObject({ status: 404, code: 'not-found', instance: '/api/nothing-here' });
  });

  it('answers malformed JSON with a 400 problem and no stack trace', async () => {
    const res = await server.send('POST', '/api/suppliers', '{"name": ');
    const text = await res.text();
    expect(res.status).toBe(400);
    expect(text).not.toMatch(/at .*\.(ts|js):\d+/);
    expect(JSON.parse(text)).toMatchObject({ code: 'validation' });
  });

  it('sets security headers and a request id', async () => {
    const res = await server.get('/api/health');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('serves an OpenAPI 3.1 document describing every route with who may call it, and renders it', async () => {
    const doc = await (await server.get('/api/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/taxonomy', '/api/stats', '/api/suppliers', '/api/suppliers/{idOrSlug}', '/api/cases/{idOrSlug}']),
    );
    const list = doc.paths['/api/suppliers'].get;
    expect(list.description).toContain('anyone');
    expect(list.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['page', 'pageSize', 'layer', 'sector']));
    const page = await server.get('/api/docs');
    expect(await page.text()).toContain('swagger-ui-bundle.js');
    expect((await server.get('/api/docs/assets/swagger-ui-bundle.js')).status).toBe(200);
  });

  it('answers 503 in the same shape when the database is unreachable', async () => {
    await mongoose.disconnect();
    try {
      const res = await server.get('/api/health');
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ status: 'unavailable', database: { state: 'down' } });
    } finally {
      await mongoose.connect(server.config.MONGODB_URI!, { dbName: server.config.MONGODB_DB });
    }
  });
});
