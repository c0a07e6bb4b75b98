// npm run bench: prints the figures the issues ask for. Never a pass/fail test.
import { benchEngine } from './engine';
import { benchFoundation } from './foundation';
import { benchInsights } from './insights';
import { prepareServer } from './lib';
import { benchMatching } from './matching';
import { benchOneRoute } from './one-route';
import { benchRoutes } from './routes';
import { benchSearch } from './search';

const only = process.argv[2];
// The suites that start a server run the compiled bundle, as production does (bundling takes about a second).
await prepareServer();
const suites: Record<string, () => Promise<void>> = { foundation: benchFoundation, engine: benchEngine, search: benchSearch, matching: benchMatching, routes: benchRoutes, insights: benchInsights, 'one-route': benchOneRoute };

for (const [name, run] of Object.entries(suites)) {
  // The routes suites seed a city-scale market (minutes, once): they run only when asked for by name.
  if (only === name || (!only && name !== 'routes' && name !== 'one-route')) await run();
}
