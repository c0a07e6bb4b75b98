// npm run import -- <file.json|file.csv>
import path from 'node:path';
import { importFile } from '../modules/imports';
import { progressBar, runTool } from './cli';

await runTool(async (_platform, args) => {
  const file = args[0];
  if (!file) throw new Error('usage: npm run import -- <file.json|file.csv>');
  const bar = progressBar('Importing');
  const started = performance.now();
  const report = await importFile(path.resolve(file), bar.update);
  bar.stop();
  const seconds = (performance.now() - started) / 1000;
  for (const e of report.errors) process.stdout.write(`record ${e.position + 1}${e.externalId ? ` (${e.externalId})` : ''}: ${e.field}: ${e.message}\n`);
  process.stdout.write(
    `created ${report.created}, updated ${report.updated}, unchanged ${report.unchanged}, rejected ${report.rejected} ` +
      `in ${seconds.toFixed(1)} s\n`,
  );
});
