// The funding module's public surface: what other modules and the entry points (app.ts, runtime.ts, cli/) may use.
// Everything else in this folder is internal; eslint.config.js forbids importing it from outside.
export { fundingRoutes } from './funding.router';
export { FUNDING_NOTICE, fundingHintsFor, presentFundingScheme, seedFundingSchemes } from './funding.service';
