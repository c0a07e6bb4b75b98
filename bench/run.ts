// npm run bench: prints the figures the issues ask for. Never a pass/fail test.
import { benchEngine } from './engine';
import { benchFoundation } from './foundation';
import { benchMatching } from './matching';
import { benchSearch } from './search';

const only = process.argv[2];
const suites: Record<string, () => Promise<void>> = { foundation: benchFoundation, engine: benchEngine, search: benchSearch, matching: benchMatching };

for (const [name, run] of Object.entries(suites)) {
  if (!only || only === name) await run();
}
