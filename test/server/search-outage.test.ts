// Search while Meilisearch is away: searches answer from the database (degraded), writes still succeed, and
// the index catches up once Meilisearch is back. Stopping and restarting a real server needs the binary
// (MEILI_BIN, set by scripts/test-meili.sh); without it, Meilisearch is unreachable from the start.
import { afterAll, describe, expect, it } from 'vitest';
import { importSuppliers } from '../../server/modules/imports/import.service';
import type { SupplierSearchResult } from '../../shared/schemas/search';
import { buildSupplier } from '../factories';
import { ownMeilisearch, type MeiliProcess } from '../search/meili-process';
import { startTestServer, type TestServer } from './harness';

const bin = process.env['MEILI_BIN'];
let server: TestServer | undefined;
let meili: MeiliProcess | undefined;
afterAll(async () => {
  await server?.close();
  await meili?.dispose();
});

async function search(q: string): Promise<SupplierSearchResult> {
  const res = await server!.get(`/api/search/suppliers?q=${encodeURIComponent(q)}`);
  expect(res.status).toBe(200);
  return (await res.json()) as SupplierSearchResult;
}

/** While search is down: answers from the database, and a new supplier is written and found at once. */
async function expectDegradedWithWrites(name: string): Promise<void> {
  const first = await search('kowloon');
  expect(first).toMatchObject({ degraded: true, total: 1 });
  expect(first.hits[0]?.name).toBe('Kowloon Vision Labs');
  const report = await importSuppliers([buildSupplier({ name, capabilities: ['lidar'], caseStudies: [] })]);
  expect(report.created).toBe(1);
  await server!.indexer.settled(); // Meilisearch refused the update: it stays queued
  expect((await search(name.split(' ')[0]!)).hits.map((h) => h.name)).toContain(name);
}

describe('search through Meilisearch while it is away', () => {
  if (bin) {
    it('degrades when Meilisearch stops mid-run, keeps writes, and catches up when it is back', async () => {
      meili = await ownMeilisearch(bin);
      server = await startTestServer({ MEILI_URL: meili.url, MEILI_MASTER_KEY: meili.key });
      await importSuppliers([buildSupplier({ name: 'Kowloon Vision Labs', caseStudies: [] })]);
      await server.indexer.settled();
      expect(await search('kowloon')).toMatchObject({ degraded: false, total: 1 });

      await meili.stop();
      await expectDegradedWithWrites('Lamma Lidar Mapping');

      await meili.start();
      // The indexer retries what it could not index; a typo'd search then finds the new supplier through Meilisearch.
      await expect
        .poll(async () => {
          const body = await search('Lama Lidar');
          return { degraded: body.degraded, first: body.hits[0]?.name };
        }, { timeout: 30_000, interval: 500 })
        .toEqual({ degraded: false, first: 'Lamma Lidar Mapping' });
    }, 90_000);
  } else {
    it('degrades and keeps writes when nothing answers at MEILI_URL', async () => {
      server = await startTestServer({ MEILI_URL: 'http://127.0.0.1:9', MEILI_MASTER_KEY: 'unused' });
      await importSuppliers([buildSupplier({ name: 'Kowloon Vision Labs', caseStudies: [] })]);
      await server.indexer.settled();
      await expectDegradedWithWrites('Lamma Lidar Mapping');
    });
  }
});
