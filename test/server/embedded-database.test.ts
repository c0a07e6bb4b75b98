// The embedded database as `npm start` runs it: no MONGODB_URI, files under DATA_DIR, nothing lost on restart.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config';
import { createLogger } from '../../server/platform/log/logger';
import { startServer } from '../../server/runtime';
import { importSuppliers } from '../../server/modules/imports/import.service';
import { SupplierModel } from '../../server/modules/suppliers/supplier.model';
import { OrganisationModel } from '../../server/modules/accounts/organisation.model';
import { MessageModel } from '../../server/modules/inquiries/inquiry.model';
import { refreshLookupStatistics } from '../../server/platform/db/ferretdb-id-index';
import mongoose from 'mongoose';
import { buildSupplier } from '../factories';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function start(dataDir: string) {
  const config = loadConfig({ DATA_DIR: dataDir, PORT: '0', DEMO_SEED: 'false', SERVE_CLIENT: 'false', LOG_LEVEL: 'silent' });
  return startServer(config, createLogger('silent'));
}

/** An empty data folder, removed after the file's tests. */
async function freshDataDir(): Promise<string> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'aibridge-embedded-'));
  dirs.push(dataDir);
  return dataDir;
}

/** Runs `test` against a server started on an empty data folder, then stops it. */
async function onFreshServer(test: () => Promise<void>): Promise<void> {
  const running = await start(await freshDataDir());
  try {
    await test();
  } finally {
    await running.close();
  }
}

describe('the embedded FerretDB', () => {
  it('starts on loopback, keeps acknowledged writes across a restart, and stops with the app', async () => {
    const dataDir = await freshDataDir();
    const record = buildSupplier({ name: 'Tsuen Wan Forecasting' });

    const first = await start(dataDir);
    expect(first.database.embedded).toBe(true);
    expect(await (await fetch(`${first.url}/api/health`)).json()).toMatchObject({ database: { state: 'up', embedded: true } });
    await importSuppliers([record]);
    await first.close();

    const second = await start(dataDir);
    try {
      const body = await (await fetch(`${second.url}/api/suppliers/tsuen-wan-forecasting`)).json();
      expect(body.externalId).toBe(record.externalId);
    } finally {
      await second.close();
    }
  });

  it('refuses to start on a data folder another process still holds while its database does not answer, and says so', async () => {
    const dataDir = await freshDataDir();
    // A server that is stopping: alive, its FerretDB gone (nothing listens where it did).
    const stopping = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    const gone = createServer();
    await new Promise<void>((resolve) => gone.listen(0, '127.0.0.1', resolve));
    const { port } = gone.address() as AddressInfo;
    await new Promise((resolve) => gone.close(resolve));
    await mkdir(path.join(dataDir, 'db'), { recursive: true });
    await writeFile(path.join(dataDir, 'db', 'ferretdb.owner.json'), JSON.stringify({ pid: stopping.pid, uri: `mongodb://127.0.0.1:${port}/` }));
    try {
      await expect(start(dataDir)).rejects.toThrow(new RegExp(`data.* is in use by process ${stopping.pid} .*does not answer.*Start again once that process has exited`));
    } finally {
      stopping.kill();
    }
  });

  it('answers lookups by _id from an index, not a scan of the table', async () => {
    const dataDir = await freshDataDir();
    await (await start(dataDir)).close();
    const db = new DatabaseSync(path.join(dataDir, 'db', 'aibridge.sqlite'), { readOnly: true });
    try {
      const { table_name: table } = db.prepare(`SELECT table_name FROM _ferretdb_collections WHERE name = 'suppliers'`).get()!;
      // The statement FerretDB v1.24 runs for a filter that is exactly { _id }.
      const plan = db.prepare(`EXPLAIN QUERY PLAN SELECT _ferretdb_sjson FROM "${String(table)}" WHERE _ferretdb_sjson->'$._id' = ?`).all('"x"');
      expect(plan.map((row) => String(row['detail']))).toEqual([expect.stringMatching(/^SEARCH .* USING INDEX .*__id_lookup/)]);
    } finally {
      db.close();
    }
  });

  it('answers equality filters on indexed fields from an index, with MongoDB semantics for arrays and odd values', async () => {
    await onFreshServer(async () => {
      await importSuppliers([
        buildSupplier({ name: 'Sai Kung Vision', sectors: ['healthcare', 'logistics'] }),
        buildSupplier({ name: 'Tai Po Speech', sectors: ['logistics'] }),
        buildSupplier({ name: 'Quote "Marks" & <Co>', sectors: ['healthcare'] }),
      ]);
      const names = async (filter: Record<string, unknown>) => (await SupplierModel.find(filter, { name: 1 }).lean()).map((s) => s.name).sort();
      // `sectors` holds arrays: an equality matches any element, as on MongoDB.
      expect(await names({ sectors: 'healthcare' })).toEqual(['Quote "Marks" & <Co>', 'Sai Kung Vision']);
      expect(await names({ sectors: { $in: ['logistics'] }, slug: 'tai-po-speech' })).toEqual(['Tai Po Speech']);
      expect(await names({ name: 'Quote "Marks" & <Co>' })).toEqual(['Quote "Marks" & <Co>']);
      expect(await SupplierModel.countDocuments({ sectors: { $eq: 'logistics' } })).toBe(2);
      // `$exists` counts a field holding null as present, as MongoDB does.
      await SupplierModel.collection.updateOne({ slug: 'tai-po-speech' }, { $set: { website: null } });
      await SupplierModel.collection.updateMany({ slug: { $ne: 'tai-po-speech' } }, { $unset: { website: 1 } });
      expect(await names({ website: { $exists: true } })).toEqual(['Tai Po Speech']);
      // What SQLite runs for a slug: a search of the expression index, not a scan of the table.
      const explained = (await SupplierModel.find({ slug: 'sai-kung-vision' }).explain()) as unknown as { queryPlanner: { Plan: string[] }; filterPushdown: boolean };
      expect(explained.filterPushdown).toBe(true);
      expect(explained.queryPlanner.Plan.join(' ')).toMatch(/USING INDEX \S+_slug_lookup/);
      // And for `$exists: true` (the curators' queues of reported threads and reviews): a range of the index.
      const present = (await SupplierModel.find({ externalId: { $exists: true } }).explain()) as unknown as { queryPlanner: { Plan: string[] } };
      expect(present.queryPlanner.Plan.join(' ')).toMatch(/USING INDEX \S+_externalId_lookup/);
    });
  });

  it('answers an $or of indexed equalities from the indexes, finding exactly what the same filter finds without pushdown', async () => {
    await onFreshServer(async () => {
      await importSuppliers([
        buildSupplier({ name: 'Sai Kung Vision', sectors: ['healthcare', 'logistics'] }),
        buildSupplier({ name: 'Tai Po Speech', sectors: ['logistics'] }),
        buildSupplier({ name: 'Quote "Marks" & <Co>', sectors: ['healthcare'] }),
        buildSupplier({ name: 'Mong Kok Ledger', sectors: ['finance-insurance'] }),
      ]);
      await SupplierModel.collection.updateOne({ slug: 'tai-po-speech' }, { $set: { website: null } });
      await SupplierModel.collection.updateOne({ slug: 'mong-kok-ledger' }, { $unset: { externalId: 1 } });
      const names = async (filter: Record<string, unknown>) => (await SupplierModel.find(filter, { name: 1 }).lean()).map((s) => s.name).sort();
      const pushed = async (filter: Record<string, unknown>) => ((await SupplierModel.find(filter).explain()) as unknown as { filterPushdown: boolean }).filterPushdown;
      const cases: [filter: Record<string, unknown>, pushedDown: boolean][] = [
        [{ $or: [{ slug: 'sai-kung-vision' }, { slug: 'tai-po-speech' }] }, true],
        // An array field matches through any element in either branch.
        [{ $or: [{ slug: 'mong-kok-ledger' }, { sectors: 'healthcare' }] }, true],
        [{ $or: [{ slug: { $in: [] } }, { sectors: { $in: ['finance-insurance', 'logistics'] } }] }, true],
        [{ $or: [{ slug: 'tai-po-speech' }, { externalId: { $exists: true } }] }, true],
        // Several keys in a branch, another key beside the $or, an $or within a branch.
        [{ $or: [{ sectors: 'logistics', slug: 'tai-po-speech' }, { slug: { $eq: 'mong-kok-ledger' } }] }, true],
        [{ sectors: 'healthcare', $or: [{ slug: 'sai-kung-vision' }, { slug: 'mong-kok-ledger' }] }, true],
        [{ $or: [{ $or: [{ slug: 'sai-kung-vision' }, { slug: 'tai-po-speech' }] }, { sectors: 'finance-insurance' }] }, true],
        // A branch the indexes cannot answer (null, a regex, a text with quotes, a number) could match any
        // document: that $or is not pushed down, and a key beside it still is.
        [{ $or: [{ slug: 'sai-kung-vision' }, { website: null }] }, false],
        [{ $or: [{ slug: 'sai-kung-vision' }, { name: /ledger/i }] }, false],
        [{ $or: [{ slug: 'sai-kung-vision' }, { name: 'Quote "Marks" & <Co>' }] }, false],
        [{ $or: [{ slug: 'sai-kung-vision' }, { foundedYear: 2018 }] }, false],
        [{ sectors: 'logistics', $or: [{ slug: 'sai-kung-vision' }, { website: null }] }, true],
      ];
      for (const [filter, pushedDown] of cases) {
        // `$and` is never pushed down: the same filter answered from every row, with MongoDB's semantics.
        const everyRow = await names({ $and: [filter] });
        expect(await pushed({ $and: [filter] })).toBe(false);
        expect(everyRow.length, JSON.stringify(filter)).toBeGreaterThan(0);
        expect(await names(filter), JSON.stringify(filter)).toEqual(everyRow);
        expect(await pushed(filter), JSON.stringify(filter)).toBe(pushedDown);
        expect(await SupplierModel.countDocuments(filter)).toBe(everyRow.length);
      }
      // SQLite reads the union of what each branch's index selects.
      const explained = (await SupplierModel.find({ $or: [{ slug: 'sai-kung-vision' }, { externalId: 'x' }] }).explain()) as unknown as { queryPlanner: { Plan: string[] } };
      const plan = explained.queryPlanner.Plan.join(' ');
      expect(plan).toMatch(/MULTI-INDEX OR/);
      expect(plan).toMatch(/USING INDEX \S+_slug_lookup[\s\S]*USING INDEX \S+_externalId_lookup/);
    });
  });

  it('answers a range of ObjectIds on _id (what was written since a time) from the _id index, finding what MongoDB finds', async () => {
    await onFreshServer(async () => {
      // A model's collection: start-up indexes the _id of those (the repair after an unclean stop reads messages so).
      const collection = mongoose.connection.db!.collection<{ _id: mongoose.Types.ObjectId | string | number; n: number }>(MessageModel.collection.collectionName);
      const seconds = [1_700_000_000, 1_700_000_100, 1_700_000_200, 1_800_000_000];
      const ids = seconds.map((s) => mongoose.Types.ObjectId.createFromTime(s));
      // Other types of _id never match a range of ObjectIds (MongoDB compares within a type).
      await collection.insertMany([...ids.map((_id, n) => ({ _id, n })), { _id: 'zzz-a-string', n: 9 }, { _id: 42, n: 8 }]);
      const found = async (filter: Record<string, unknown>) => (await collection.find(filter).toArray()).map((d) => d.n).sort();
      const cases: [filter: Record<string, unknown>, expected: number[]][] = [
        [{ _id: { $gte: ids[1] } }, [1, 2, 3]],
        [{ _id: { $gt: ids[1] } }, [2, 3]],
        [{ _id: { $lt: ids[2] } }, [0, 1]],
        [{ _id: { $lte: ids[2] } }, [0, 1, 2]],
        [{ _id: { $gte: ids[1], $lt: ids[3] } }, [1, 2]],
        [{ _id: { $gte: mongoose.Types.ObjectId.createFromTime(1_700_000_150) } }, [2, 3]],
        [{ _id: { $gte: ids[1] }, n: { $ne: 2 } }, [1, 3]],
      ];
      for (const [filter, expected] of cases) {
        expect(await found(filter), JSON.stringify(filter)).toEqual(expected);
        // The same filter answered from every row (`$and` is never pushed down), with MongoDB's semantics.
        expect(await found({ $and: [filter] })).toEqual(expected);
      }
      const explained = (await collection.find({ _id: { $gte: ids[1]! } }).explain()) as unknown as { queryPlanner: { Plan: string[] }; filterPushdown: boolean };
      expect(explained.filterPushdown).toBe(true);
      expect(explained.queryPlanner.Plan.join(' ')).toMatch(/SEARCH \S+ USING INDEX \S+__id_lookup/);
      // A range of anything but ObjectIds is not pushed down.
      expect(((await collection.find({ _id: { $gte: 'a' } }).explain()) as unknown as { filterPushdown: boolean }).filterPushdown).toBe(false);
    });
  });

  it('gives back every kind of string and ObjectId exactly as stored (plain ones are decoded without a JSON decoder)', async () => {
    await onFreshServer(async () => {
      const texts = ['', 'plain text', 'a "quoted" word', 'back\\slash', 'tab\tand\nnewline', '\u0001\u001f', '中文 繁體', 'emoji 😀', '\u2028\u2029', '</script>', '\\u0041', 'é', '\uFFFD'];
      const ids = Array.from({ length: 3 }, () => new mongoose.Types.ObjectId());
      const docs = texts.map((text, i) => ({ _id: new mongoose.Types.ObjectId(), text, ref: ids[i % 3], refs: ids, nested: { text, ref: ids[0] }, list: [text, { text }] }));
      const collection = mongoose.connection.db!.collection('round_trips');
      await collection.insertMany(docs);
      const read = await collection.find({}).sort({ _id: 1 }).toArray();
      expect(read).toEqual(docs);
      expect((await collection.find({ ref: ids[1] }).toArray()).map((d) => d['text'])).toEqual(texts.filter((_, i) => i % 3 === 1));
    });
  });

  it('gives back every kind of number, date, boolean, null, document and array exactly as stored, with its BSON type', async () => {
    const { Double, Int32, Long } = mongoose.mongo;
    await onFreshServer(async () => {
      const values = {
        int: new Int32(-2147483648),
        long: Long.fromString('-9007199254740993'),
        doubles: [new Double(1.5), new Double(1e300), new Double(5e-324), new Double(0.1), new Double(-12345678.875), new Double(3)],
        dates: [new Date(-1), new Date(0), new Date('2026-12-07T10:00:00.123Z')],
        flags: [true, false],
        nothing: null,
        empty: { object: {}, array: [] },
        deep: { a: { b: [{ c: [new Int32(1), 'd'] }, { e: { f: new Double(2.5) } }] } },
        'key with space': 'x',
        中文鍵: '值',
      };
      const collection = mongoose.connection.db!.collection('typed_round_trips');
      await collection.insertOne({ _id: new mongoose.Types.ObjectId(), ...values });
      const [read] = await collection.find({}, { promoteValues: false, promoteLongs: false, promoteBuffers: false }).toArray();
      const typeOf = (v: unknown) => (v as { _bsontype?: string })._bsontype;
      expect(typeOf(read!['int'])).toBe('Int32');
      expect(typeOf(read!['long'])).toBe('Long');
      expect(String(read!['long'])).toBe('-9007199254740993');
      expect((read!['doubles'] as InstanceType<typeof Double>[]).map((d) => [typeOf(d), d.valueOf()])).toEqual(values.doubles.map((d) => ['Double', d.valueOf()]));
      const [promoted] = await collection.find({}).toArray();
      const { _id, ...rest } = promoted!;
      expect(rest).toEqual({ ...values, int: -2147483648, doubles: values.doubles.map((d) => d.valueOf()), deep: { a: { b: [{ c: [1, 'd'] }, { e: { f: 2.5 } }] } } });
    });
  });

  it('takes the lookup statistics again when asked, so the planner follows data that changed after they were taken', async () => {
    const dataDir = await freshDataDir();
    const organisations = Array.from({ length: 120 }, (_, i) => ({ _id: new mongoose.Types.ObjectId(), name: `SME ${i}`, kind: 'sme', createdAt: new Date() }));
    let running = await start(dataDir);
    await OrganisationModel.collection.insertMany(organisations);
    await running.close();
    // Analysed at this start, while no organisation names a supplier profile: every entry shares one key.
    running = await start(dataDir);
    const statistic = () => {
      const db = new DatabaseSync(path.join(dataDir, 'db', 'aibridge.sqlite'), { readOnly: true });
      try {
        return String(db.prepare(`SELECT stat FROM sqlite_stat1 WHERE idx LIKE 'organisations%supplierId_lookup'`).get()?.['stat']);
      } finally {
        db.close();
      }
    };
    try {
      expect(statistic()).toBe('120 120');
      await Promise.all(organisations.map((o) => OrganisationModel.collection.updateOne({ _id: o._id }, { $set: { supplierId: new mongoose.Types.ObjectId() } })));
      expect(await refreshLookupStatistics(path.join(dataDir, 'db'), 'aibridge')).toBeGreaterThan(10);
      expect(statistic()).toBe('120 1');
    } finally {
      await running.close();
    }
  });

  it('finds the few documents holding a field only sparse indexes declare (the profile review queue) from an index of those alone', async () => {
    const dataDir = await freshDataDir();
    // Suppliers exist before the index does, none awaiting review: a whole index analysed now would be judged
    // useless (NULL in every row) and never used.
    const first = await start(dataDir);
    await importSuppliers(Array.from({ length: 40 }, (_, i) => buildSupplier({ name: `Supplier ${i}` })));
    await first.close();
    const db = new DatabaseSync(path.join(dataDir, 'db', 'aibridge.sqlite'));
    db.exec(`DROP INDEX IF EXISTS "${String(db.prepare(`SELECT table_name FROM _ferretdb_collections WHERE name = 'suppliers'`).get()!['table_name'])}_awaitingReviewSince_lookup"`);
    db.close();
    const running = await start(dataDir);
    try {
      await SupplierModel.updateOne({ slug: 'supplier-7' }, { $set: { awaitingReviewSince: new Date() } });
      const queued = SupplierModel.find({ awaitingReviewSince: { $exists: true } }, { slug: 1 });
      expect((await queued.clone().lean()).map((s) => s.slug)).toEqual(['supplier-7']);
      const explained = (await queued.clone().explain()) as unknown as { queryPlanner: { Plan: string[] }; filterPushdown: boolean };
      expect(explained.filterPushdown).toBe(true);
      expect(explained.queryPlanner.Plan.join(' ')).toMatch(/USING INDEX \S+_awaitingReviewSince_lookup/);
    } finally {
      await running.close();
    }
  });
});
