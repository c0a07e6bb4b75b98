// Derived fields (counters, "latest" marks) kept true without `$inc`, which FerretDB v1 does not apply atomically:
// it reads the document, changes it in Go and writes the whole document back, so 50 concurrent `$inc`s left 32.
// Instead each writer, after its own write to the source records, derives the fields by counting those records and
// compares them with what is stored, setting and comparing again until they agree. Whichever writer sets last also
// compares last, after every source write, so the final value is exact; the same holds on MongoDB.
// The whole-document writes also mean any other update of the same document can put back a stale value: every
// writer of such a document settles it afterwards.
import type { Model } from 'mongoose';

type Fields = Record<string, unknown>;

/**
 * How long a writer keeps settling. Each failed comparison means someone wrote after this writer's last set, so a
 * burst of writes keeps it going until the burst ends (50 approvals at once on a loaded machine took 40+ rounds);
 * the bound only stops a runaway. A short random pause between rounds breaks lock-step.
 */
const SETTLE_LIMIT_MS = 60_000;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Makes document `id` hold the `fields` that `derive` computes from the source records (given what is stored, for
 * fields that depend on it): while they differ, sets them and checks again. `alsoSet` goes with the first write
 * (the caller's own change to the document, saving a write). A writer that finds the fields true writes nothing
 * more; one that sets them always checks once more after its set. Resolves to whether it set anything.
 */
export async function settle<T>(model: Model<T>, id: unknown, fields: string[], derive: (stored: Fields) => Promise<Fields>, alsoSet: Fields = {}): Promise<boolean> {
  const projection = Object.fromEntries(fields.map((k) => [k, 1]));
  let extra = alsoSet;
  const started = Date.now();
  for (let round = 0; Date.now() - started < SETTLE_LIMIT_MS; round++) {
    const stored = await model.findById(id, projection).lean<Fields>();
    if (!stored) return round > 0;
    const want = await derive(stored);
    if (!Object.keys(extra).length && Object.keys(want).every((k) => same(stored[k], want[k]))) return round > 0;
    const set: Fields = { ...want, ...extra };
    await model.updateOne({ _id: id }, { $set: set }, { timestamps: false });
    extra = {};
    if (round) await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(50, 5 * round)));
  }
  throw new Error(`derived fields of ${String(id)} did not settle`);
}
