// npm run reindex: rebuilds the search indexes of the configured engine from the database.
import { rebuildIndexes } from '../modules/search';
import { progressBar, runTool } from './cli';

await runTool(async (platform) => {
  const bar = progressBar('Reindexing');
  const counts = await rebuildIndexes(platform.search, { onProgress: (_index, done, total) => bar.update(done, total) });
  bar.stop();
  process.stdout.write(`indexed ${counts.suppliers} suppliers and ${counts.cases} case studies in ${platform.search.name}\n`);
});
