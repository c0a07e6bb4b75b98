// Suppliers see published needs that fit them, scored by `scorePair`, the function that ranks an SME's
// matches: a pair has one score whichever side looks at it. Reasons are worded for the supplier.
import type { NeedForMatching } from '../../../shared/schemas/needs';
import type { SupplierSearchDoc } from '../../platform/search/port';
import type { Vocabulary } from './match.concepts';
import { reasonText, type Lang } from './match.reasons';
import { topPairs, type Responsiveness, type Scored } from './match.score';
import { analyseNeed } from './match.service';

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
