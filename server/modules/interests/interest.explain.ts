// Why an interested supplier fits the need, in the SME's words: the matcher's own ranking for the need, so the
// score on the interest is the one the SME sees among its matches. A supplier outside the ranking's candidates
// (no word of the need in its profile, another sector) is scored alone with no text relevance, which is what the
// ranking would have given it.
import type { Match, NeedForMatching } from '../../../shared/schemas/needs';
import type { SearchEngine, SupplierSearchDoc } from '../../platform/search/port';
import { reasonText, type Lang } from '../matching/match.reasons';
import { scoreMatch } from '../matching/match.score';
import { matchSuppliers, type ResponsivenessLookup } from '../matching/match.service';

/** Enough to hold every candidate the matcher considers. */
const ALL_CANDIDATES = 1_000;

export async function explainSuppliers(
  engine: SearchEngine,
  need: NeedForMatching,
  supplierIds: string[],
  options: { lang: Lang; responsiveness: ResponsivenessLookup },
): Promise<Map<string, Match>> {
  if (!supplierIds.length) return new Map();
  const wanted = new Set(supplierIds);
  const ranked = await matchSuppliers(engine, need, { limit: ALL_CANDIDATES, ...options });
  const found = new Map(ranked.filter((m) => wanted.has(m.supplier.id)).map((m) => [m.supplier.id, m]));
  const missing = supplierIds.filter((id) => !found.has(id));
  if (!missing.length) return found;
  const [docs, responsiveness] = await Promise.all([engine.get('suppliers', missing), options.responsiveness(missing)]);
  for (const doc of docs) {
    const { score, components, reasons } = scoreMatch(need, doc, 0, responsiveness.get(doc.id));
    found.set(doc.id, {
      supplier: supplierRef(doc),
      score,
      components,
      reasons: reasons.map((r) => ({ kind: r.kind, code: r.code, text: reasonText(r, options.lang) })),
    });
  }
  return found;
}

function supplierRef(d: SupplierSearchDoc): Match['supplier'] {
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
