// Chooses the search adapter: Meilisearch when a URL is configured, otherwise the embedded engine.
import { EmbeddedSearchEngine } from './embedded/engine';
import { MeiliSearchEngine } from './meili/engine';
import type { SearchEngine } from './port';

export type SearchConfig = { meiliUrl?: string; meiliKey?: string; indexPrefix?: string };

export function createSearchEngine(config: SearchConfig): SearchEngine {
  if (config.meiliUrl) {
    return new MeiliSearchEngine({ url: config.meiliUrl, apiKey: config.meiliKey, indexPrefix: config.indexPrefix ?? '' });
  }
  return new EmbeddedSearchEngine();
}

export type * from './port';
