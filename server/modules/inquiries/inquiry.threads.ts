// The thread lists' read model: every thread as the list shows it (a card: ids, subject, status, counters, read
// marks), in memory, with each side's threads (`sme:<organisation>`, `supplier:<profile>`) ordered by last activity.
// On the embedded FerretDB a list page and its count each decoded all of a side's threads (and a busy supplier has
// thousands); here a page is a slice and its count a filter of the side's list. Kept current by 'inquiries.changed'
// (the model's hooks name the threads written, here or, relayed, on another instance; the named ones are read again
// by id: platform/db/kept-by-id.ts), read in full at start-up, after a lost connection to the other instances, and
// every 10 minutes (what a process outside the events wrote). The database stays the source of truth. About 400
// bytes a thread (20,000 threads: ~8 MB). One per server.
import { sharedString } from '../../platform/db/shared-string';
import type { InquiryStatus, Side } from '../../../shared/schemas/inquiries';
import { findInChunks } from '../../platform/db/find-in';
import { KeptById, type KeptListener } from '../../platform/db/kept-by-id';
import { InquiryModel } from './inquiry.model';

type Id = { toHexString(): string };
export type ReadMark = { userId: string; at: number };

/** What a thread list shows of a thread (times in epoch milliseconds). */
export type ThreadCard = {
  id: string;
  smeOrganisationId: string;
  supplierId: string;
  needId?: string;
  subject: string;
  status: InquiryStatus;
  messageCount: number;
  lastMessageAt: number;
  lastMessageSide: Side;
  createdAt: number;
  /** Who started it (gone once they deleted their account): the personal-data export says whether it was me. */
  createdBy?: string;
  reportedAt?: number;
  reads: readonly ReadMark[];
};

/** A thread as stored, with the fields a card needs. */
export type CardSource = {
  _id: Id;
  smeOrganisationId: Id;
  supplierId: Id;
  needId?: Id | null;
  subject: string;
  status: InquiryStatus;
  messageCount?: number | null;
  lastMessageAt: Date;
  lastMessageSide: Side;
  createdAt: Date;
  createdBy?: Id | null;
  reportedAt?: Date | null;
  reads: readonly { userId: Id; at: Date }[];
};

const CARD_FIELDS = { smeOrganisationId: 1, supplierId: 1, needId: 1, subject: 1, status: 1, messageCount: 1, lastMessageAt: 1, lastMessageSide: 1, createdAt: 1, createdBy: 1, reportedAt: 1, reads: 1 } as const;

/** Organisation, profile, need and user ids and statuses, which many cards share, are kept once. */
const once = sharedString;
/** Most threads' read marks are none or one person's: no array each for "none". */
const NO_READS: readonly ReadMark[] = Object.freeze([]);

export function cardOf(t: CardSource): ThreadCard {
  return {
    id: t._id.toHexString(),
    smeOrganisationId: once(t.smeOrganisationId.toHexString()),
    supplierId: once(t.supplierId.toHexString()),
    needId: t.needId ? once(t.needId.toHexString()) : undefined,
    subject: t.subject,
    status: once(t.status) as InquiryStatus,
    messageCount: t.messageCount ?? 0,
    lastMessageAt: t.lastMessageAt.getTime(),
    lastMessageSide: once(t.lastMessageSide) as Side,
    createdAt: t.createdAt.getTime(),
    createdBy: t.createdBy ? once(t.createdBy.toHexString()) : undefined,
    reportedAt: t.reportedAt?.getTime(),
    reads: t.reads.length ? t.reads.map((r) => ({ userId: once(r.userId.toHexString()), at: r.at.getTime() })) : NO_READS,
  };
}

export const sideKeysOf = (t: Pick<ThreadCard, 'smeOrganisationId' | 'supplierId'>) => [`sme:${t.smeOrganisationId}`, `supplier:${t.supplierId}`];

/** Newest activity first; threads with the same last activity by id, newest first (the list's order). */
const byActivity = (a: ThreadCard, b: ThreadCard) => b.lastMessageAt - a.lastMessageAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
const byReport = (a: ThreadCard, b: ThreadCard) => (b.reportedAt ?? 0) - (a.reportedAt ?? 0) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

const FULL_READ_EVERY_MS = 10 * 60_000;

type Stored = CardSource & { messageCount?: number | null };
const keyed = (threads: Stored[]) => threads.map((t): [string, ThreadCard] => [t._id.toHexString(), cardOf(t)]);

export class ThreadIndex {
  private readonly sides = new Map<string, ThreadCard[]>();
  private readonly unsorted = new Set<string>();
  private readonly reported = new Set<ThreadCard>();
  private readonly kept: KeptById<ThreadCard>;

  constructor() {
    const listener: KeptListener<ThreadCard> = {
      reloaded: (rows) => {
        this.sides.clear();
        this.reported.clear();
        for (const card of rows.values()) this.add(card);
      },
      replaced: (_id, before, after) => {
        if (before) this.remove(before);
        if (after) this.add(after);
      },
    };
    this.kept = new KeptById<ThreadCard>({
      readAll: async () => keyed(await InquiryModel.find({}, CARD_FIELDS).lean<Stored[]>()),
      readIds: async (ids) => keyed(await findInChunks(ids, (chunk) => InquiryModel.find({ _id: { $in: chunk } }, CARD_FIELDS).lean<Stored[]>())),
    }, FULL_READ_EVERY_MS, listener);
  }

  private add(card: ThreadCard): void {
    for (const key of sideKeysOf(card)) {
      const list = this.sides.get(key);
      if (list) list.push(card);
      else this.sides.set(key, [card]);
      this.unsorted.add(key);
    }
    if (card.reportedAt !== undefined) this.reported.add(card);
  }

  private remove(card: ThreadCard): void {
    for (const key of sideKeysOf(card)) {
      const list = this.sides.get(key);
      const at = list?.indexOf(card) ?? -1;
      if (at >= 0) list!.splice(at, 1);
    }
    this.reported.delete(card);
  }

  /** Threads were written (their ids; none: unknown which, read all again). */
  changed(ids: string[]): void {
    this.kept.changed(ids);
  }

  /** Starts the first full read (start-up), so that the first request does not wait for it. */
  warm(): Promise<unknown> {
    return this.kept.current();
  }

  /** One thread's card as of every write announced before this call, or undefined. */
  async card(id: string): Promise<ThreadCard | undefined> {
    return (await this.kept.current()).get(id);
  }

  /** A side's threads (`sme:<organisation>` or `supplier:<profile>`), newest activity first (shared: read-only). */
  async side(key: string): Promise<readonly ThreadCard[]> {
    await this.kept.current();
    const list = this.sides.get(key) ?? [];
    if (this.unsorted.delete(key)) list.sort(byActivity);
    return list;
  }

  /** Reported threads, most recently reported first. */
  async reportedThreads(): Promise<ThreadCard[]> {
    await this.kept.current();
    return [...this.reported].sort(byReport);
  }
}
