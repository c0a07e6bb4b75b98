// The SME's dashboard: every open need with its best matches (new ones counted against what the dashboard showed
// last time), interested suppliers, quotes and unread threads. Nothing is read from the database: the open and
// closed needs are kept in memory (the needs module), their matches are the kept rankings the need's page reads too
// (so both agree), the threads are the inquiry lists' thread index (the inquiries module), the interests are the
// interests module's read model, the quotes the inquiries module's, and the last visit's marks this module's
// (dashboard.marks.ts). Only a
// visit whose matches changed writes (its marks).
import type { SmeDashboard, SmeDashboardNeed } from '../../../shared/schemas/dashboard';
import type { Principal } from '../../platform/auth/principal';
import type { SearchEngine } from '../../platform/search/port';
import { isUnread, type QuoteIndex, responsivenessLookup, type ThreadIndex } from '../inquiries';
import type { InterestIndex } from '../interests';
import { needRankings } from '../matching';
import { closedNeedCount, needForMatching, openNeedsOf, type StoredNeed } from '../needs';
import { bulkWriteInChunks } from '../../platform/db/bulk';
import { isDuplicateKeyError } from '../../platform/errors/duplicate-key';
import { marksOf, marksWritten, type Mark } from './dashboard.marks';
import { MatchMarkModel } from './dashboard.model';

/** Matches compared between visits, and those named on the dashboard. */
const TOP = 10;
const SHOWN = 3;
/** The most recently edited open needs; older ones are on the needs page. */
const NEEDS_MAX = 12;

/** Per need, how many of the items are pending and how many there are. */
function tally<T extends { needId?: string }>(items: readonly T[], pending: (t: T) => boolean) {
  const byNeed = new Map<string, { pending: number; total: number }>();
  for (const item of items) {
    if (!item.needId) continue;
    const entry = byNeed.get(item.needId) ?? { pending: 0, total: 0 };
    entry.total += 1;
    if (pending(item)) entry.pending += 1;
    byNeed.set(item.needId, entry);
  }
  return byNeed;
}

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
  if (marks.length) marksWritten(marks.map((r) => r.id));
}

/** The most recently edited open needs, newest first (then by id, newest first), as the needs page lists them. */
function newestEdited(needs: readonly StoredNeed[]): StoredNeed[] {
  const byId = (a: StoredNeed, b: StoredNeed) => (a._id.toHexString() < b._id.toHexString() ? 1 : -1);
  return [...needs]
    .sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime() || byId(a, b))
    .slice(0, NEEDS_MAX);
}

/** What the dashboard counts, kept in memory by the modules that own them. */
export type DashboardSources = { search: SearchEngine; threads: ThreadIndex; quotes: QuoteIndex; interests: InterestIndex };

export async function smeDashboard({ search, threads: threadIndex, quotes: quoteIndex, interests: interestIndex }: DashboardSources, p: Principal): Promise<SmeDashboard> {
  const org = p.organisationId;
  const needs = newestEdited(org ? await openNeedsOf(org) : []);
  const [closedNeeds, interests, quotes, cards, marks] = await Promise.all([
    org ? closedNeedCount(org) : 0,
    org ? interestIndex.ofOrganisation(org) : [],
    org ? quoteIndex.ofOrganisation(org) : [],
    org ? threadIndex.side(`sme:${org}`) : [],
    marksOf(needs.map((n) => n._id.toHexString())),
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
