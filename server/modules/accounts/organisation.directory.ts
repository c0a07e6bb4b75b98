// Every organisation's kind, name and linked supplier profile, in memory, for the pages that name organisations or
// ask who owns a profile on every request (inquiry lists and threads: the SME's name, whether the supplier has
// joined, the supplier member's profile; the caller's own organisation on `GET /api/me`). On the embedded FerretDB
// each of those was a round trip; the whole table is a few short strings per organisation. Kept current by 'organisations.changed' (the model's hooks, here or, relayed, on
// another instance: platform/db/kept-by-id.ts); an organisation not kept yet (created by another process a moment
// ago) is read at its first use. One per server (it holds the records of the database that server uses).
import { findInChunks } from '../../platform/db/find-in';
import { KeptById, type KeptListener } from '../../platform/db/kept-by-id';
import { domainEvents } from '../../platform/events';
import type { Peers } from '../../platform/redis';
import type { Organisation } from '../../../shared/schemas/accounts';
import { OrganisationModel } from './organisation.model';

type OrganisationKind = Organisation['kind'];

/** `createdAt` (epoch milliseconds): the personal-data export shows it. */
export type OrganisationEntry = { kind: OrganisationKind; name: string; supplierId?: string; createdAt?: number };

/** A full read every 10 minutes bounds what a process outside the events wrote (2,000 organisations: ~0.3 s of FerretDB). */
const FULL_READ_EVERY_MS = 10 * 60_000;

type Stored = { _id: { toHexString(): string }; kind: OrganisationKind; name: string; supplierId?: { toHexString(): string } | null; createdAt?: Date | null };
const FIELDS = { kind: 1, name: 1, supplierId: 1, createdAt: 1 } as const;
const entry = (o: Stored): [string, OrganisationEntry] => [o._id.toHexString(), { kind: o.kind, name: o.name, supplierId: o.supplierId?.toHexString(), createdAt: o.createdAt?.getTime() }];

export class OrganisationDirectory {
  /** Supplier profile → the organisations linked to it. */
  private readonly owners = new Map<string, Set<string>>();
  private readonly kept: KeptById<OrganisationEntry>;

  constructor() {
    const listener: KeptListener<OrganisationEntry> = {
      reloaded: (rows) => {
        this.owners.clear();
        for (const [id, org] of rows) this.link(id, org);
      },
      replaced: (id, before, after) => {
        if (before?.supplierId) this.owners.get(before.supplierId)?.delete(id);
        if (after) this.link(id, after);
      },
    };
    this.kept = new KeptById<OrganisationEntry>({
      readAll: async () => (await OrganisationModel.find({}, FIELDS).lean<Stored[]>()).map(entry),
      readIds: async (ids) => (await findInChunks(ids, (chunk) => OrganisationModel.find({ _id: { $in: chunk } }, FIELDS).lean<Stored[]>())).map(entry),
    }, FULL_READ_EVERY_MS, listener);
  }

  private link(id: string, org: OrganisationEntry): void {
    if (!org.supplierId) return;
    const set = this.owners.get(org.supplierId) ?? new Set();
    this.owners.set(org.supplierId, set.add(id));
  }

  /** Organisations were written (their ids; none: unknown which). */
  changed(ids: string[]): void {
    this.kept.changed(ids);
  }

  /** Follows the writes announced here and on other instances until the returned function is called. */
  follow(peers: Pick<Peers, 'onRejoin'>): () => void {
    const changed = (ids: string[]) => this.changed(ids);
    domainEvents.on('organisations.changed', changed);
    peers.onRejoin(() => this.changed([]));
    return () => domainEvents.off('organisations.changed', changed);
  }

  /** Starts the first full read (start-up), so that the first request does not wait for it. */
  warm(): Promise<unknown> {
    return this.kept.current();
  }

  /** These organisations (those that exist), by id. */
  async byIds(ids: readonly string[]): Promise<Map<string, OrganisationEntry>> {
    let rows = await this.kept.current();
    const missing = ids.filter((id) => !rows.has(id));
    if (missing.length) {
      this.kept.changed(missing);
      rows = await this.kept.current();
    }
    return new Map(ids.flatMap((id) => {
      const org = rows.get(id);
      return org ? [[id, org] as const] : [];
    }));
  }

  /** The supplier profile an organisation is linked to, if any. */
  async supplierIdOf(organisationId: string): Promise<string | undefined> {
    return (await this.byIds([organisationId])).get(organisationId)?.supplierId;
  }

  /** Which of these supplier profiles an organisation owns (the others wait for their company to join). */
  async owned(supplierIds: readonly string[]): Promise<Set<string>> {
    await this.kept.current();
    return new Set(supplierIds.filter((id) => this.owners.get(id)?.size));
  }
}
