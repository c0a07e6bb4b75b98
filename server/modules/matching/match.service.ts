// Ranks suppliers for a need. Candidates come from the search engine (text relevance of the need's own
// words, both languages through synonyms, plus every supplier serving the need's sector); each candidate is
// then scored by the named components of match.score.ts and explained in the requester's language.
import type { Match, NeedForMatching } from '../../../shared/schemas/needs';
import { queryTerms } from '../../platform/search/embedded/text';
import type { SearchEngine, SupplierSearchDoc } from '../../platform/search/port';
import { reasonText, type Lang } from './match.reasons';
import { scoreMatch, type Responsiveness } from './match.score';

const TEXT_CANDIDATES = 150;
const SECTOR_CANDIDATES = 300;
const QUERY_TERMS = 12;

// Words that say nothing about the capability wanted; searched, they match every supplier and cost time.
const STOPWORDS = new Set(
  queryTerms('a an and are as at be but by can could do for from has have how i in into is it its more most need needs of on or ' +
    'our ours so such than that the their them then there these they this to too us use used using want wants was we ' +
    'what when which who will with would you your also about each every many much other some per like help ' +
    '我們 我哋 希望 想 想要 需要 公司 可以 以及 及 和 與 的 了 在 有 為 用 使用'),
);

export type ResponsivenessLookup = (supplierIds: string[]) => Promise<Map<string, Responsiveness>>;
export type MatchOptions = { limit: number; lang: Lang; responsiveness?: ResponsivenessLookup };

/**
 * The need's own words as a search query: its distinct content words, title first, at most QUERY_TERMS of them.
 * A whole description makes the engine score every supplier for words like "our" and adds noise, not signal.
 */
export function needQueryText(need: Pick<NeedForMatching, 'title' | 'description'>): string {
  const terms = queryTerms(`${need.title}\n${need.description}`).filter((t) => !STOPWORDS.has(t) && (t.length > 2 || /\p{Script=Han}/u.test(t)));
  return [...new Set(terms)].slice(0, QUERY_TERMS).join(' ');
}

export async function matchSuppliers(engine: SearchEngine, need: NeedForMatching, options: MatchOptions): Promise<Match[]> {
  const [text, sector] = await Promise.all([
    engine.search('suppliers', { q: needQueryText(need), limit: TEXT_CANDIDATES, highlight: false }),
    engine.search('suppliers', { filter: { terms: { sectors: [need.sector] } }, sort: 'caseStudies', limit: SECTOR_CANDIDATES, highlight: false }),
  ]);
  const best = text.hits[0]?.score ?? 0;
  const relevance = new Map(text.hits.map((h) => [h.id, best > 0 ? h.score / best : 0]));
  const ids = [...new Set([...text.hits, ...sector.hits].map((h) => h.id))];
  const [docs, responsiveness] = await Promise.all([
    engine.get('suppliers', ids),
    options.responsiveness ? options.responsiveness(ids) : Promise.resolve(new Map<string, Responsiveness>()),
  ]);
  return docs
    .map((doc) => ({ doc, ...scoreMatch(need, doc, relevance.get(doc.id) ?? 0, responsiveness.get(doc.id)) }))
    .sort((a, b) => b.score - a.score || b.doc.caseStudyCount - a.doc.caseStudyCount || a.doc.name.localeCompare(b.doc.name))
    .slice(0, options.limit)
    .map(({ doc, score, components, reasons }) => ({
      supplier: presentMatchedSupplier(doc),
      score,
      components,
      reasons: reasons.map((r) => ({ kind: r.kind, code: r.code, text: reasonText(r, options.lang) })),
    }));
}

function presentMatchedSupplier(d: SupplierSearchDoc): Match['supplier'] {
  return {
    id: d.id,
    externalId: d.externalId,
    slug: d.slug,
    name: d.name,
    nameZh: d.nameZh,
    verified: d.verified,
    layers: d.layers,
    sectors: d.sectors,
    projectBudgetHKD: d.budgetMin !== undefined && d.budgetMax !== undefined ? { min: d.budgetMin, max: d.budgetMax } : undefined,
    caseStudyCount: d.caseStudyCount,
  };
}
