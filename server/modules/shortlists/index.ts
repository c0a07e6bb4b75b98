// The shortlists module's public surface: what other modules and the entry points (app.ts, runtime.ts, cli/) may use.
// Everything else in this folder is internal; eslint.config.js forbids importing it from outside.
// Read model: the personal-data export reads an organisation's shortlists from it.
export type { ShortlistIndex } from './shortlist.kept';
export { shortlistsPart } from './shortlist.privacy';
export { createShortlists, type ShortlistsRuntime } from './shortlists.context';
export { shortlistsRoutes } from './shortlists.router';
