// Builds the embedded FerretDB once from the Go module proxy and caches the binary by the hash of its source,
// so it is rebuilt only when the shim or its dependencies change.
import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, cp, mkdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from '../root';

const run = promisify(execFile);
const sourceDir = path.join(ROOT, 'server', 'platform', 'db', 'ferretdb');
/**
 * FerretDB files replaced (or, for sjson's raw.go, added) in a vendored copy at build time, so the module itself
 * stays as the proxy serves it:
 * - its SQLite collection, which pushes equality filters on top-level fields (and `$or`s of them) and ranges of
 *   ObjectIDs on `_id` down to SQL, where the expression indexes of ferretdb-id-index.ts answer them (upstream
 *   pushes down only `{_id}`);
 * - its resource tracking, a leak detector for its developers that recorded a stack trace and set a finalizer for
 *   every document iterator (about a fifth of its CPU when reading documents): it does nothing;
 * - its decoding of stored documents, which took a new JSON decoder for every field, object and array and decoded
 *   every row's schema anew: objects and arrays are split by a scan, a schema is decoded once, and plain strings,
 *   ObjectIDs, numbers, dates and booleans are read directly (the same values, about half the CPU of a read);
 * - its SQL wrappers, which made two child loggers for every statement, formatting its arguments each time, before
 *   asking whether debug logging was on: they log only when it is.
 */
const OVERLAYS = [
  { source: 'overlay/sqlite-collection.go.txt', replaces: 'github.com/FerretDB/FerretDB/internal/backends/sqlite/collection.go' },
  { source: 'overlay/resource.go.txt', replaces: 'github.com/FerretDB/FerretDB/internal/util/resource/resource.go' },
  { source: 'overlay/sjson-string.go.txt', replaces: 'github.com/FerretDB/FerretDB/internal/handler/sjson/string.go' },
  { source: 'overlay/sjson-object-id.go.txt', replaces: 'github.com/FerretDB/FerretDB/internal/handler/sjson/object_id.go' },
  { source: 'overlay/sjson.go.txt', replaces: 'github.com/FerretDB/FerretDB/internal/handler/sjson/sjson.go' },
  { source: 'overlay/sjson-document.go.txt', replaces: 'github.com/FerretDB/FerretDB/internal/handler/sjson/document.go' },
  { source: 'overlay/sjson-array.go.txt', replaces: 'github.com/FerretDB/FerretDB/internal/handler/sjson/array.go' },
  { source: 'overlay/sjson-raw.go.txt', replaces: 'github.com/FerretDB/FerretDB/internal/handler/sjson/raw.go' },
  { source: 'overlay/fsql-db.go.txt', replaces: 'github.com/FerretDB/FerretDB/internal/util/fsql/db.go' },
  { source: 'overlay/fsql-tx.go.txt', replaces: 'github.com/FerretDB/FerretDB/internal/util/fsql/tx.go' },
];
const sourceFiles = ['go.mod', 'go.sum', 'main.go', ...OVERLAYS.map((o) => o.source)];

export class FerretdbBuildError extends Error {}

async function sourceHash(): Promise<string> {
  const hash = createHash('sha256');
  for (const file of sourceFiles) hash.update(await readFile(path.join(sourceDir, file)));
  return hash.digest('hex').slice(0, 16);
}

export async function ferretdbBinaryPath(): Promise<string> {
  return path.join(ROOT, '.cache', 'ferretdb', `ferretdb-embed-${await sourceHash()}`);
}

async function goVersion(): Promise<string> {
  try {
    const { stdout } = await run('go', ['version']);
    return stdout.trim();
  } catch {
    throw new FerretdbBuildError(
      'The embedded database needs the Go toolchain (Go 1.24 or newer) to build FerretDB once. ' +
        'Install Go (e.g. "apt-get install golang" or https://go.dev/dl) or set MONGODB_URI to a MongoDB server.',
    );
  }
}

/** Returns the cached binary, building it first if its source changed. `onBuild` is told when a build starts. */
export async function ensureFerretdbBinary(onBuild?: (goVersion: string) => void): Promise<string> {
  const binary = await ferretdbBinaryPath();
  if (existsSync(binary)) return binary;
  const version = await goVersion();
  onBuild?.(version);
  await mkdir(path.dirname(binary), { recursive: true });
  const partial = `${binary}.${process.pid}.partial`;
  // A copy of the shim with its dependencies vendored, FerretDB's file replaced (the module cache is read-only).
  const work = `${partial}.src`;
  try {
    await cp(sourceDir, work, { recursive: true, filter: (from) => !from.includes(`${path.sep}overlay`) });
    await run('go', ['mod', 'vendor'], { cwd: work, maxBuffer: 16 * 1024 * 1024 });
    for (const { source, replaces } of OVERLAYS) await copyFile(path.join(sourceDir, source), path.join(work, 'vendor', replaces));
    await run('go', ['build', '-mod=vendor', '-trimpath', '-o', partial, '.'], {
      cwd: work,
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    await rm(partial, { force: true });
    const stderr = (error as { stderr?: string }).stderr ?? String(error);
    throw new FerretdbBuildError(`Building FerretDB failed (${version}):\n${stderr}`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  await rename(partial, binary);
  return binary;
}
