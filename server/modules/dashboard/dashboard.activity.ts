// What the dashboard counts of an SME organisation's interests (each one's need and whether it is pending), kept in
// memory and grouped by organisation, so a visit counts them without a database read. Kept current by
// 'interests.changed' (the model's hooks name the records written, here or, relayed, on another instance; those are
// read again by id: platform/db/kept-by-id.ts), read in full at start-up and every ten minutes (what a process
// outside the events wrote). About 120 bytes a record. The quotes it counts are the inquiries module's QuoteIndex.
import { sharedString } from '../../platform/db/shared-string';
import type { Types } from 'mongoose';
import { findInChunks } from '../../platform/db/find-in';
import { KeptById } from '../../platform/db/kept-by-id';
import { KeptGroups } from '../../platform/db/kept-groups';
import { domainEvents } from '../../platform/events';
import { InterestModel } from '../interests';

/** An interest as the dashboard counts it. */
export type Counted = { organisationId: string; needId?: string; pending: boolean };

type Stored = { _id: Types.ObjectId; smeOrganisationId?: Types.ObjectId | null; needId?: Types.ObjectId | null; status: string };
type Read = (filter: object, fields: typeof FIELDS) => Promise<Stored[]>;

const FIELDS = { smeOrganisationId: 1, needId: 1, status: 1 } as const;
const FULL_READ_EVERY_MS = 10 * 60_000;

/** Organisation and need ids many records share are kept once. */
const once = sharedString;

const keyed = (records: Stored[]) =>
  records.flatMap((r): [string, Counted][] =>
    r.smeOrganisationId ? [[r._id.toHexString(), { organisationId: once(r.smeOrganisationId.toHexString()), needId: r.needId ? once(r.needId.toHexString()) : undefined, pending: r.status === 'pending' }]] : [],
  );

/** One collection's records, grouped by SME organisation, following the event its model announces writes with. */
function kept(event: 'interests.changed', read: Read) {
  const byOrganisation = new KeptGroups<Counted>((r) => r.organisationId);
  const records = new KeptById<Counted>(
    {
      readAll: async () => keyed(await read({}, FIELDS)),
      readIds: async (ids) => keyed(await findInChunks(ids, (chunk) => read({ _id: { $in: chunk } }, FIELDS))),
    },
    FULL_READ_EVERY_MS,
    byOrganisation,
  );
  domainEvents.on(event, (ids) => records.changed(ids));
  return async (organisationId: string): Promise<Counted[]> => {
    await records.current();
    return [...byOrganisation.of(organisationId).values()];
  };
}

/** The organisation's interests in its needs, as counted. */
export const interestsOf = kept('interests.changed', (filter, fields) => InterestModel.find(filter, fields).lean<Stored[]>());
