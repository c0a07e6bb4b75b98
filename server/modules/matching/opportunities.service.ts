// Suppliers see published needs that fit them, scored by `scorePair`, the function that ranks an SME's
// matches: a pair has one score whichever side looks at it. Reasons are worded for the supplier.
import type { NeedForMatching } from '../../../shared/schemas/needs';
import type { SearchEngine, SupplierSearchDoc } from '../../platform/search/port';
import type { Vocabulary } from './match.concepts';
import { reasonText, type Lang } from './match.reasons';
import { scorePair, topPairs, type Responsiveness, type Scored } from './match.score';
import { analyseNeed, vocabularyOf } from './match.service';
import type { ExplainedOpportunity } from './opportunities.presenter';
import { currentCandidates, foundFor, matchingView, type OpportunityRankings } from './opportunities.rankings';

export type Candidate<T> = { id: string; need: NeedForMatching; item: T };
export type RankedOpportunity<T> = Scored & { item: T; reasons: { kind: 'strength' | 'gap' | 'unknown'; code: string; text: string }[] };

export function rankOpportunities<T>(
  supplier: SupplierSearchDoc,
  candidates: Candidate<T>[],
  options: { limit: number; lang: Lang; vocabulary: Vocabulary; responsiveness?: Responsiveness },
): RankedOpportunity<T>[] {
  const pairs = candidates.map((c) => ({ need: analyseNeed(options.vocabulary, c.need), supplier, responsiveness: options.responsiveness, item: c.item }));
  return topPairs(pairs, options.limit, { oneSupplier: true }).map(({ pair, ...r }) => ({
    item: pair.item,
    ...r,
    reasons: r.reasons.map((reason) => ({ kind: reason.kind, code: reason.code, text: reasonText(reason, options.lang, 'supplier') })),
  }));
}

/** The supplier's kept ranking, each shown need scored and explained by `scorePair` with reasons worded for the supplier. */
export async function explainOpportunities(engine: SearchEngine, rankings: OpportunityRankings, supplier: SupplierSearchDoc, own: Responsiveness | undefined, options: { limit: number; lang: Lang }): Promise<ExplainedOpportunity[]> {
  const first = await explained(engine, rankings, supplier, own, options, true);
  if (first) return first;
  // A shown need no longer scores as ranked: a change the ranking missed. It is ranked again, once.
  rankings.forget(supplier.id);
  return (await explained(engine, rankings, supplier, own, options, false))!;
}

/** The ranking's needs explained; when `strict`, undefined if one of them left or no longer has the score it was ranked by. */
async function explained(engine: SearchEngine, rankings: OpportunityRankings, supplier: SupplierSearchDoc, own: Responsiveness | undefined, { limit, lang }: { limit: number; lang: Lang }, strict: boolean): Promise<ExplainedOpportunity[] | undefined> {
  const candidates = await currentCandidates();
  const ranking = await rankings.best(supplier, own, candidates, limit);
  const vocabulary = vocabularyOf(engine);
  const items: ExplainedOpportunity[] = [];
  for (const [i, id] of ranking.ids.entries()) {
    const need = candidates.byId.get(id);
    if (!need) {
      if (strict) return undefined;
      continue;
    }
    const read = analyseNeed(vocabulary, matchingView(need));
    const { score, fit, components, concepts, reasons } = scorePair(read, supplier, own, foundFor(ranking, i, read, supplier));
    if (strict && score !== ranking.scores[i]) return undefined;
    items.push({ need, explanation: { score, fit, components, concepts, reasons: reasons.map((r) => ({ kind: r.kind, code: r.code, text: reasonText(r, lang, 'supplier') })) } });
  }
  return items;
}
