// Runs the contract against a real Meilisearch when MEILI_URL is set. Without a server this file checks
// the adapter choice instead of registering skipped tests.
import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../server/platform/search/index';
import { runSearchContract } from './contract';

const url = process.env['MEILI_URL'];

if (url) {
  // A fresh prefix per run keeps runs from seeing each other's indexes.
  let n = 0;
  const prefix = `test_${Date.now()}_`;
  runSearchContract('meilisearch', () =>
    createSearchEngine({ meiliUrl: url, meiliKey: process.env['MEILI_KEY'], indexPrefix: `${prefix}${n++}_` }),
  );
} else {
  describe('createSearchEngine', () => {
    it('picks the embedded engine when no Meilisearch URL is configured', () => {
      expect(createSearchEngine({}).name).toBe('embedded');
    });
  });
}
