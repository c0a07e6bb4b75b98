// Opens the database: the configured MongoDB, or an embedded FerretDB when MONGODB_URI is unset.
import path from 'node:path';
import mongoose from 'mongoose';
import type { Logger } from '../log/logger';
import { indexIdLookups } from './ferretdb-id-index';
import { startEmbeddedFerretdb } from './ferretdb-process';

export type Database = {
  embedded: boolean;
  /** Call once the collections exist (after the models' init): makes _id lookups on the embedded FerretDB indexed. */
  indexIdLookups(): void;
  isUp(): boolean;
  close(): Promise<void>;
};

export type DatabaseOptions = { uri?: string; dbName: string; dataDir: string; log: Logger };

export async function openDatabase({ uri, dbName, dataDir, log }: DatabaseOptions): Promise<Database> {
  const embedded = uri ? undefined : await startEmbeddedFerretdb(path.join(dataDir, 'db'), log);
  const target = uri ?? embedded!.uri;
  mongoose.set('strictQuery', true);
  try {
    await mongoose.connect(target, { dbName, serverSelectionTimeoutMS: 10_000, autoIndex: true });
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  let closing = false;
  mongoose.connection.on('disconnected', () => closing || log.warn('database disconnected'));
  mongoose.connection.on('reconnected', () => log.info('database reconnected'));
  return {
    embedded: Boolean(embedded),
    indexIdLookups() {
      if (embedded) log.debug({ collections: indexIdLookups(path.join(dataDir, 'db'), dbName) }, 'indexed _id lookups');
    },
    isUp: () => mongoose.connection.readyState === mongoose.ConnectionStates.connected,
    async close() {
      closing = true;
      await mongoose.disconnect();
      await embedded?.stop();
    },
  };
}
