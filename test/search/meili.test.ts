// Runs the contract against a real Meilisearch when MEILI_URL is set. Without a server this file checks
// the adapter choice instead of registering skipped tests.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SYNONYMS } from '../../server/modules/search/synonyms.defaults';
import { createSearchEngine } from '../../server/platform/search/index';
import { evalEngine, evaluate, LANGUAGE_GROUPS } from '../eval/evaluate';
import { runSearchContract } from './contract';

const url = process.env['MEILI_URL'];

if (url) {
  // A fresh prefix per run keeps runs from seeing each other's indexes.
  let n = 0;
  const prefix = `test_${Date.now()}_`;
  runSearchContract('meilisearch', () =>
    createSearchEngine({ meiliUrl: url, meiliKey: process.env['MEILI_KEY'], indexPrefix: `${prefix}${n++}_` }),
  );

  describe('search quality on the judged set', () => {
    it('keyword search within 0.03 nDCG@10 of the embedded engine overall and per language, the matcher within 0.02', async () => {
      const embedded = await evaluate(await evalEngine(DEFAULT_SYNONYMS, 'embedded'));
      const meili = await evaluate(await evalEngine(DEFAULT_SYNONYMS, 'meili'));
      for (const [system, margin] of [['keyword', 0.03], ['matcher', 0.02]] as const) {
        expect(meili[system].ndcg10, system).toBeGreaterThanOrEqual(embedded[system].ndcg10 - margin);
        for (const g of LANGUAGE_GROUPS) {
          expect(meili[system].groups[g].ndcg10, `${system} ${g}`).toBeGreaterThanOrEqual(embedded[system].groups[g].ndcg10 - margin);
        }
      }
    }, 180_000);
  });
} else {
  describe('createSearchEngine', () => {
    it('picks the embedded engine when no Meilisearch URL is configured', () => {
      expect(createSearchEngine({}).name).toBe('embedded');
    });
  });
}
