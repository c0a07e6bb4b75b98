// npm run seed -- [--suppliers N] [--seed S] [--out file.json]: writes a demo market file and imports it.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importFile, writeDemoMarketFile } from '../modules/imports';
import { progressBar, runTool } from './cli';

await runTool(async (platform, args) => {
  const { values } = parseArgs({ args, options: { suppliers: { type: 'string', default: '320' }, seed: { type: 'string', default: '2024' }, out: { type: 'string' } } });
  const suppliers = Number(values.suppliers);
  if (!Number.isInteger(suppliers) || suppliers < 1) throw new Error('--suppliers must be a positive whole number');
  const file = path.resolve(values.out ?? path.join(platform.config.dataDir, 'seed', `demo-market-${suppliers}.json`));
  await writeDemoMarketFile(file, suppliers, Number(values.seed));
  process.stdout.write(`wrote ${file}\n`);
  const bar = progressBar('Importing');
  const report = await importFile(file, bar.update);
  bar.stop();
  process.stdout.write(`created ${report.created}, updated ${report.updated}, unchanged ${report.unchanged}, rejected ${report.rejected}\n`);
});
