// The reviews module's public surface: what other modules and the entry points (app.ts, runtime.ts, cli/) may use.
// Everything else in this folder is internal; eslint.config.js forbids importing it from outside.
export { reviewPeople } from './review.people';
export { reviewsPart } from './review.privacy';
export { reviewSummaries } from './review.service';
export { reviewsRoutes } from './reviews.router';
