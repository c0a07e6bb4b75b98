// Indexes SQLite really uses for the embedded FerretDB. FerretDB v1.24 stores each document as JSON in one column
// and, for the indexes Mongoose asks for, indexes `_ferretdb_sjson->"field"`; but it queries with
// `_ferretdb_sjson->'$.field' = ?` (only for `{_id}` upstream; for equality on any top-level field in our build,
// see ferretdb/overlay/). SQLite matches index expressions as written, so none of those indexes was ever used: a
// lookup by _id took 48 ms for the last of 10,000 suppliers, a slug or owner filter read and decoded every
// document. An index on the expression queried answers in well under a millisecond. Here every collection gets one
// on `_id` and one on the first field of each index its Mongoose schema declares (the fields the services filter
// on, which are the ones MongoDB indexes too). FerretDB's metadata does not list them (listIndexes is unchanged),
// and dropping a collection drops its table and these indexes together.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { setTimeout as pause } from 'node:timers/promises';

const SAFE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Collection name → top-level fields filtered on by equality or `$exists: true` (besides _id); a sparse one is
 * indexed only where present (a partial index). A field most documents lack (a queue's flag) needs that: analysed
 * while every row lacks it, a whole index is judged useless (one value, NULL, in every row) and SQLite reads the
 * table, while a partial one holds just the rows that have it.
 */
export type LookupFields = Map<string, Map<string, { sparse: boolean }>>;

/** Adds the lookup indexes to every collection of the database; returns how many collections it covered. */
export function indexLookups(dbDir: string, dbName: string, fields: LookupFields = new Map()): number {
  const file = path.join(dbDir, `${dbName}.sqlite`);
  if (!existsSync(file)) return 0;
  const db = new DatabaseSync(file);
  try {
    // FerretDB holds connections to the same file: wait for its locks rather than fail.
    db.exec('PRAGMA busy_timeout = 10000');
    const collections = db.prepare('SELECT name, table_name FROM _ferretdb_collections').all();
    const lookups: string[] = [];
    for (const row of collections) {
      const table = String(row['table_name']);
      if (!/^[a-z0-9_]+$/.test(table)) continue;
      db.exec(`CREATE INDEX IF NOT EXISTS "${table}__id_lookup" ON "${table}" (_ferretdb_sjson->'$._id')`);
      lookups.push(`${table}__id_lookup`);
      for (const [field, { sparse }] of fields.get(String(row['name'])) ?? []) {
        if (!SAFE_NAME.test(field) || field === '_id') continue;
        const expression = `_ferretdb_sjson->'$.${field}'`;
        // Both pushed-down forms (`IN (…)` and `IS NOT NULL`) imply the partial index's condition, so SQLite may use it.
        const where = sparse ? ` WHERE ${expression} IS NOT NULL` : '';
        db.exec(`CREATE INDEX IF NOT EXISTS "${table}_${field}_lookup" ON "${table}" (${expression})${where}`);
        lookups.push(`${table}_${field}_lookup`);
      }
    }
    analyseNewIndexes(db, lookups);
    return collections.length;
  } finally {
    db.close();
  }
}

/**
 * Statistics for indexes that have none yet, so that SQLite prefers a selective index (an _id list, an owner) to a
 * broad one (a status shared by most documents, where reading the table in order is faster). Each index is
 * analysed whole once (a sample of it misjudged a status held by all 50,000 case studies as selective); later
 * starts reuse the figures, which stay roughly right as a collection grows.
 */
function analyseNewIndexes(db: DatabaseSync, indexes: string[]): void {
  const hasStats = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'`).get();
  const known = new Set(hasStats ? db.prepare('SELECT DISTINCT idx FROM sqlite_stat1').all().map((row) => String(row['idx'])) : []);
  for (const index of indexes) if (!known.has(index)) db.exec(`ANALYZE "${index}"`);
}

/**
 * Takes every lookup index's statistics again, one index per turn of the event loop, so that the planner follows
 * how the data changed since they were taken. A field most documents lacked when it was analysed (organisations'
 * `supplierId` before suppliers joined: "2000 501") kept SQLite reading every organisation for a lookup the index
 * answers ("2000 2"). Each ANALYZE reads one index whole, tens of milliseconds at 100,000 entries; the server runs
 * this in the background, after start-up and daily. Returns how many indexes it analysed.
 */
export async function refreshLookupStatistics(dbDir: string, dbName: string): Promise<number> {
  const file = path.join(dbDir, `${dbName}.sqlite`);
  if (!existsSync(file)) return 0;
  const db = new DatabaseSync(file);
  try {
    db.exec('PRAGMA busy_timeout = 10000');
    const indexes = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE '%\\_lookup' ESCAPE '\\'`).all();
    for (const row of indexes) {
      db.exec(`ANALYZE "${String(row['name'])}"`);
      await pause(10);
    }
    return indexes.length;
  } finally {
    db.close();
  }
}
