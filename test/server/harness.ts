// Starts the real server on a free port against the run's FerretDB, in a database of this test file's own.
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { loadConfig } from '../../server/config';
import { createLogger } from '../../server/platform/log/logger';
import { startServer, type Running } from '../../server/runtime';

export type TestServer = Running & {
  get(path: string): Promise<Response>;
  send(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
};

/** What helpers need of a server: its address and requests to it (a test server, or an app in another process). */
export type ApiClient = Pick<TestServer, 'url' | 'get' | 'send'>;

export function testConfig(overrides: Record<string, string> = {}) {
  return loadConfig({
    NODE_ENV: 'test',
    MONGODB_URI: inject('mongoUri'),
    MONGODB_DB: `t_${randomBytes(6).toString('hex')}`,
    DEMO_SEED: 'false',
    SERVE_CLIENT: 'false',
    PORT: '0',
    LOG_LEVEL: 'silent',
    JWT_SECRET: randomBytes(32).toString('hex'),
    // Generous, so that tests signing many users in from 127.0.0.1 are not throttled; throttling tests set their own.
    AUTH_RATE_PER_IP: '100000',
    AUTH_RATE_PER_ACCOUNT: '1000',
    ...meiliFromEnvironment(),
    ...overrides,
  });
}

export async function startTestServer(overrides: Record<string, string> = {}, options?: Parameters<typeof startServer>[2]): Promise<TestServer> {
  const config = testConfig(overrides);
  const running = await startServer(config, createLogger(config.LOG_LEVEL), options);
  return {
    ...running,
    get: (path) => fetch(running.url + path),
    send: (method, path, body, headers = {}) =>
      fetch(running.url + path, {
        method,
        headers: { 'content-type': 'application/json', ...headers },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      }),
  };
}

/**
 * With MEILI_URL (and MEILI_KEY) set, as scripts/test-meili.sh does, test servers search through that Meilisearch,
 * each under index names of its own; otherwise through the embedded engine.
 */
function meiliFromEnvironment(): Record<string, string> {
  const url = process.env['MEILI_URL'];
  if (!url) return {};
  const key = process.env['MEILI_KEY'];
  return { MEILI_URL: url, ...(key ? { MEILI_MASTER_KEY: key } : {}), MEILI_INDEX_PREFIX: `t_${randomBytes(6).toString('hex')}_` };
}
