// Runs the judged needs through the matcher and through the product's plain keyword search over the same engine.
import { matchSuppliers } from '../../server/modules/matching/match.service';
import { createSearchService } from '../../server/modules/search/search.service';
import { createLogger } from '../../server/platform/log/logger';
import { createSearchEngine } from '../../server/platform/search';
import { EmbeddedSearchEngine } from '../../server/platform/search/embedded/engine';
import type { SearchEngine } from '../../server/platform/search/port';
import { supplierSearchQuerySchema } from '../../shared/schemas/search';
import { JUDGED_NEEDS, type JudgedNeed, type LanguageGroup } from './needs';
import { mean, ndcgAt, precisionAt } from './metrics';
import { EVAL_SUPPLIERS } from './suppliers';

export type NeedScore = { id: string; group: LanguageGroup; ndcg10: number; p5: number; top: string[] };
export type Summary = { needs: number; ndcg10: number; p5: number };
export type SystemScores = Summary & { groups: Record<LanguageGroup, Summary>; perNeed: NeedScore[] };
/** A ranking, and how many of its first five carry no strength reason (the matcher only). */
type Ranked = { ids: string[]; top5WithoutReasons?: number };

export const LANGUAGE_GROUPS: LanguageGroup[] = ['en', 'zh', 'mixed'];
/** The held-out set measured keyword search with the need's opening text, cut to the API's query limit. */
const KEYWORD_QUERY_CHARS = 200;

export type EngineName = 'embedded' | 'meili';

/** The embedded engine, or the Meilisearch at MEILI_URL (MEILI_KEY) under index names of this run's own. */
export async function evalEngine(synonyms: string[][], name: EngineName = 'embedded'): Promise<SearchEngine> {
  const url = process.env['MEILI_URL'];
  if (name === 'meili' && !url) throw new Error('--engine meili needs MEILI_URL (and MEILI_KEY) of a running Meilisearch');
  const engine = name === 'meili'
    ? createSearchEngine({ meiliUrl: url, meiliKey: process.env['MEILI_KEY'], indexPrefix: `eval_${Date.now()}_` })
    : new EmbeddedSearchEngine();
  await engine.init();
  await engine.setSynonyms(synonyms);
  await engine.replaceAll('suppliers', EVAL_SUPPLIERS);
  return engine;
}

function summary(scores: NeedScore[]): Summary {
  return { needs: scores.length, ndcg10: mean(scores.map((s) => s.ndcg10)), p5: mean(scores.map((s) => s.p5)) };
}

async function score(needs: JudgedNeed[], rank: (judged: JudgedNeed) => Promise<Ranked>): Promise<SystemScores & { top5WithoutReasons: number }> {
  const perNeed: NeedScore[] = [];
  let top5WithoutReasons = 0;
  for (const judged of needs) {
    const ranked = await rank(judged);
    top5WithoutReasons += ranked.top5WithoutReasons ?? 0;
    const { id, group, grades } = judged;
    perNeed.push({ id, group, ndcg10: ndcgAt(10, ranked.ids, grades), p5: precisionAt(5, ranked.ids, grades), top: ranked.ids.slice(0, 5) });
  }
  const groups = Object.fromEntries(LANGUAGE_GROUPS.map((g) => [g, summary(perNeed.filter((n) => n.group === g))])) as Record<LanguageGroup, Summary>;
  return { ...summary(perNeed), groups, perNeed, top5WithoutReasons };
}

/** Both systems on a set of judged needs (the tuned set unless told). */
export async function evaluate(engine: SearchEngine, needs: JudgedNeed[] = JUDGED_NEEDS) {
  const search = createSearchService(engine, createLogger('silent'));
  const matcher = await score(needs, async ({ need }) => {
    const matches = await matchSuppliers(engine, need, { limit: 10, lang: 'en' });
    const top5WithoutReasons = matches.slice(0, 5).filter((m) => !m.reasons.some((r) => r.kind === 'strength')).length;
    return { ids: matches.map((m) => m.supplier.id), top5WithoutReasons };
  });
  const keyword = await score(needs, async ({ need }) => {
    const q = `${need.title} ${need.description}`.slice(0, KEYWORD_QUERY_CHARS);
    const found = await search.suppliers(supplierSearchQuerySchema.parse({ q, pageSize: 10 }));
    return { ids: found.hits.map((h) => h.id) };
  });
  return { matcher, keyword };
}
