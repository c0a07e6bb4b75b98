// Writes a demo market to a file: tsx seed/cli.ts <out.json> [--seed N] [--suppliers N] [--cases N]
import { parseArgs } from 'node:util';
import { writeMarketFile } from './write';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { seed: { type: 'string' }, suppliers: { type: 'string' }, cases: { type: 'string' } },
});
const path = positionals[0];
if (!path) {
  console.error('usage: tsx seed/cli.ts <out.json> [--seed N] [--suppliers N] [--cases N]');
  process.exit(2);
}
const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));
const started = performance.now();
const summary = await writeMarketFile(path, {
  seed: num(values.seed),
  suppliers: num(values.suppliers),
  casesPerSupplier: num(values.cases),
});
console.log(`${summary.suppliers} suppliers, ${summary.caseStudies} case studies, ${summary.bytes} bytes → ${path} ` +
  `in ${Math.round(performance.now() - started)} ms`);
