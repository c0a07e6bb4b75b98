// The matching module's public surface: what other modules and the entry points (app.ts, runtime.ts, cli/) may use.
// Everything else in this folder is internal; eslint.config.js forbids importing it from outside.
export { requestLang } from './match.lang';
export type { Lang } from './match.reasons';
export { FIT_LEVELS, scorePair, WEIGHTS } from './match.score';
export { analyseNeed, matchSuppliers, presentMatch, type ResponsivenessLookup, vocabularyOf } from './match.service';
export { needMatchesRoutes } from './need-matches.router';
export { opportunitiesRoutes } from './opportunities.router';
export { readSuppliersAhead } from './match.warm';
export { needRankings } from './match.rankings';
export { keepRankings } from './match.rankings.keeper';
