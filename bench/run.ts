// npm run bench: prints the figures the issues ask for. Never a pass/fail test.
import { benchEngine } from './engine';
import { benchFoundation } from './foundation';
import { benchInsights } from './insights';
import { prepareServer } from './lib';
import { benchMatching } from './matching';
import { benchRoutes } from './routes';
import { benchSearch } from './search';

const only = process.argv[2];
// The suites that start a server run the compiled bundle, as production does (bundling takes about a second).
await prepareServer();
const suites: Record<string, () => Promise<void>> = { foundation: benchFoundation, engine: benchEngine, search: benchSearch, matching: benchMatching, routes: benchRoutes, insights: benchInsights };

for (const [name, run] of Object.entries(suites)) {
  // The routes suite seeds a city-scale market (minutes, once): it runs only when asked for by name.
  if (only === name || (!only && name !== 'routes')) await run();
}
