// The showcases module's public surface: what other modules and the entry points (app.ts, runtime.ts, cli/) may use.
// Everything else in this folder is internal; eslint.config.js forbids importing it from outside.
// Model: the curators' part of the personal-data registry exports the showcases a curator made.
export { ShowcaseModel } from './showcase.model';
export { showcasePageJson } from './showcase.read-model';
export { sendShowcasePage, showcasesRoutes } from './showcases.router';
