// npm run build:ferretdb: builds the embedded FerretDB once (cached by the hash of its source).
import { ensureFerretdbBinary } from '../platform/db/ferretdb-build';

try {
  const binary = await ensureFerretdbBinary((go) => process.stdout.write(`building FerretDB with ${go} …\n`));
  process.stdout.write(`FerretDB ready: ${binary}\n`);
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
}
