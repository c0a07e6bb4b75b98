// Why an interested supplier fits the need, in the SME's words: the matcher's one scoring function for the pair
// (`scorePair`, which also ranks the need's matches and the supplier's opportunities), so the score on the interest
// is the one the SME sees among its matches.
import type { Match, NeedForMatching } from '../../../shared/schemas/needs';
import type { SearchEngine, SupplierSearchDoc } from '../../platform/search/port';
import { reasonText, type Lang } from '../matching/match.reasons';
import { scorePair } from '../matching/match.score';
import { analyseNeed, vocabularyOf, type ResponsivenessLookup } from '../matching/match.service';

/** Each supplier's explanation by id; a supplier no longer in the search engine (profile removed) is left out. */
export async function explainSuppliers(
  engine: SearchEngine,
  need: NeedForMatching,
  supplierIds: string[],
  options: { lang: Lang; responsiveness: ResponsivenessLookup },
): Promise<Map<string, Match>> {
  if (!supplierIds.length) return new Map();
  const read = analyseNeed(vocabularyOf(engine), need);
  const [docs, responsiveness] = await Promise.all([engine.get('suppliers', supplierIds), options.responsiveness(supplierIds)]);
  return new Map(
    docs.map((doc) => {
      const { score, fit, components, concepts, reasons } = scorePair(read, doc, responsiveness.get(doc.id));
      const explained: Match = {
        supplier: supplierRef(doc),
        score,
        fit,
        components,
        concepts,
        reasons: reasons.map((r) => ({ kind: r.kind, code: r.code, text: reasonText(r, options.lang) })),
      };
      return [doc.id, explained];
    }),
  );
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
