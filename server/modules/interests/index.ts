// The interests module's public surface: what other modules and the entry points (app.ts, runtime.ts, cli/) may use.
// Everything else in this folder is internal; eslint.config.js forbids importing it from outside.
// Model: the dashboard counts the interests in an SME's needs.
export { InterestModel } from './interest.model';
// Read model: the dashboard counts an SME organisation's interests from it (and the personal-data export reads them).
export type { InterestIndex } from './interest.kept';
export { interestsPart } from './interest.privacy';
export { createInterests, type InterestsRuntime } from './interests.context';
export { interestsRoutes } from './interests.router';
