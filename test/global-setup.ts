// One real FerretDB (the embedded database) for the whole run; each test file uses its own database in it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedFerretdb } from '../server/platform/db/ferretdb-process';
import { createLogger } from '../server/platform/log/logger';

declare module 'vitest' {
  export interface ProvidedContext {
    mongoUri: string;
  }
}

export default async function setup(project: TestProject) {
  const dir = await mkdtemp(path.join(tmpdir(), 'aibridge-test-db-'));
  const db = await startEmbeddedFerretdb(dir, createLogger('warn'));
  project.provide('mongoUri', db.uri);
  return async () => {
    await db.stop();
    await rm(dir, { recursive: true, force: true });
  };
}
