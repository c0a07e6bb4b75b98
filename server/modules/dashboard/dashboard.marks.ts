// The dashboard's marks (dashboard.model.ts: the top supplier ids it last showed of each need), kept in memory by
// need id, so a visit compares this visit's matches with the last without a database read. The dashboard is their
// only writer: it announces the marks it wrote ('matchMarks.changed', relayed to other instances), which are read
// again by id; all are read at start-up and every ten minutes. Supplier ids are kept once whatever the number of
// needs naming them (about 200 bytes a need: 5,000 needs ≈ 1 MB).
import { sharedString } from '../../platform/db/shared-string';
import { findInChunks } from '../../platform/db/find-in';
import { KeptById } from '../../platform/db/kept-by-id';
import { domainEvents } from '../../platform/events';
import { MatchMarkModel } from './dashboard.model';

export type Mark = { supplierIds: readonly string[] };

type Stored = { _id?: string | null; supplierIds: string[] };

/** Supplier ids many marks share are kept once. */
const once = sharedString;

const keyed = (marks: Stored[]) => marks.flatMap((m): [string, Mark][] => (m._id ? [[m._id, { supplierIds: m.supplierIds.map(once) }]] : []));

const FIELDS = { supplierIds: 1 } as const;

const marks = new KeptById<Mark>(
  {
    readAll: async () => keyed(await MatchMarkModel.find({}, FIELDS).lean<Stored[]>()),
    readIds: async (ids) => keyed(await findInChunks(ids, (chunk) => MatchMarkModel.find({ _id: { $in: chunk } }, FIELDS).lean<Stored[]>())),
  },
  10 * 60_000,
);
domainEvents.on('matchMarks.changed', (ids) => marks.changed(ids));

/** What the dashboard showed last time of each of these needs (those it showed before). */
export async function marksOf(needIds: string[]): Promise<Map<string, Mark>> {
  const kept = await marks.current();
  return new Map(needIds.flatMap((id): [string, Mark][] => {
    const mark = kept.get(id);
    return mark ? [[id, mark]] : [];
  }));
}

/** The marks of these needs were written. */
export const marksWritten = (needIds: string[]) => void domainEvents.emit('matchMarks.changed', needIds);
