// `npm run build:server`: bundles the server and the command-line tools (with shared/ and seed/) into plain
// JavaScript under dist/server/, so production runs `node dist/server/main.js` with no transpiler. Packages stay
// imports of node_modules; paths the code needs at run time are found from the repository root (platform/root.ts),
// which is why the output must stay inside the repository.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { ROOT } from '../server/platform/root';

const entryPoints = ['main', 'cli/import', 'cli/seed', 'cli/reindex', 'cli/user-create'].map((name) => path.join(ROOT, 'server', `${name}.ts`));

/** Writes `main.js` and `cli/*.js` (with source maps) into `outDir`; returns the packages they import. */
export async function buildServer(outDir = path.join(ROOT, 'dist', 'server')): Promise<string[]> {
  const { metafile } = await build({
    entryPoints,
    outdir: outDir,
    outbase: path.join(ROOT, 'server'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
    metafile: true,
  });
  const imported = Object.values(metafile.outputs).flatMap((output) => output.imports.filter((i) => i.external).map((i) => i.path));
  return [...new Set(imported.filter((name) => !name.startsWith('node:')).map(packageName))].sort();
}

/** `@scope/name/sub` → `@scope/name`, `name/sub` → `name`. */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return parts.slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildServer();
