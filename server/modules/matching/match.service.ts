// Ranks suppliers for a need. Candidates come from the search engine (the need's concepts in both languages,
// plus every supplier serving the need's sector); each candidate is then scored by `scorePair`, the same
// function a supplier's opportunities use, and explained in the requester's language.
import type { Match, NeedForMatching } from '../../../shared/schemas/needs';
import type { SearchEngine, SupplierSearchDoc } from '../../platform/search/port';
import { isCapability, Vocabulary, type NeedReading } from './match.concepts';
import { reasonText, type Lang } from './match.reasons';
import { topPairs, type AnalysedNeed, type Pair, type Responsiveness, type Scored } from './match.score';

const TEXT_CANDIDATES = 150;
const SECTOR_CANDIDATES = 300;
/** Words sent to the engine to find candidates; scoring reads every concept. */
const QUERY_WORDS = 16;
/** The kinds of work that each get a query of their own, and how many suppliers each brings in. */
const WORK_QUERIES = 2;
const WORK_CANDIDATES = 50;
const WORK_QUERY_WORDS = 14;
/** Needs read into concepts, kept by their text: a supplier's opportunities read the same needs again. */
const ANALYSED = 5_000;

export type ResponsivenessLookup = (supplierIds: string[]) => Promise<Map<string, Responsiveness>>;
export type MatchOptions = { limit: number; lang: Lang; responsiveness?: ResponsivenessLookup };

const vocabularies = new WeakMap<string[][], Vocabulary>();
const analysed = new Map<string, NeedReading>();

/** The reading of needs that goes with the engine's current synonym groups. */
export function vocabularyOf(engine: SearchEngine): Vocabulary {
  const groups = engine.synonymGroups();
  let vocabulary = vocabularies.get(groups);
  if (!vocabulary) {
    vocabulary = new Vocabulary(groups);
    vocabularies.set(groups, vocabulary);
    analysed.clear();
  }
  return vocabulary;
}

/** Needs read before, by object: a supplier's opportunities pass the same kept needs with every request. */
const readNeeds = new WeakMap<NeedForMatching, { vocabulary: Vocabulary; read: AnalysedNeed }>();

/** The need with its concepts (shared between callers: read-only). */
export function analyseNeed(vocabulary: Vocabulary, need: NeedForMatching): AnalysedNeed {
  const known = readNeeds.get(need);
  if (known?.vocabulary === vocabulary) return known.read;
  const key = `${need.title}\u0000${need.description}`;
  let reading = analysed.get(key);
  if (!reading) {
    reading = vocabulary.concepts(need.title, need.description);
    if (analysed.size >= ANALYSED) analysed.delete(analysed.keys().next().value!);
    analysed.set(key, reading);
  }
  const read = { ...need, ...reading };
  readNeeds.set(need, { vocabulary, read });
  return read;
}

/**
 * The need's concepts as a search query, heaviest first: each in the need's own words and, for a concept the
 * lexicon knows, one word of the other script, so a Chinese need reaches English-only profiles and the reverse.
 */
export function needQueryText(need: AnalysedNeed): string {
  const words: string[] = [];
  for (const c of need.concepts) {
    words.push(c.label);
    if (c.head) words.push(c.head);
    if (c.alias) words.push(c.alias);
    if (words.length >= QUERY_WORDS) break;
  }
  return words.join(' ');
}

/**
 * The heaviest kinds of work the need asks for, each as a query of its own in every one-word way the lexicon says it
 * (a search stops at the need's first 16 words and one word of the other script): a long or formal need's many words
 * must not crowd out the supplier that does its main work and calls it otherwise (規劃 → "roadmaps", "consultancy").
 */
function workQueryTexts(vocabulary: Vocabulary, need: AnalysedNeed): string[] {
  return need.concepts.filter(isCapability).slice(0, WORK_QUERIES).map((c) => vocabulary.queryWords(c).slice(0, WORK_QUERY_WORDS).join(' '));
}

export async function matchSuppliers(engine: SearchEngine, need: NeedForMatching, options: MatchOptions): Promise<Match[]> {
  const ranked = await rankSuppliers(engine, analyseNeed(vocabularyOf(engine), need), options.limit, options.responsiveness);
  return ranked.map((scored) => presentMatch(scored.pair.supplier, scored, options.lang));
}

/** The need's `limit` best candidates, scored and explained (reasons not yet worded), best first. */
export async function rankSuppliers(engine: SearchEngine, read: AnalysedNeed, limit: number, responsiveness?: ResponsivenessLookup): Promise<(Scored & { pair: Pair })[]> {
  const [text, sector, ...work] = await Promise.all([
    engine.search('suppliers', { q: needQueryText(read), limit: TEXT_CANDIDATES, highlight: false }),
    engine.search('suppliers', { filter: { terms: { sectors: [read.sector] } }, sort: 'caseStudies', limit: SECTOR_CANDIDATES, highlight: false }),
    ...workQueryTexts(vocabularyOf(engine), read).map((q) => engine.search('suppliers', { q, limit: WORK_CANDIDATES, highlight: false })),
  ]);
  const ids = [...new Set([text, sector, ...work].flatMap((r) => r.hits.map((h) => h.id)))];
  const [docs, figures] = await Promise.all([
    engine.get('suppliers', ids),
    responsiveness ? responsiveness(ids) : Promise.resolve(new Map<string, Responsiveness>()),
  ]);
  const pairs = docs.map((supplier) => ({ need: read, supplier, responsiveness: figures.get(supplier.id) }));
  return topPairs(pairs, limit, { tieBreak: (a, b) => a.supplier.name.localeCompare(b.supplier.name) });
}

/** A scored pair as the SME reads it: the supplier, the score and its parts, and the reasons in the SME's language. */
export function presentMatch(d: SupplierSearchDoc, { score, fit, components, concepts, reasons }: Scored, lang: Lang): Match {
  return {
    supplier: {
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
    },
    score,
    fit,
    components,
    concepts,
    reasons: reasons.map((r) => ({ kind: r.kind, code: r.code, text: reasonText(r, lang) })),
  };
}
