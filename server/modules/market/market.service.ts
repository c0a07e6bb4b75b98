// The home page's live counts. Read from the search engine, which holds every public supplier and published
// case study and answers facet counts from memory; on FerretDB the same counts from the database scan both
// collections. When the engine is not ready, the database answers.
import type { MarketStats } from '../../../shared/schemas/suppliers';
import { LAYER_KEYS, SECTOR_KEYS } from '../../../shared/taxonomy';
import type { Logger } from '../../platform/log/logger';
import type { SearchEngine } from '../../platform/search/port';
import { countPublishedCases } from '../cases';
import { supplierCounts } from '../suppliers';

async function databaseStats(): Promise<MarketStats> {
  const [{ suppliers, byLayer, bySector }, caseStudies] = await Promise.all([supplierCounts(), countPublishedCases()]);
  return { suppliers, caseStudies, byLayer, bySector };
}

function zeroFilled<K extends string>(keys: readonly K[], counts: Record<string, number> = {}): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, counts[k] ?? 0])) as Record<K, number>;
}

export async function marketStats(search: SearchEngine, log: Logger): Promise<MarketStats> {
  if (await search.isReady().catch(() => false)) {
    try {
      const [suppliers, cases] = await Promise.all([
        search.search('suppliers', { facets: ['layers', 'sectors'], limit: 0, highlight: false }),
        search.search('cases', { limit: 0, highlight: false }),
      ]);
      return {
        suppliers: suppliers.total,
        caseStudies: cases.total,
        byLayer: zeroFilled(LAYER_KEYS, suppliers.facets.layers),
        bySector: zeroFilled(SECTOR_KEYS, suppliers.facets.sectors),
      };
    } catch (err) {
      log.warn({ err }, 'market counts from the search engine failed; reading the database');
    }
  }
  return databaseStats();
}
