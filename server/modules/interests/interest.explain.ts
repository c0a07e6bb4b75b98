// Why an interested supplier fits the need, in the SME's words: the matcher's one scoring function for the pair
// (`scorePair`, which also ranks the need's matches and the supplier's opportunities), so the score on the interest
// is the one the SME sees among its matches.
import type { Match, NeedForMatching } from '../../../shared/schemas/needs';
import type { SearchEngine } from '../../platform/search/port';
import { analyseNeed, type Lang, presentMatch, type ResponsivenessLookup, scorePair, vocabularyOf } from '../matching';

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
  return new Map(docs.map((doc) => [doc.id, presentMatch(doc, scorePair(read, doc, responsiveness.get(doc.id)), options.lang)]));
}
