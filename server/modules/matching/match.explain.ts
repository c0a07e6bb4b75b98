// A need's kept ranking (match.rankings.ts) as the SME reads it: each shown pair scored and explained by
// `scorePair`, the function that ranked it, from the suppliers' current documents.
import type { Match } from '../../../shared/schemas/needs';
import type { SearchEngine } from '../../platform/search/port';
import type { Lang } from './match.reasons';
import { foundFor, type NeedRankings, type RankableNeed } from './match.rankings';
import { scorePair, type Responsiveness } from './match.score';
import { presentMatch, type ResponsivenessLookup } from './match.service';

type Options = { limit: number; lang: Lang; responsiveness?: ResponsivenessLookup };

export async function explainRanking(engine: SearchEngine, rankings: NeedRankings, need: RankableNeed, options: Options): Promise<Match[]> {
  const first = await explained(engine, rankings, need, options, true);
  if (first) return first;
  // A shown pair no longer scores as ranked: a change the ranking missed. It is ranked again, once.
  rankings.forget(need.id);
  return (await explained(engine, rankings, need, options, false))!;
}

/** The ranking's pairs explained; when `strict`, undefined if one of them no longer has the score it was ranked by. */
async function explained(engine: SearchEngine, rankings: NeedRankings, need: RankableNeed, { limit, lang, responsiveness }: Options, strict: boolean): Promise<Match[] | undefined> {
  const ranking = await rankings.best(need, limit);
  const [docs, figures] = await Promise.all([
    engine.get('suppliers', ranking.ids),
    responsiveness && ranking.ids.length ? responsiveness(ranking.ids) : new Map<string, Responsiveness>(),
  ]);
  if (strict && docs.length !== ranking.ids.length) return undefined;
  const matches = docs.map((d, i) => presentMatch(d, scorePair(ranking.need, d, figures.get(d.id), foundFor(ranking, i, d)), lang));
  return !strict || matches.every((m, i) => m.score === ranking.scores[i]) ? matches : undefined;
}
