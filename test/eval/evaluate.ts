// Runs the judged needs through the matcher and through plain keyword search over the same engine.
import { matchSuppliers } from '../../server/modules/matching/match.service';
import { EmbeddedSearchEngine } from '../../server/platform/search/embedded/engine';
import type { SearchEngine } from '../../server/platform/search/port';
import { JUDGED_NEEDS } from './needs';
import { mean, ndcgAt, precisionAt } from './metrics';
import { EVAL_SUPPLIERS } from './suppliers';

export type SystemScores = { ndcg10: number; p5: number; perNeed: { id: string; ndcg10: number; top: string[] }[] };

export async function evalEngine(synonyms: string[][]): Promise<SearchEngine> {
  const engine = new EmbeddedSearchEngine();
  await engine.init();
  await engine.setSynonyms(synonyms);
  await engine.replaceAll('suppliers', EVAL_SUPPLIERS);
  return engine;
}

async function score(rank: (n: (typeof JUDGED_NEEDS)[number]) => Promise<string[]>): Promise<SystemScores> {
  const perNeed = [];
  const p5s = [];
  for (const judged of JUDGED_NEEDS) {
    const ranked = await rank(judged);
    perNeed.push({ id: judged.id, ndcg10: ndcgAt(10, ranked, judged.grades), top: ranked.slice(0, 5) });
    p5s.push(precisionAt(5, ranked, judged.grades));
  }
  return { ndcg10: mean(perNeed.map((p) => p.ndcg10)), p5: mean(p5s), perNeed };
}

export async function evaluate(engine: SearchEngine): Promise<{ matcher: SystemScores; keyword: SystemScores }> {
  const matcher = await score(async ({ need }) => (await matchSuppliers(engine, need, { limit: 10, lang: 'en' })).map((m) => m.supplier.id));
  const keyword = await score(async ({ need }) => (await engine.search('suppliers', { q: `${need.title} ${need.description}`.slice(0, 200), limit: 10 })).hits.map((h) => h.id));
  return { matcher, keyword };
}
