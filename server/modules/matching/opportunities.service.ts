// Suppliers see published needs that fit them, ranked by the same score components as SMEs' matches,
// seen from the supplier's side. Text relevance: the supplier's own words searched over the needs' words.
import MiniSearch from 'minisearch';
import type { NeedForMatching } from '../../../shared/schemas/needs';
import { indexTerms } from '../../platform/search/embedded/text';
import type { SupplierSearchDoc } from '../../platform/search/port';
import { reasonText, type Lang } from './match.reasons';
import { scoreMatch, type Responsiveness, type Scored } from './match.score';

export type Candidate<T> = { id: string; need: NeedForMatching; item: T };
export type RankedOpportunity<T> = Scored & { item: T; reasons: { kind: 'strength' | 'gap' | 'unknown'; code: string; text: string }[] };

function supplierWords(s: SupplierSearchDoc): string {
  return [s.name, ...s.capabilities, s.description, s.descriptionZh ?? ''].join('\n').slice(0, 600);
}

function textRelevance<T>(supplier: SupplierSearchDoc, candidates: Candidate<T>[]): Map<string, number> {
  const index = new MiniSearch<{ id: string; text: string }>({ fields: ['text'], tokenize: indexTerms, processTerm: (t) => t });
  index.addAll(candidates.map((c) => ({ id: c.id, text: `${c.need.title}\n${c.need.description}` })));
  const hits = index.search(supplierWords(supplier), { tokenize: indexTerms, processTerm: (t) => t, fuzzy: 0.15, prefix: true });
  const best = hits[0]?.score ?? 0;
  return new Map(hits.map((h) => [String(h.id), best > 0 ? h.score / best : 0]));
}

export function rankOpportunities<T>(
  supplier: SupplierSearchDoc,
  candidates: Candidate<T>[],
  options: { limit: number; lang: Lang; responsiveness?: Responsiveness },
): RankedOpportunity<T>[] {
  const relevance = textRelevance(supplier, candidates);
  return candidates
    .map((c) => ({ item: c.item, ...scoreMatch(c.need, supplier, relevance.get(c.id) ?? 0, options.responsiveness) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, options.limit)
    .map((r) => ({ ...r, reasons: r.reasons.map((reason) => ({ kind: reason.kind, code: reason.code, text: reasonText(reason, options.lang, 'supplier') })) }));
}
