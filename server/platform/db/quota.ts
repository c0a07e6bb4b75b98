// Limits that stay exact under concurrent writers without transactions ("20 inquiries a day", "200 case studies").
// Count-then-insert lets 40 parallel requests through a limit of 20 (27 were created). Here an allowance of `limit`
// is `limit` numbered slots per scope, and each use claims one by inserting `<scope>#<slot>#<generation>` as a
// unique _id: of any number of concurrent callers exactly one gets each free slot (on FerretDB and MongoDB alike).
// A slot is free again, as its next generation, once its latest claim is older than the window (windowed limits)
// or the record it paid for no longer exists (limits on what is kept), so deletions need no bookkeeping.
import mongoose from 'mongoose';
import { isDuplicateKeyError } from '../errors/duplicate-key';

const slotSchema = new mongoose.Schema(
  {
    _id: { type: String },
    scope: { type: String, required: true },
    slot: { type: Number, required: true },
    generation: { type: Number, required: true },
    /** The record the slot paid for (limits on what is kept). */
    ref: { type: String },
    at: { type: Date, required: true },
  },
  { collection: 'quota_slots', versionKey: false },
);
slotSchema.index({ scope: 1 });
export const QuotaSlotModel = mongoose.model('QuotaSlot', slotSchema);

/** A claim younger than this whose record does not exist yet is still being created. */
const IN_FLIGHT_MS = 60_000;
/** Free slots tried per read of the scope before reading again. */
const TRIES_PER_READ = 3;

export type Allowance = { scope: string; limit: number } & (
  | { windowMs: number }
  /** The ids of the records now using the allowance; those without a claim (imported, older) count against it. */
  | { records: () => Promise<string[]> }
);

type Slot = { slot: number; generation: number; ref?: string | null; at: Date };

/** The slots that may be claimed now, each with the generation to insert. */
async function freeSlots(a: Allowance, now: number): Promise<{ slot: number; generation: number }[]> {
  const claims = await QuotaSlotModel.find({ scope: a.scope }, { slot: 1, generation: 1, ref: 1, at: 1 }).lean<Slot[]>();
  const latest = new Map<number, Slot>();
  for (const c of claims) if ((latest.get(c.slot)?.generation ?? -1) < c.generation) latest.set(c.slot, c);
  let capacity = a.limit;
  let held: (c: Slot) => boolean;
  if ('windowMs' in a) {
    held = (c) => c.at.getTime() > now - a.windowMs;
  } else {
    const records = new Set(await a.records());
    const claimed = new Set([...latest.values()].map((c) => c.ref));
    capacity -= [...records].filter((id) => !claimed.has(id)).length;
    held = (c) => records.has(c.ref ?? '') || c.at.getTime() > now - IN_FLIGHT_MS;
  }
  const free: { slot: number; generation: number }[] = [];
  for (let slot = 0; slot < capacity; slot++) {
    const c = latest.get(slot);
    if (!c || !held(c)) free.push({ slot, generation: (c?.generation ?? -1) + 1 });
  }
  return free;
}

async function insertClaim(scope: string, slot: number, generation: number, ref?: string): Promise<boolean> {
  try {
    await QuotaSlotModel.create({ _id: `${scope}#${slot}#${generation}`, scope, slot, generation, ref, at: new Date() });
  } catch (error) {
    if (isDuplicateKeyError(error)) return false;
    throw error;
  }
  // Generations two back can no longer be contended (a reader would have to be a whole window stale): prune them.
  if (generation >= 2) await QuotaSlotModel.deleteOne({ _id: `${scope}#${slot}#${generation - 2}` });
  return true;
}

/**
 * Claims one use of the allowance for `ref` (the id the new record will have); false when none is left. Every
 * failed insert means another caller took that slot, so the loop ends once a claim succeeds or none is free.
 */
export async function claimSlot(a: Allowance, ref?: string): Promise<boolean> {
  for (;;) {
    const free = await freeSlots(a, Date.now());
    if (!free.length) return false;
    for (let i = 0; i < TRIES_PER_READ && free.length; i++) {
      const [pick] = free.splice(Math.floor(Math.random() * free.length), 1);
      if (await insertClaim(a.scope, pick!.slot, pick!.generation, ref)) return true;
    }
  }
}

/** Gives a claim back: its record could not be created after all, or was deleted (else it is free a minute later). */
export async function releaseSlot(scope: string, ref: string): Promise<void> {
  await QuotaSlotModel.deleteMany({ scope, ref });
}
