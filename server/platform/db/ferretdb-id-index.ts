// FerretDB v1.24's SQLite backend indexes `_id` as `_ferretdb_sjson->"_id"` but looks documents up with
// `_ferretdb_sjson->'$._id' = ?`. SQLite matches index expressions as written, so every lookup by _id scanned the
// table: 48 ms for the last of 10,000 suppliers, a whole scan for an id that does not exist. An index on the
// expression FerretDB queries with answers in 0.06 ms. FerretDB's metadata does not list it (listIndexes is
// unchanged), and dropping a collection drops its table and this index together.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';

/** Adds the lookup index to every collection of the database; returns how many collections it covered. */
export function indexIdLookups(dbDir: string, dbName: string): number {
  const file = path.join(dbDir, `${dbName}.sqlite`);
  if (!existsSync(file)) return 0;
  const db = new DatabaseSync(file);
  try {
    // FerretDB holds connections to the same file: wait for its locks rather than fail.
    db.exec('PRAGMA busy_timeout = 10000');
    const tables = db.prepare('SELECT table_name FROM _ferretdb_collections').all().map((row) => String(row['table_name']));
    for (const table of tables) {
      if (!/^[a-z0-9_]+$/.test(table)) continue;
      db.exec(`CREATE INDEX IF NOT EXISTS "${table}__id_lookup" ON "${table}" (_ferretdb_sjson->'$._id')`);
    }
    return tables.length;
  } finally {
    db.close();
  }
}
