// The insights module's public surface: what other modules and the entry points (app.ts, runtime.ts, cli/) may use.
// Everything else in this folder is internal; eslint.config.js forbids importing it from outside.
export { warmMarketData } from './insights.data';
export { insightsRoutes, publicMarketRoutes } from './insights.router';
