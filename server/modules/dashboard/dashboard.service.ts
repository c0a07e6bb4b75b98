// The SME's dashboard: every open need with its best matches (new ones counted against what the dashboard showed
// last time), interested suppliers, quotes and unread threads. The open needs are kept in memory (the needs
// module), their matches are the kept rankings the need's page reads too (so both agree), the threads are the
// inquiry lists' thread index (the inquiries module), and each other part is one filter on the organisation's own
// records.
import type { SmeDashboard, SmeDashboardNeed } from '../../../shared/schemas/dashboard';
import type { Principal } from '../../platform/auth/principal';
import type { SearchEngine } from '../../platform/search/port';
import { isUnread, QuoteModel, responsivenessLookup, type ThreadIndex } from '../inquiries';
import { InterestModel } from '../interests';
import { needRankings } from '../matching';
import { needForMatching, NeedModel, openNeedsOf, type StoredNeed } from '../needs';
import { bulkWriteInChunks } from '../../platform/db/bulk';
import { isDuplicateKeyError } from '../../platform/errors/duplicate-key';
import { MatchMarkModel } from './dashboard.model';

/** Matches compared between visits, and those named on the dashboard. */
const TOP = 10;
const SHOWN = 3;
/** The most recently edited open needs; older ones are on the needs page. */
const NEEDS_MAX = 12;

type Counted = { needId?: string | { toHexString(): string } | null; status: string };

function tally<T extends Counted>(items: T[], pending: (t: T) => boolean) {
  const byNeed = new Map<string, { pending: number; total: number }>();
  for (const item of items) {
    const key = typeof item.needId === 'string' ? item.needId : item.needId?.toHexString();
    if (!key) continue;
    const entry = byNeed.get(key) ?? { pending: 0, total: 0 };
    entry.total += 1;
    if (pending(item)) entry.pending += 1;
    byNeed.set(key, entry);
  }
  return byNeed;
}

type Mark = { supplierIds: string[] } | undefined;

/** What to remember of a need's matches this visit: a first mark, or a changed one. */
type Remember = { id: string; supplierIds: string[]; first: boolean };
type Shown = { matches: SmeDashboardNeed['matches']; remember?: Remember };

/**
 * The needs' top matches (from their kept rankings, which the need's page shows too), how many of them were not there
 * last time, and what to remember when they changed.
 */
async function matchesOf(search: SearchEngine, needs: StoredNeed[], marks: Map<string, Mark>): Promise<Shown[]> {
  const rankings = needRankings(search, responsivenessLookup);
  const ranked = await Promise.all(needs.map((n) => rankings.best({ id: n._id.toHexString(), version: n.updatedAt.getTime(), need: needForMatching(n) }, TOP)));
  const names = new Map((await search.get('suppliers', [...new Set(ranked.flatMap((r) => r.ids.slice(0, SHOWN)))])).map((d) => [d.id, d]));
  return needs.map((need, k) => {
    const { ids, scores } = ranked[k]!;
    const id = need._id.toHexString();
    const mark = marks.get(id);
    const seen = new Set(mark?.supplierIds ?? []);
    const fresh = ids.filter((s) => !seen.has(s)).length;
    const top = ids.slice(0, SHOWN).flatMap((supplierId, i) => {
      const d = names.get(supplierId);
      return d ? [{ supplier: { id: supplierId, slug: d.slug, name: d.name, nameZh: d.nameZh }, score: scores[i]! }] : [];
    });
    return { matches: { top, new: fresh }, remember: fresh || ids.length !== seen.size ? { id, supplierIds: ids, first: !mark } : undefined };
  });
}

/**
 * This visit's top matches of the needs whose matches changed: first marks inserted together (an upsert costs
 * FerretDB several times an insert), changed ones updated by _id.
 */
async function remember(shown: Shown[]): Promise<void> {
  const at = new Date();
  const marks = shown.flatMap(({ remember: r }) => (r ? [r] : []));
  const first = marks.filter((r) => r.first).map((r) => ({ _id: r.id, supplierIds: r.supplierIds, at }));
  const changed = marks.filter((r) => !r.first).map((r) => ({ updateOne: { filter: { _id: r.id }, update: { $set: { supplierIds: r.supplierIds, at } } } }));
  // Two visits at once may both insert a need's first mark: either one will do.
  const inserted = first.length ? MatchMarkModel.insertMany(first, { ordered: false }).catch((error: unknown) => {
    if (!isDuplicateKeyError(error)) throw error;
  }) : undefined;
  await Promise.all([inserted, bulkWriteInChunks(MatchMarkModel, changed)]);
}

/** The most recently edited open needs, newest first (then by id, newest first), as the needs page lists them. */
function newestEdited(needs: readonly StoredNeed[]): StoredNeed[] {
  const byId = (a: StoredNeed, b: StoredNeed) => (a._id.toHexString() < b._id.toHexString() ? 1 : -1);
  return [...needs]
    .sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime() || byId(a, b))
    .slice(0, NEEDS_MAX);
}

/** What the dashboard showed last time of each need, in one read. */
async function marksOf(needs: StoredNeed[]): Promise<Map<string, Mark>> {
  if (!needs.length) return new Map();
  const marks = await MatchMarkModel.find({ _id: { $in: needs.map((n) => n._id.toHexString()) } }).lean();
  return new Map(marks.flatMap((m): [string, Mark][] => (m._id ? [[m._id, m]] : [])));
}

export async function smeDashboard(search: SearchEngine, threadIndex: ThreadIndex, p: Principal): Promise<SmeDashboard> {
  const org = p.organisationId;
  const needs = newestEdited(org ? await openNeedsOf(org) : []);
  const [closedNeeds, interests, quotes, cards, marks] = await Promise.all([
    NeedModel.countDocuments({ organisationId: org, status: 'closed' }),
    InterestModel.find({ smeOrganisationId: org }, { needId: 1, status: 1 }).lean(),
    QuoteModel.find({ smeOrganisationId: org }, { needId: 1, status: 1 }).lean(),
    org ? threadIndex.side(`sme:${org}`) : [],
    marksOf(needs),
  ]);
  const threads = cards.filter((t) => t.status !== 'archived');
  const interestsBy = tally(interests, (i) => i.status === 'pending');
  const quotesBy = tally(quotes, (q) => q.status === 'pending');
  const unreadBy = tally(threads, (t) => isUnread(t, p, 'sme'));
  const shown = await matchesOf(search, needs, marks);
  await remember(shown);
  const none = { pending: 0, total: 0 };
  return {
    needs: needs.map((n, k) => {
      const id = n._id.toHexString();
      return {
        need: { id, title: n.title, status: n.status, updatedAt: n.updatedAt.toISOString(), publishedAt: n.publishedAt?.toISOString() },
        matches: shown[k]!.matches,
        interests: interestsBy.get(id) ?? none,
        quotes: quotesBy.get(id) ?? none,
        unreadThreads: unreadBy.get(id)?.pending ?? 0,
      };
    }),
    closedNeeds,
    unreadThreads: threads.filter((t) => isUnread(t, p, 'sme')).length,
    pendingInterests: interests.filter((i) => i.status === 'pending').length,
    pendingQuotes: quotes.filter((q) => q.status === 'pending').length,
  };
}
