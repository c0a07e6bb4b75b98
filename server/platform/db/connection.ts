// Opens the database: the configured MongoDB, or an embedded FerretDB when MONGODB_URI is unset. Losing it is
// noticed within about a second (a request's broken connection at once, the driver's check of an idle server every
// HEARTBEAT_MS, the embedded child's exit at once), and the driver reconnects by itself when it is back.
import path from 'node:path';
import mongoose from 'mongoose';
import type { Logger } from '../log/logger';
import { indexLookups, refreshLookupStatistics, type LookupFields } from './ferretdb-id-index';
import { startEmbeddedFerretdb } from './ferretdb-process';
import { keepHexIdsFlat } from './hex-id';

export type Database = {
  embedded: boolean;
  /** Call once the collections exist (after the models' init): indexes lookups on the embedded FerretDB (ferretdb-id-index.ts). */
  indexLookups(): void;
  isUp(): boolean;
  /** A start-up failure, said plainly when the database is another process's that may be stopping (ferretdb-process.ts). */
  explain(error: unknown): unknown;
  close(): Promise<void>;
};

export type DatabaseOptions = { uri?: string; dbName: string; dataDir: string; log: Logger };

/** Not lower: Mongoose's readyState counts two late heartbeats as a disconnection, and a busy machine is late. */
const HEARTBEAT_MS = 1_000;
/**
 * How long an operation waits for an unreachable server (and Mongoose for a connection) before failing; 10 s
 * kept requests hanging. Requests arriving while the database is known to be
 * down do not wait at all (http/database-gate.ts).
 */
const WAIT_FOR_SERVER_MS = 3_000;
/** When the embedded database's lookup statistics are taken again: well after start-up (whose work they would slow), then daily. */
const STATISTICS_AFTER_START_MS = 10 * 60_000;
const STATISTICS_EVERY_MS = 24 * 3_600_000;

/**
 * Whether the connection is up, from Mongoose's events (which follow the driver's monitoring, and a disconnect).
 * Not its readyState: that also says "disconnected" whenever two heartbeats are late, which on a busy machine
 * happens with nothing down.
 */
function watchConnection(connection: mongoose.Connection): () => boolean {
  let up = true; // just connected
  connection.on('connected', () => (up = true));
  connection.on('reconnected', () => (up = true));
  connection.on('disconnected', () => (up = false));
  return () => up;
}

/**
 * The first field of every index the models declare, by collection: what the services filter on by equality. A
 * field only sparse indexes lead with is indexed where present (MongoDB's sparse index leaves out documents without it).
 */
function lookupFields(): LookupFields {
  const fields: LookupFields = new Map();
  for (const model of Object.values(mongoose.models)) {
    const name = model.collection.collectionName;
    const byField = fields.get(name) ?? new Map<string, { sparse: boolean }>();
    for (const [keys, options] of model.schema.indexes()) {
      const first = Object.keys(keys)[0];
      if (first && !first.includes('.')) byField.set(first, { sparse: Boolean(options?.sparse) && (byField.get(first)?.sparse ?? true) });
    }
    fields.set(name, byField);
  }
  return fields;
}

export async function openDatabase({ uri, dbName, dataDir, log }: DatabaseOptions): Promise<Database> {
  keepHexIdsFlat();
  const embedded = uri ? undefined : await startEmbeddedFerretdb(path.join(dataDir, 'db'), log);
  const target = uri ?? embedded!.uri;
  mongoose.set('strictQuery', true);
  mongoose.set('bufferTimeoutMS', WAIT_FOR_SERVER_MS);
  try {
    await mongoose.connect(target, { dbName, serverSelectionTimeoutMS: WAIT_FOR_SERVER_MS, heartbeatFrequencyMS: HEARTBEAT_MS, autoIndex: true });
  } catch (error) {
    await embedded?.stop();
    throw embedded ? embedded.explain(error) : error;
  }
  const connected = watchConnection(mongoose.connection);
  let closing = false;
  const statistics: NodeJS.Timeout[] = [];
  const refreshStatistics = () => {
    refreshLookupStatistics(path.join(dataDir, 'db'), dbName)
      .then((indexes) => log.debug({ indexes }, 'lookup statistics refreshed'))
      .catch((err: unknown) => log.warn({ err }, 'lookup statistics not refreshed'));
  };
  mongoose.connection.on('disconnected', () => closing || log.warn('database disconnected'));
  mongoose.connection.on('reconnected', () => log.info('database reconnected'));
  return {
    embedded: Boolean(embedded),
    indexLookups() {
      if (!embedded) return;
      log.debug({ collections: indexLookups(path.join(dataDir, 'db'), dbName, lookupFields()) }, 'indexed lookups');
      statistics.push(setTimeout(refreshStatistics, STATISTICS_AFTER_START_MS).unref(), setInterval(refreshStatistics, STATISTICS_EVERY_MS).unref());
    },
    isUp: () => (embedded?.running() ?? true) && connected(),
    explain: (error) => (embedded ? embedded.explain(error) : error),
    async close() {
      closing = true;
      for (const timer of statistics) clearTimeout(timer);
      await mongoose.disconnect();
      await embedded?.stop();
    },
  };
}
