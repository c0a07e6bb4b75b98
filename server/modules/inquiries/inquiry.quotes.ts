// The quotes' read model: every quote as a thread, a need's comparison and the reviews' engagements show it, in
// memory, grouped by thread, by need and by SME organisation. On the embedded FerretDB each of those pages read the
// quotes again (one round trip each, beside the thread's messages); quotes are few (at most a handful per thread)
// and small. Kept current by 'quotes.changed' (the model's hooks name the quotes written, here or, relayed, on
// another instance; the named ones are read again by id: platform/db/kept-by-id.ts), read in full at start-up,
// after a lost connection to the other instances, and every 10 minutes. The database stays the source of truth.
// Ids are shared strings and times epoch milliseconds: about 860 bytes a quote with short texts (4.3 MB at 5,000
// quotes, measured with the routes bench's market). One per server.
import type { QuoteStatus } from '../../../shared/schemas/inquiries';
import { findInChunks } from '../../platform/db/find-in';
import { KeptById, type KeptListener } from '../../platform/db/kept-by-id';
import { QuoteModel, type QuoteRecord } from './inquiry.model';
import { once } from './inquiry.threads';

/** A quote as the pages show it (times in epoch milliseconds). */
export type KeptQuote = {
  id: string;
  inquiryId: string;
  needId?: string;
  supplierId: string;
  smeOrganisationId: string;
  sentBy?: string;
  decidedBy?: string;
  scope: string;
  deliverables: readonly string[];
  dataRequired: string;
  timeline: string;
  priceHKD: number;
  validUntil: number;
  assumptions: string;
  status: QuoteStatus;
  declineReason?: string;
  decidedAt?: number;
  deliveredAt?: number;
  createdAt: number;
};

const NONE: readonly string[] = Object.freeze([]);

/** A stored quote (a lean read or a hydrated document) as kept. */
export function quoteOf(q: QuoteRecord): KeptQuote {
  return {
    id: q._id.toHexString(),
    inquiryId: q.inquiryId.toHexString(),
    needId: q.needId ? once(q.needId.toHexString()) : undefined,
    supplierId: once(q.supplierId.toHexString()),
    smeOrganisationId: once(q.smeOrganisationId.toHexString()),
    sentBy: q.sentBy ? once(q.sentBy.toHexString()) : undefined,
    decidedBy: q.decidedBy ? once(q.decidedBy.toHexString()) : undefined,
    scope: q.scope,
    deliverables: q.deliverables.length ? [...q.deliverables] : NONE,
    dataRequired: q.dataRequired,
    timeline: q.timeline,
    priceHKD: q.priceHKD,
    validUntil: q.validUntil.getTime(),
    assumptions: q.assumptions ?? '',
    status: once(q.status) as QuoteStatus,
    declineReason: q.declineReason ?? undefined,
    decidedAt: q.decidedAt?.getTime(),
    deliveredAt: q.deliveredAt?.getTime(),
    createdAt: q.createdAt.getTime(),
  };
}

const byId = (a: KeptQuote, b: KeptQuote) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
/** A thread's quotes: oldest first (the order the messages announced them). */
const oldestFirst = (a: KeptQuote, b: KeptQuote) => a.createdAt - b.createdAt || byId(a, b);
/** A need's comparison: cheapest first. */
const cheapestFirst = (a: KeptQuote, b: KeptQuote) => a.priceHKD - b.priceHKD || byId(a, b);

/** Lists of quotes under a key, changed one quote at a time (read-only to callers). */
class Grouped {
  private readonly lists = new Map<string, KeptQuote[]>();
  constructor(private readonly keyOf: (q: KeptQuote) => string | undefined) {}

  add(q: KeptQuote): void {
    const key = this.keyOf(q);
    if (key === undefined) return;
    const list = this.lists.get(key);
    if (list) list.push(q);
    else this.lists.set(key, [q]);
  }

  remove(q: KeptQuote): void {
    const key = this.keyOf(q);
    const list = key === undefined ? undefined : this.lists.get(key);
    const at = list?.indexOf(q) ?? -1;
    if (at < 0) return;
    if (list!.length === 1) this.lists.delete(key!);
    else list!.splice(at, 1);
  }

  get(key: string): readonly KeptQuote[] {
    return this.lists.get(key) ?? [];
  }

  clear(): void {
    this.lists.clear();
  }
}

const FULL_READ_EVERY_MS = 10 * 60_000;
const keyed = (quotes: QuoteRecord[]) => quotes.map((q): [string, KeptQuote] => [q._id.toHexString(), quoteOf(q)]);

export class QuoteIndex {
  private readonly groups = [new Grouped((q) => q.inquiryId), new Grouped((q) => q.needId), new Grouped((q) => q.smeOrganisationId)] as const;
  private readonly kept: KeptById<KeptQuote>;

  constructor() {
    const listener: KeptListener<KeptQuote> = {
      reloaded: (rows) => {
        for (const group of this.groups) {
          group.clear();
          for (const q of rows.values()) group.add(q);
        }
      },
      replaced: (_id, before, after) => {
        for (const group of this.groups) {
          if (before) group.remove(before);
          if (after) group.add(after);
        }
      },
    };
    this.kept = new KeptById<KeptQuote>({
      readAll: async () => keyed(await QuoteModel.find({}).lean<QuoteRecord[]>()),
      readIds: async (ids) => keyed(await findInChunks(ids, (chunk) => QuoteModel.find({ _id: { $in: chunk } }).lean<QuoteRecord[]>())),
    }, FULL_READ_EVERY_MS, listener);
  }

  /** Quotes were written (their ids; none: unknown which, read all again). */
  changed(ids: string[]): void {
    this.kept.changed(ids);
  }

  /** Starts the first full read (start-up), so that the first request does not wait for it. */
  warm(): Promise<unknown> {
    return this.kept.current();
  }

  private async group(which: 0 | 1 | 2, key: string): Promise<readonly KeptQuote[]> {
    await this.kept.current();
    return this.groups[which].get(key);
  }

  /** A thread's quotes, oldest first. */
  async ofThread(inquiryId: string): Promise<KeptQuote[]> {
    return [...(await this.group(0, inquiryId))].sort(oldestFirst);
  }

  /** The quotes received for a need, cheapest first. */
  async ofNeed(needId: string): Promise<KeptQuote[]> {
    return [...(await this.group(1, needId))].sort(cheapestFirst);
  }

  /** An SME organisation's quotes, in no particular order (shared: read-only). */
  ofOrganisation(organisationId: string): Promise<readonly KeptQuote[]> {
    return this.group(2, organisationId);
  }
}
