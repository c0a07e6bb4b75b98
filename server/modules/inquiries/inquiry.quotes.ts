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
import { KeptById } from '../../platform/db/kept-by-id';
import { KeptGroups } from '../../platform/db/kept-groups';
import { QuoteModel, type QuoteRecord } from './inquiry.model';
import { sharedString as once } from '../../platform/db/shared-string';

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

const FULL_READ_EVERY_MS = 10 * 60_000;
const keyed = (quotes: QuoteRecord[]) => quotes.map((q): [string, KeptQuote] => [q._id.toHexString(), quoteOf(q)]);

export class QuoteIndex {
  private readonly byThread = new KeptGroups<KeptQuote>((q) => q.inquiryId);
  private readonly byNeed = new KeptGroups<KeptQuote>((q) => q.needId);
  private readonly byOrganisation = new KeptGroups<KeptQuote>((q) => q.smeOrganisationId);
  private readonly kept: KeptById<KeptQuote>;

  constructor() {
    this.kept = new KeptById<KeptQuote>({
      readAll: async () => keyed(await QuoteModel.find({}).lean<QuoteRecord[]>()),
      readIds: async (ids) => keyed(await findInChunks(ids, (chunk) => QuoteModel.find({ _id: { $in: chunk } }).lean<QuoteRecord[]>())),
    }, FULL_READ_EVERY_MS, [this.byThread, this.byNeed, this.byOrganisation]);
  }

  /** Quotes were written (their ids; none: unknown which, read all again). */
  changed(ids: string[]): void {
    this.kept.changed(ids);
  }

  /** Starts the first full read (start-up), so that the first request does not wait for it. */
  warm(): Promise<unknown> {
    return this.kept.current();
  }

  private async group(groups: KeptGroups<KeptQuote>, key: string): Promise<KeptQuote[]> {
    await this.kept.current();
    return [...groups.of(key).values()];
  }

  /** A thread's quotes, oldest first. */
  async ofThread(inquiryId: string): Promise<KeptQuote[]> {
    return (await this.group(this.byThread, inquiryId)).sort(oldestFirst);
  }

  /** The quotes received for a need, cheapest first. */
  async ofNeed(needId: string): Promise<KeptQuote[]> {
    return (await this.group(this.byNeed, needId)).sort(cheapestFirst);
  }

  /** An SME organisation's quotes, in no particular order. */
  ofOrganisation(organisationId: string): Promise<KeptQuote[]> {
    return this.group(this.byOrganisation, organisationId);
  }
}
