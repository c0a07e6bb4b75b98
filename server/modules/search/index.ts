// The search module's public surface: what other modules and the entry points (app.ts, runtime.ts, cli/) may use.
// Everything else in this folder is internal; eslint.config.js forbids importing it from outside.
export { rebuildIndexes, SearchIndexer } from './search.indexer';
export { searchRoutes } from './search.router';
export { createSearchService } from './search.service';
export { loadSynonyms } from './synonym.service';
