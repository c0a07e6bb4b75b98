// Each supplier's median time to first reply and reply rate over the last 90 days. Kept per supplier in one
// document loaded by _id (the only filter FerretDB v1 pushes down), recomputed from the supplier's inquiries when
// one arrives and when one is first answered, so neither profiles nor the matcher scan the inquiries to read it.
import type { Types } from 'mongoose';
import type { Responsiveness } from '../../../shared/schemas/inquiries';
import type { ResponsivenessLookup } from '../matching';
import { domainEvents } from '../../platform/events';
import { KeptById } from '../../platform/db/kept-by-id';
import { settle } from '../../platform/db/settle';
import { isDuplicateKeyError } from '../../platform/errors/duplicate-key';
import { InquiryModel, ResponsivenessModel } from './inquiry.model';

export const WINDOW_DAYS = 90;
/** An unanswered inquiry counts against the reply rate only once it is this old. */
export const GRACE_HOURS = 72;
const HOUR = 3_600_000;

type Entry = { at: Date; hours?: number | null };

/** The figures for a history, as of `now`; undefined when no inquiry in the window can be judged yet. */
export function figures(entries: Entry[], now = new Date()): Responsiveness | undefined {
  const from = now.getTime() - WINDOW_DAYS * 24 * HOUR;
  const recent = entries.filter((e) => e.at.getTime() >= from);
  const judged = recent.filter((e) => e.hours != null || now.getTime() - e.at.getTime() >= GRACE_HOURS * HOUR);
  if (!judged.length) return undefined;
  const hours = judged.flatMap((e) => (e.hours != null ? [e.hours] : [])).sort((a, b) => a - b);
  const mid = Math.floor(hours.length / 2);
  const median = hours.length === 0 ? NaN : hours.length % 2 ? hours[mid]! : (hours[mid - 1]! + hours[mid]!) / 2;
  return {
    medianHours: Number.isNaN(median) ? 0 : Math.round(median * 10) / 10,
    replyRate: Math.round((hours.length / judged.length) * 1000) / 1000,
    inquiries: judged.length,
  };
}

/**
 * Recomputes the supplier's history from its inquiries of the last 90 days (arrival, first reply) and settles it
 * into the supplier's document, after an inquiry arrives and after its first reply. Read-modify-write of the
 * entries lost one of two inquiries arriving at once; derived and settled, none is lost (platform/db/settle.ts).
 */
export async function refreshResponsiveness(supplierId: Types.ObjectId): Promise<void> {
  // Two first inquiries at once both upsert on FerretDB (not atomic): the second meets the unique _id, which is fine.
  await ResponsivenessModel.updateOne({ _id: supplierId }, { $setOnInsert: { entries: [] } }, { upsert: true }).catch((error: unknown) => {
    if (!isDuplicateKeyError(error)) throw error;
  });
  await settle(ResponsivenessModel, supplierId, ['entries'], async () => {
    const from = new Date(Date.now() - WINDOW_DAYS * 24 * HOUR);
    const inquiries = await InquiryModel.find({ supplierId, createdAt: { $gte: from } }, { createdAt: 1, firstReplyAt: 1 }).sort({ createdAt: 1, _id: 1 }).lean();
    const entries = inquiries.map((t) => ({ at: t.createdAt, hours: t.firstReplyAt ? (t.firstReplyAt.getTime() - t.createdAt.getTime()) / HOUR : null }));
    return { entries };
  });
  domainEvents.emit('responsiveness.changed', [supplierId.toHexString()]);
}

type Entries = { at: Date; hours?: number | null }[];
const keyed = (docs: { _id?: Types.ObjectId | null; entries: Entries }[]) => docs.flatMap((d): [string, Entries][] => (d._id ? [[d._id.toHexString(), d.entries]] : []));

/**
 * Every supplier's history (one small document per supplier that ever received an inquiry), kept in memory: the
 * matcher asks about hundreds of candidates per need, and read from the database that was a read of the whole
 * collection per need. Re-read by _id when 'responsiveness.changed' names a supplier (relayed between instances).
 */
const histories = new KeptById<Entries>({
  readAll: async () => keyed(await ResponsivenessModel.find({}, { entries: 1 }).lean()),
  readIds: async (ids) => keyed(await ResponsivenessModel.find({ _id: { $in: ids } }, { entries: 1 }).lean()),
});
domainEvents.on('responsiveness.changed', (ids) => histories.changed(ids));

/** One supplier's figures as of now (its profile), from the same kept histories as the matcher's. */
export async function responsivenessOf(supplierId: Types.ObjectId | string, now = new Date()): Promise<Responsiveness | undefined> {
  const entries = (await histories.current()).get(String(supplierId));
  return entries ? figures(entries, now) : undefined;
}

/** The matcher's lookup: the figures as of now for the suppliers that have any. */
export const responsivenessLookup: ResponsivenessLookup = async (supplierIds) => {
  const kept = await histories.current();
  const now = new Date();
  const result = new Map<string, { medianHours: number; replyRate: number }>();
  for (const id of new Set(supplierIds)) {
    const entries = kept.get(id);
    const r = entries ? figures(entries, now) : undefined;
    if (r) result.set(id, { medianHours: r.medianHours, replyRate: r.replyRate });
  }
  return result;
};
