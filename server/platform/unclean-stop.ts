// Tells start-up whether the previous run of the server on this database stopped without closing (kill -9, power
// loss, out of memory), so that derived data written in several steps can be checked: a marker file exists while
// the server runs, and a clean close removes it. One marker per database name, so servers on other databases
// (the tests') do not see each other's.
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

export type RunMarker = { previousStopWasUnclean: boolean; clear(): Promise<void> };

export async function markRunning(dataDir: string, dbName: string): Promise<RunMarker> {
  const file = path.join(dataDir, `running-${dbName}`);
  const previousStopWasUnclean = await stat(file).then(
    () => true,
    () => false,
  );
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, String(process.pid));
  return { previousStopWasUnclean, clear: () => rm(file, { force: true }) };
}
