// The needs module's public surface: what other modules and the entry points (app.ts, runtime.ts, cli/) may use.
// Everything else in this folder is internal; eslint.config.js forbids importing it from outside.
// Model: interests, inquiries, reviews and the dashboard join needs by hand (FerretDB v1 has no $lookup).
export { type NeedDoc, type NeedFields, NeedModel } from './need.model';
export { needForMatching, presentPublicNeed, publicNeedJson } from './need.presenter';
export { needsPart } from './need.privacy';
export { closedNeedCount } from './need.closed';
export { openNeed, openNeedsOf, publishedNeed, publishedNeeds, type StoredNeed } from './need.published';
export { canManageNeed } from './need.policy';
export { openNeedsForMatching, ownNeed, ownNeedForMatching, ownStoredNeed } from './need.service';
export { needsRoutes } from './needs.router';
