// The shortlists' read model: every shortlist (its name and its suppliers' ids) in memory, grouped by SME
// organisation. On the embedded FerretDB the list page was a round trip (about 0.5 ms of the database's CPU and as
// much of the server's) even when it found nothing. An organisation keeps at most SHORTLISTS_MAX lists of at most
// SHORTLIST_SUPPLIERS_MAX suppliers. Kept current by 'shortlists.changed' (the model's hooks name the lists written,
// here or, relayed, on another instance; the named ones are read again by id: platform/db/kept-by-id.ts), read in
// full at start-up, after a lost connection to the other instances, and every 10 minutes (what a process outside
// the events wrote). The database stays the source of truth. Ids are shared strings and times epoch milliseconds:
// about 1.1 KB a list of ten suppliers, its group included (1.1 MB at 1,000 lists, measured). One per server.
import type { Types } from 'mongoose';
import { findInChunks } from '../../platform/db/find-in';
import { KeptById } from '../../platform/db/kept-by-id';
import { KeptGroups } from '../../platform/db/kept-groups';
import { sharedString as once } from '../../platform/db/shared-string';
import { ShortlistModel } from './shortlist.model';

/** A shortlist as the page shows it (times in epoch milliseconds). */
export type KeptShortlist = {
  id: string;
  organisationId: string;
  name: string;
  supplierIds: readonly string[];
  createdAt: number;
  updatedAt: number;
};

/** A stored shortlist (a lean read or a hydrated document). */
type ShortlistSource = {
  _id: Types.ObjectId;
  organisationId: Types.ObjectId;
  name: string;
  supplierIds: readonly Types.ObjectId[];
  createdAt: Date;
  updatedAt: Date;
};

const NONE: readonly string[] = Object.freeze([]);

export function shortlistOf(l: ShortlistSource): KeptShortlist {
  return {
    id: l._id.toHexString(),
    organisationId: once(l.organisationId.toHexString()),
    name: l.name,
    supplierIds: l.supplierIds.length ? Object.freeze(l.supplierIds.map((id) => once(id.toHexString()))) : NONE,
    createdAt: l.createdAt.getTime(),
    updatedAt: l.updatedAt.getTime(),
  };
}

/** Oldest first, as the page always listed them (`createdAt: 1, _id: 1`). */
const oldestFirst = (a: KeptShortlist, b: KeptShortlist) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const FULL_READ_EVERY_MS = 10 * 60_000;
const keyed = (lists: ShortlistSource[]) => lists.map((l): [string, KeptShortlist] => [l._id.toHexString(), shortlistOf(l)]);
const read = (filter: object) => ShortlistModel.find(filter).lean<ShortlistSource[]>();

export class ShortlistIndex {
  private readonly byOrganisation = new KeptGroups<KeptShortlist>((l) => l.organisationId);
  private readonly kept = new KeptById<KeptShortlist>(
    {
      readAll: async () => keyed(await read({})),
      readIds: async (ids) => keyed(await findInChunks(ids, (chunk) => read({ _id: { $in: chunk } }))),
    },
    FULL_READ_EVERY_MS,
    this.byOrganisation,
  );

  /** Shortlists were written (their ids; none: unknown which, read all again). */
  changed(ids: string[]): void {
    this.kept.changed(ids);
  }

  /** Starts the first full read (start-up), so that the first request does not wait for it. */
  warm(): Promise<unknown> {
    return this.kept.current();
  }

  /** The organisation's first `limit` shortlists, oldest first. */
  async ofOrganisation(organisationId: string, limit: number): Promise<KeptShortlist[]> {
    await this.kept.current();
    return [...this.byOrganisation.of(organisationId).values()].sort(oldestFirst).slice(0, limit);
  }
}
