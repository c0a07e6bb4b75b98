// The interests' read model: every interest as the two lists show it (a need's interests for its SME, a supplier's
// own), in memory, grouped by supplier profile and by SME organisation (whose few interests hold its needs' ones;
// the SME dashboard counts them too). On the embedded FerretDB each list was a round trip (about 0.5 ms of the
// database's CPU and as much of the server's) even when it found nothing. Interests are few (each one a supplier's
// note, rate-limited per day) and small. Kept current by 'interests.changed' (the model's hooks name the interests
// written, here or, relayed, on another instance; the named ones are read again by id: platform/db/kept-by-id.ts),
// read in full at start-up, after a lost connection to the other instances, and every 10 minutes (what a process
// outside the events wrote). The database stays the source of truth. Ids are shared strings and times epoch
// milliseconds: about 1.3 KB an interest with a 200-character note, its groups included (6.7 MB at 5,000 synthetic
// interests, measured; the dashboard's own copy of them, 1.4 MB, is gone). One per server.
import type { Types } from 'mongoose';
import type { InterestStatus } from '../../../shared/schemas/interests';
import { findInChunks } from '../../platform/db/find-in';
import { KeptById } from '../../platform/db/kept-by-id';
import { KeptGroups } from '../../platform/db/kept-groups';
import { sharedString as once } from '../../platform/db/shared-string';
import { InterestModel } from './interest.model';

/** An interest as the lists show it (its creation in epoch milliseconds). */
export type KeptInterest = {
  id: string;
  needId: string;
  supplierId: string;
  smeOrganisationId: string;
  note: string;
  status: InterestStatus;
  inquiryId?: string;
  createdAt: number;
  /** The supplier member who expressed it (gone once they deleted their account): the personal-data export says whether it was me. */
  createdBy?: string;
};

/** A stored interest (a lean read or a hydrated document) with the fields kept. */
type InterestSource = {
  _id: Types.ObjectId;
  needId: Types.ObjectId;
  supplierId: Types.ObjectId;
  smeOrganisationId: Types.ObjectId;
  note: string;
  status: InterestStatus;
  inquiryId?: Types.ObjectId | null;
  createdAt: Date;
  createdBy?: Types.ObjectId | null;
};

const FIELDS = { needId: 1, supplierId: 1, smeOrganisationId: 1, note: 1, status: 1, inquiryId: 1, createdAt: 1, createdBy: 1 } as const;

export function interestOf(i: InterestSource): KeptInterest {
  return {
    id: i._id.toHexString(),
    needId: once(i.needId.toHexString()),
    supplierId: once(i.supplierId.toHexString()),
    smeOrganisationId: once(i.smeOrganisationId.toHexString()),
    note: i.note,
    status: once(i.status) as InterestStatus,
    inquiryId: i.inquiryId?.toHexString(),
    createdAt: i.createdAt.getTime(),
    createdBy: i.createdBy ? once(i.createdBy.toHexString()) : undefined,
  };
}

/** Newest first, as the lists always were (`createdAt: -1, _id: -1`). */
const newestFirst = (a: KeptInterest, b: KeptInterest) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
const newest = (interests: KeptInterest[], limit: number) => interests.sort(newestFirst).slice(0, limit);

const FULL_READ_EVERY_MS = 10 * 60_000;
const keyed = (interests: InterestSource[]) => interests.map((i): [string, KeptInterest] => [i._id.toHexString(), interestOf(i)]);
const read = (filter: object) => InterestModel.find(filter, FIELDS).lean<InterestSource[]>();

export class InterestIndex {
  private readonly bySupplier = new KeptGroups<KeptInterest>((i) => i.supplierId);
  private readonly byOrganisation = new KeptGroups<KeptInterest>((i) => i.smeOrganisationId);
  private readonly kept: KeptById<KeptInterest>;

  constructor() {
    this.kept = new KeptById<KeptInterest>({
      readAll: async () => keyed(await read({})),
      readIds: async (ids) => keyed(await findInChunks(ids, (chunk) => read({ _id: { $in: chunk } }))),
    }, FULL_READ_EVERY_MS, [this.bySupplier, this.byOrganisation]);
  }

  /** Interests were written (their ids; none: unknown which, read all again). */
  changed(ids: string[]): void {
    this.kept.changed(ids);
  }

  /** Starts the first full read (start-up), so that the first request does not wait for it. */
  warm(): Promise<unknown> {
    return this.kept.current();
  }

  /** The newest `limit` interests in a need of the SME organisation `organisationId`. */
  async ofNeed(organisationId: string, needId: string, limit: number): Promise<KeptInterest[]> {
    return newest((await this.ofOrganisation(organisationId)).filter((i) => i.needId === needId), limit);
  }

  /** The newest `limit` interests a supplier profile expressed. */
  async ofSupplier(supplierId: string, limit: number): Promise<KeptInterest[]> {
    await this.kept.current();
    return newest([...this.bySupplier.of(supplierId).values()], limit);
  }

  /** The interests in an SME organisation's needs, in no particular order. */
  async ofOrganisation(organisationId: string): Promise<KeptInterest[]> {
    await this.kept.current();
    return [...this.byOrganisation.of(organisationId).values()];
  }
}
