// The cases module's public surface: what other modules and the entry points (app.ts, runtime.ts, cli/) may use.
// Everything else in this folder is internal; eslint.config.js forbids importing it from outside.
// Model: the search indexer and its database fallback, the import and showcases read case studies in bulk.
export { type CaseStudyFields, CaseStudyModel } from './case.model';
export { CASE_SUMMARY_FIELDS, presentCasePageExtras, presentCaseSummary, presentManagedCaseOf } from './case.presenter';
export { countPublishedCases, findCase, indexedCaseSummaries, listSubmittedCases, publishedCaseSummaries, refreshCaseCounters, transition } from './case.service';
export { casesRoutes, supplierCasesRoutes } from './cases.router';
export { warmKeptCases } from './case.kept';
