// A fresh clone stands on its own: no source, test or config file reaches for a file outside the repository
// (a clone has nothing beside it). .ci/run alone may start optional test servers that CI lays beside the clone.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../server/platform/root';

const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'data', '.cache', '.git', '.ci', 'test-results']);
const CODE = /\.(ts|tsx|mts|cts|js|mjs|cjs|vue|json|html|css|go|mod|sh)$/;

/** Every code, test and config file of the repository (documentation and the lock file aside). */
function codeFiles(dir = ROOT): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) ? [] : codeFiles(full);
    return CODE.test(entry.name) && entry.name !== 'package-lock.json' ? [full] : [];
  });
}

/**
 * Where `source` (the text of `file`, relative to the root) climbs out of the repository: quoted relative paths
 * (imports, `new URL(…, import.meta.url)`, config entries; a template's static start) resolved from the file's
 * folder, and bare .. segments, which climb from wherever they are joined (paths inside start from ROOT).
 */
function reachesOutside(file: string, source: string): string[] {
  const bare = [...source.matchAll(/['"`]\.\.['"`]/g)].map(() => `${file}: a bare .. path segment`);
  // From each opening quote followed by ./ or ../ (never pairing quotes, which apostrophes in comments would upset).
  const climbing = [...source.matchAll(/['"`](\.\.?\/[^'"`\n]*)/g)].flatMap(([, literal]) => {
    const target = path.relative(ROOT, path.resolve(ROOT, path.dirname(file), literal!.split('${')[0]!));
    return `${target}${path.sep}`.startsWith(`..${path.sep}`) ? [`${file}: "${literal}" is outside the repository`] : [];
  });
  return [...bare, ...climbing];
}

// «» stand for quotes, so that these samples are not themselves quoted paths in this file.
const sample = (code: string) => code.replaceAll(/[«»]/g, "'");

describe('the repository stands on its own', () => {
  it('no source, test or config file reaches outside it', () => {
    const files = codeFiles();
    expect(files.length).toBeGreaterThan(300);
    const found = files.flatMap((file) => reachesOutside(path.relative(ROOT, file), readFileSync(file, 'utf8')));
    expect(found).toEqual([]);
  });

  it('catches paths that climb above the root, and only those', () => {
    expect(reachesOutside('test/unit/taxonomy.test.ts', sample('readFileSync(new URL(«../../../shared/study/DOMAIN.md», import.meta.url))'))).toHaveLength(1);
    expect(reachesOutside('vitest.config.ts', sample('alias: { s: «../shared» }'))).toHaveLength(1);
    expect(reachesOutside('server/cli/seed.ts', sample('path.join(ROOT, «..», «shared»)'))).toHaveLength(1);
    expect(reachesOutside('seed/write.ts', sample('import(`../../${name}.json`)'))).toHaveLength(1);
    expect(reachesOutside('client/vite.config.ts', sample('new URL(«../shared», import.meta.url)'))).toEqual([]);
    expect(reachesOutside('server/modules/cases/case.model.ts', sample('import { limits } from «../../../shared/limits»'))).toEqual([]);
    expect(reachesOutside('test/unit/x.test.ts', sample('// don«t read «../../../x»'))).toHaveLength(1);
    expect(reachesOutside('client/api/client.ts', sample('fetch(«/api/suppliers»); «..and more»'))).toEqual([]);
  });
});
