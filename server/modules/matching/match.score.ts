// How well one supplier fits one need: a sum of named components a person can check, each with the
// reasons behind it. Fit alone: there is no payment, sponsorship or advertising input anywhere here.
// The one scoring function for both directions: an SME's matches and a supplier's opportunities call `scorePair`.
import type { FitLevel, MatchComponentKey, NeedForMatching } from '../../../shared/schemas/needs';
import type { DataConstraint } from '../../../shared/needKeys';
import type { Diligence } from '../../../shared/schemas/diligence';
import { BUDGET_BAND_RANGES, type Readiness } from '../../../shared/taxonomy';
import type { SupplierSearchDoc } from '../../platform/search/port';
import { conceptFound, FOUND_WEIGHTS, isCapability, supplierTerms, type Concept, type FoundMemo, type SupplierTerms } from './match.concepts';

export type ReasonCode =
  | 'text-match' | 'text-partial' | 'text-weak' | 'text-missing' | 'text-excluded'
  | 'sector-proven' | 'sector-declared-only' | 'sector-missing'
  | 'areas-match' | 'areas-missing'
  | 'budget-fit' | 'budget-above' | 'budget-below' | 'budget-unknown' | 'budget-unstated'
  | 'readiness-fit' | 'readiness-partial' | 'readiness-mismatch' | 'readiness-unknown'
  | 'verified' | 'cases' | 'no-cases' | 'reviews' | 'reviews-low'
  | 'language-fit' | 'language-missing'
  | 'constraints-fit' | 'constraints-unknown' | 'constraints-conflict'
  | 'responsive' | 'slow-replies';

export type Reason = { kind: 'strength' | 'gap' | 'unknown'; code: ReasonCode; params?: Record<string, string | number> };
export type Component = { key: MatchComponentKey; points: number; max: number };
export type Responsiveness = { medianHours: number; replyRate: number };
export type Scored = {
  score: number;
  fit: FitLevel;
  relevance: number;
  components: Component[];
  reasons: Reason[];
  /** Labels of the need's concepts the supplier covers and does not, heaviest first. */
  concepts: { matched: string[]; missing: string[] };
};
/** A need with its concepts read once (match.concepts.ts), so a ranking reads each need's words once. */
export type AnalysedNeed = NeedForMatching & { concepts: Concept[]; excluded: Concept[] };

/** Maximum points per component; they add up to 100. */
export const WEIGHTS: Record<MatchComponentKey, number> = {
  relevance: 40,
  sector: 15,
  applicationAreas: 10,
  budget: 12,
  readiness: 6,
  evidence: 8,
  languageMarket: 5,
  constraints: 2,
  responsiveness: 2,
};

/** The share of a need's concept weight a supplier must cover for full relevance: no profile says everything. */
export const RELEVANCE_SATURATION = 0.5;
/**
 * What is left of relevance when the profile offers what the need rules out (cameras for a need that refuses them):
 * the rest of the fit may still be worth a look (judges grade such suppliers as partly relevant), but it is said,
 * it costs, and the label stays at "fair fit" at best.
 */
const EXCLUDED_SHARE = 0.6;
/** Relevance below which nothing in the profile is said to match; above STRONG it is a strength. */
const WEAK = 0.2;
const STRONG = 0.5;
/** Concepts named in a reason, the heaviest first. */
const NAMED = 5;

/**
 * Fit labels need the score and real relevance: sector, budget and evidence alone never make a "strong fit".
 * Calibrated on the judged set (test/eval): see the README's matching section.
 */
export const FIT_LEVELS: { fit: FitLevel; score: number; relevance: number }[] = [
  { fit: 'strong', score: 75, relevance: 0.7 },
  { fit: 'good', score: 60, relevance: 0.5 },
  { fit: 'fair', score: 40, relevance: 0.25 },
];

type Part = { points: number; reasons: Reason[] };

/** Word sets of a supplier's profile, read once per indexed document (the engine keeps one object per version). */
const termsOf = new WeakMap<SupplierSearchDoc, SupplierTerms>();

export function supplierWords(s: SupplierSearchDoc): SupplierTerms {
  let terms = termsOf.get(s);
  if (!terms) {
    terms = supplierTerms({
      capabilities: s.capabilities.join('\n'),
      name: `${s.name}\n${s.nameZh ?? ''}`,
      description: `${s.description}\n${s.descriptionZh ?? ''}`,
      cases: s.caseText,
    });
    termsOf.set(s, terms);
  }
  return terms;
}

/**
 * Where each of a need's concepts, then each it rules out, is found in a supplier's words: one byte each, the index
 * of `conceptFound`'s answer in FOUND_WEIGHTS. Kept with a ranking for the pairs it shows, so that explaining them
 * again reads no words (most of the work of `scorePair`); valid for as long as the need's reading and the supplier's
 * document are the ones it was found for.
 */
export type Found = Uint8Array;

export function foundOf(need: AnalysedNeed, s: SupplierSearchDoc): Found {
  const terms = supplierWords(s);
  const concepts = [...need.concepts, ...need.excluded];
  return Uint8Array.from(concepts, (c) => FOUND_WEIGHTS.indexOf(conceptFound(c, terms)));
}

export type Coverage = { relevance: number; matched: Concept[]; missing: Concept[]; offeredExcluded: Concept[] };

/**
 * How much of the need the supplier's words cover, 0–1, absolute: no other supplier takes part. The work the need
 * asks for comes first: its setting (sector, channel, language) counts only as far as the supplier covers that work
 * (the need's plain words, which the lexicon cannot tell apart, count as they are), so a chatbot for restaurants on WhatsApp in Cantonese is not relevant to a
 * restaurant's Cantonese call transcripts. A need that names no kind of work the lexicon knows is read as before.
 */
export function coverage(need: AnalysedNeed, s: SupplierSearchDoc, memo?: FoundMemo, known?: Found): Coverage {
  const terms = known ? undefined : supplierWords(s);
  const found = (c: Concept, k: number) => (known ? FOUND_WEIGHTS[known[k]!]! : conceptFound(c, terms!, memo));
  const work = { total: 0, covered: 0 };
  const setting = { total: 0, covered: 0 };
  const plain = { total: 0, covered: 0 };
  const matched: Concept[] = [];
  const missing: Concept[] = [];
  for (let k = 0; k < need.concepts.length; k++) {
    const c = need.concepts[k]!;
    const weight = found(c, k);
    const sum = isCapability(c) ? work : c.setting ? setting : plain;
    sum.total += c.weight;
    sum.covered += c.weight * weight;
    (weight > 0 ? matched : missing).push(c);
  }
  const total = work.total + setting.total + plain.total;
  const workShare = work.total > 0 ? Math.min(1, work.covered / work.total / RELEVANCE_SATURATION) : 1;
  const covered = work.covered + plain.covered + setting.covered * workShare;
  const offeredExcluded = need.excluded.filter((c, k) => found(c, need.concepts.length + k) > 0 && !(isChannel(c) && matched.some(isChannel)));
  const share = total > 0 ? Math.min(1, covered / total / RELEVANCE_SATURATION) * (offeredExcluded.length ? EXCLUDED_SHARE : 1) : 0;
  // Two decimals: the points shown (40 × relevance, one decimal) then say exactly what the reasons and label read.
  const relevance = Math.round(share * 100) / 100;
  return { relevance, matched, missing, offeredExcluded };
}

/**
 * A channel the work is done on (WhatsApp, a website, a POS): a need that rules one out ("we do not use WhatsApp") is
 * still served by a supplier that also works on a channel it asks for, so only a supplier without one offers what
 * it ruled out. A means such as cameras is ruled out whatever else the supplier offers.
 */
const isChannel = (c: Concept) => Boolean(c.means && c.setting);

/** The parts that do not depend on how much of the need the supplier covers; sector and evidence not yet gated by it. */
type Fixed = Record<Exclude<MatchComponentKey, 'relevance'>, Part>;

/** Without `why`, the points alone (no reasons): what ranking needs, for pairs most of which are never shown. */
function fixedParts(need: AnalysedNeed, s: SupplierSearchDoc, responsiveness: Responsiveness | undefined, why = true): Fixed {
  return {
    sector: sectorPart(need, s, why),
    applicationAreas: areasPart(need, s, why),
    budget: budgetPart(need, s, why),
    readiness: readinessPart(need.readiness, s, why),
    evidence: evidencePart(s, why),
    languageMarket: languagePart(need, s, why),
    constraints: constraintsPart(need, s, why),
    responsiveness: responsivenessPart(responsiveness, why),
  };
}

/** The reasons of a part whose reasons are not wanted (never changed). */
const UNSAID: Reason[] = [];

/** The fixed parts in the order `fixedParts` (and so `explained`) lists them. */
const FIXED_KEYS = ['sector', 'applicationAreas', 'budget', 'readiness', 'evidence', 'languageMarket', 'constraints', 'responsiveness'] as const satisfies (keyof Fixed)[];

/** A pair's score from its fixed parts and coverage, summed in the order and with the rounding `explained` uses. */
function scoreOf(fixed: Fixed, cover: Coverage): number {
  const gate = relevanceGate(cover.relevance);
  let sum = round(WEIGHTS.relevance * cover.relevance);
  for (const key of FIXED_KEYS) sum += round(key === 'sector' || key === 'evidence' ? fixed[key].points * gate : fixed[key].points);
  return round(Math.max(0, sum));
}

/** The pair's score with its components, reasons and concepts. */
function explained(fixed: Fixed, cover: Coverage): Scored {
  const gate = relevanceGate(cover.relevance);
  const parts: Record<MatchComponentKey, Part> = {
    relevance: relevancePart(cover),
    sector: scaled(fixed.sector, gate),
    applicationAreas: fixed.applicationAreas,
    budget: fixed.budget,
    readiness: fixed.readiness,
    evidence: scaled(fixed.evidence, gate),
    languageMarket: fixed.languageMarket,
    constraints: fixed.constraints,
    responsiveness: fixed.responsiveness,
  };
  const components = (Object.keys(parts) as MatchComponentKey[]).map((key) => ({
    key,
    points: round(parts[key].points),
    max: WEIGHTS[key],
  }));
  const score = round(Math.max(0, components.reduce((sum, c) => sum + c.points, 0)));
  return {
    score,
    fit: fitLevel(score, cover.relevance, cover.offeredExcluded.length > 0),
    relevance: cover.relevance,
    components,
    reasons: Object.values(parts).flatMap((p) => p.reasons),
    concepts: { matched: cover.matched.map((c) => c.label), missing: cover.missing.map((c) => c.label) },
  };
}

/** The pair scored and explained; `found` (from `foundOf` for this need's reading and this document) saves reading the words. */
export function scorePair(need: AnalysedNeed, s: SupplierSearchDoc, responsiveness?: Responsiveness, found?: Found): Scored {
  return explained(fixedParts(need, s, responsiveness), coverage(need, s, undefined, found));
}

/** The pair's score alone, as `scorePair` gives it, without building its reasons (kept rankings check changes with it). */
export function pairScore(need: AnalysedNeed, s: SupplierSearchDoc, responsiveness?: Responsiveness): number {
  return scoreOf(fixedParts(need, s, responsiveness, false), coverage(need, s));
}

/**
 * The most a pair can score whatever the supplier covers: full relevance, and sector and evidence at full weight
 * (the relevance gate only lowers them; negative evidence at a third, the least the gate leaves). Each component
 * is rounded as the score rounds it, so the true score is never above this.
 */
function ceiling(fixed: Fixed): number {
  let sum = round(WEIGHTS.relevance);
  for (const key of FIXED_KEYS) {
    const { points } = fixed[key];
    sum += round(key === 'evidence' && points < 0 ? points / 3 : points);
  }
  return Math.max(0, sum);
}

/** Room for floating-point error between a ceiling and a score (a tenth is one step of the rounded score). */
const CEILING_MARGIN = 0.1;

export type Pair = { need: AnalysedNeed; supplier: SupplierSearchDoc; responsiveness?: Responsiveness };

/**
 * The `limit` best pairs, each with its `scorePair` result, ordered by score, then relevance, then `tieBreak`,
 * then their order in `pairs`: what sorting all of them would give. Pairs are scored from the highest ceiling
 * down, and once the `limit`-th best score is above the next ceiling no other pair can rank: their coverage (most
 * of the work) is never read. A need's 450–550 candidates or a supplier's 1,000 needs mostly stop halfway.
 */
export function topPairs<P extends Pair>(
  pairs: P[],
  limit: number,
  { tieBreak = () => 0, oneSupplier = false }: { tieBreak?: (a: P, b: P) => number; /** Every pair has the same supplier: what its words hold is asked once per concept. */ oneSupplier?: boolean } = {},
): (Scored & { pair: P })[] {
  const memo: FoundMemo | undefined = oneSupplier ? new Map() : undefined;
  const queue = pairs
    .map((pair, order) => {
      const fixed = fixedParts(pair.need, pair.supplier, pair.responsiveness, false);
      return { pair, order, fixed, ceiling: ceiling(fixed) };
    })
    .sort((a, b) => b.ceiling - a.ceiling);
  const scored: { pair: P; order: number; fixed: Fixed; cover: Coverage; score: number }[] = [];
  /** The best `limit` scores so far, highest first. */
  const best: number[] = [];
  for (const { pair, order, fixed, ceiling: most } of queue) {
    if (limit > 0 && best.length >= limit && most + CEILING_MARGIN < best[limit - 1]!) break;
    const cover = coverage(pair.need, pair.supplier, memo);
    const score = scoreOf(fixed, cover);
    scored.push({ pair, order, fixed, cover, score });
    let at = best.length;
    while (at > 0 && best[at - 1]! < score) at--;
    best.splice(at, 0, score);
    if (best.length > limit) best.pop();
  }
  // Explained (reasons, components, concepts) only for the pairs shown.
  return scored
    .sort((a, b) => b.score - a.score || b.cover.relevance - a.cover.relevance || tieBreak(a.pair, b.pair) || a.order - b.order)
    .slice(0, limit)
    .map(({ pair, cover }) => ({ ...explained(fixedParts(pair.need, pair.supplier, pair.responsiveness), cover), pair }));
}

/** A supplier offering what the need rules out is at most a fair fit, whatever else it has. */
function fitLevel(score: number, relevance: number, offersRuledOut = false): FitLevel {
  return FIT_LEVELS.find((l) => score >= l.score && relevance >= l.relevance && !(offersRuledOut && l.fit !== 'fair'))?.fit ?? 'weak';
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Sector experience and case studies say a supplier delivers, not that it delivers what this need asks for:
 * without relevance they count a third, so a supplier with cases in the right sector and nothing the need asks
 * for does not outrank one that does the work.
 */
function relevanceGate(relevance: number): number {
  return 1 / 3 + (2 / 3) * Math.min(1, relevance / STRONG);
}

function scaled(part: Part, factor: number): Part {
  return { points: part.points * factor, reasons: part.reasons };
}

const named = (concepts: Concept[]) => concepts.slice(0, NAMED).map((c) => c.label).join('|');

function relevancePart({ relevance, matched, missing, offeredExcluded }: Coverage): Part {
  const points = WEIGHTS.relevance * relevance;
  const reasons: Reason[] = [];
  if (relevance >= STRONG) reasons.push({ kind: 'strength', code: 'text-match', params: { terms: named(matched) } });
  else if (relevance >= WEAK) reasons.push({ kind: 'strength', code: 'text-partial', params: { terms: named(matched) } });
  else reasons.push({ kind: 'gap', code: 'text-weak', params: { terms: named(matched) } });
  const notFound = missing.filter((c) => c.weight >= 1);
  if (relevance < 1 && notFound.length) reasons.push({ kind: 'gap', code: 'text-missing', params: { terms: named(notFound.slice(0, 3)) } });
  if (offeredExcluded.length) reasons.push({ kind: 'gap', code: 'text-excluded', params: { terms: named(offeredExcluded) } });
  return { points, reasons };
}

function sectorPart(need: NeedForMatching, s: SupplierSearchDoc, why: boolean): Part {
  const sector = need.sector;
  if (s.caseSectors.includes(sector)) return { points: WEIGHTS.sector, reasons: why ? [{ kind: 'strength', code: 'sector-proven', params: { sector } }] : UNSAID };
  if (s.sectors.includes(sector)) return { points: WEIGHTS.sector / 2, reasons: why ? [{ kind: 'gap', code: 'sector-declared-only', params: { sector } }] : UNSAID };
  return { points: 0, reasons: why ? [{ kind: 'gap', code: 'sector-missing', params: { sector } }] : UNSAID };
}

function areasPart(need: NeedForMatching, s: SupplierSearchDoc, why: boolean): Part {
  const wanted = need.applicationAreas;
  const covered = wanted.filter((a) => s.applicationAreas.includes(a));
  const missing = wanted.filter((a) => !s.applicationAreas.includes(a));
  const reasons: Reason[] = why ? [] : UNSAID;
  if (why && covered.length) reasons.push({ kind: 'strength', code: 'areas-match', params: { areas: covered.join(',') } });
  if (why && missing.length) reasons.push({ kind: 'gap', code: 'areas-missing', params: { areas: missing.join(',') } });
  return { points: (WEIGHTS.applicationAreas * covered.length) / Math.max(1, wanted.length), reasons };
}

/** Overlap of the need's band with the supplier's range. Out of range is penalised and said, never hidden. */
function budgetPart(need: NeedForMatching, s: SupplierSearchDoc, why: boolean): Part {
  const max = WEIGHTS.budget;
  if (need.budgetBand === 'unknown') return { points: max / 2, reasons: why ? [{ kind: 'unknown', code: 'budget-unstated' }] : UNSAID };
  if (s.budgetMin === undefined || s.budgetMax === undefined) return { points: max / 2, reasons: why ? [{ kind: 'unknown', code: 'budget-unknown' }] : UNSAID };
  const band = BUDGET_BAND_RANGES[need.budgetBand];
  const bandMax = band.max ?? Number.POSITIVE_INFINITY;
  const range = { min: s.budgetMin, max: s.budgetMax };
  // Far above (twice the band's top or more) is out of an SME's reach: it costs the whole component again.
  if (range.min >= bandMax) return { points: range.min >= 2 * bandMax ? -max : -max / 2, reasons: why ? [{ kind: 'gap', code: 'budget-above', params: range }] : UNSAID };
  if (range.max < band.min) return { points: max / 3, reasons: why ? [{ kind: 'gap', code: 'budget-below', params: range }] : UNSAID };
  return { points: max, reasons: why ? [{ kind: 'strength', code: 'budget-fit', params: range }] : UNSAID };
}

/**
 * Unaware and Aware → ready-made application-layer solutions; Ready → APIs, platforms, integration;
 * Competent → technology- and basic-layer partners (the study's AI readiness levels, docs/taxonomy.md).
 */
function readinessPart(readiness: Readiness | undefined, s: SupplierSearchDoc, why: boolean): Part {
  const max = WEIGHTS.readiness;
  if (!readiness) return { points: max / 2, reasons: why ? [{ kind: 'unknown', code: 'readiness-unknown' }] : UNSAID };
  const fit = readinessFit(readiness, s);
  const code = fit === 1 ? 'readiness-fit' : fit >= 0.5 ? 'readiness-partial' : 'readiness-mismatch';
  return { points: max * fit, reasons: why ? [{ kind: fit >= 0.5 ? 'strength' : 'gap', code, params: { readiness } }] : UNSAID };
}

function readinessFit(readiness: Readiness, { technologies: has, layers }: SupplierSearchDoc): number {
  if (readiness === 'unaware' || readiness === 'aware') {
    if (layers.includes('application') && (has.includes('solutions') || has.includes('ai-products'))) return 1;
    return layers.includes('application') ? 0.6 : 0.2;
  }
  if (readiness === 'ready') {
    if (has.includes('open-platforms') || has.includes('ai-frameworks') || (layers.includes('technology') && has.includes('ai-technologies'))) return 1;
    return layers.includes('technology') || layers.includes('application') ? 0.6 : 0.3;
  }
  if (layers.includes('technology') || layers.includes('basic')) return 1;
  return 0.4;
}

/**
 * What shows the supplier delivers: published case studies (those with measured outcomes more), verification, and
 * reviews that only an SME with an accepted quote could write (three reviews count in full; a low average costs).
 */
function evidencePart(s: SupplierSearchDoc, why: boolean): Part {
  const reasons: Reason[] = why ? [] : UNSAID;
  const cases = Math.min(s.caseStudyCount, 4);
  const measured = Math.min(s.measuredCaseCount ?? 0, 4);
  let points = 2.5 * (cases / 4) + 1.5 * (measured / 4);
  if (why) reasons.push(s.caseStudyCount > 0 ? { kind: 'strength', code: 'cases', params: { count: s.caseStudyCount } } : { kind: 'unknown', code: 'no-cases' });
  if (s.verified) {
    points += 2;
    if (why) reasons.push({ kind: 'strength', code: 'verified' });
  }
  if (s.reviewCount && s.reviewAverage !== undefined) {
    // Around the middle of the scale (3) a review says little; above it adds up to 2 points, below it takes them.
    points += 2 * (Math.min(s.reviewCount, 3) / 3) * ((s.reviewAverage - 3) / 2);
    const params = { count: s.reviewCount, average: s.reviewAverage };
    if (why) reasons.push(s.reviewAverage >= 3.5 ? { kind: 'strength', code: 'reviews', params } : { kind: 'gap', code: 'reviews-low', params });
  }
  return { points, reasons };
}

function languagePart(need: NeedForMatching, s: SupplierSearchDoc, why: boolean): Part {
  const langs = need.languages;
  const missing = langs.filter((l) => !s.languages.includes(l));
  const langShare = langs.length ? (langs.length - missing.length) / langs.length : 1;
  const marketShare = need.markets.length ? need.markets.filter((m) => s.markets.includes(m)).length / need.markets.length : 1;
  const reasons: Reason[] = why ? [] : UNSAID;
  if (why && langs.length && !missing.length) reasons.push({ kind: 'strength', code: 'language-fit', params: { languages: langs.join(',') } });
  if (why && missing.length) reasons.push({ kind: 'gap', code: 'language-missing', params: { languages: missing.join(',') } });
  return { points: 3 * langShare + 2 * marketShare, reasons };
}

type Verdict = 'fit' | 'conflict' | 'unknown';

/**
 * A need's data constraints against the supplier's declared due-diligence card. An undeclared field is unknown,
 * never assumed either way.
 */
const CONSTRAINT_CHECKS: Record<DataConstraint, (d: Diligence) => Verdict> = {
  'data-in-hong-kong': (d) => (!d.dataLocations ? 'unknown' : d.dataLocations.every((l) => l === 'hong-kong') ? 'fit' : 'conflict'),
  'on-premises-only': (d) => (d.onPremises === undefined ? 'unknown' : d.onPremises ? 'fit' : 'conflict'),
  'personal-data': (d) =>
    d.dataProcessingTerms === false || d.deletionOnRequest === false ? 'conflict' : d.dataProcessingTerms && d.deletionOnRequest ? 'fit' : 'unknown',
  'no-cloud-training': (d) => (d.trainsOnCustomerData === undefined ? 'unknown' : d.trainsOnCustomerData ? 'conflict' : 'fit'),
  // Outside AI services are a conflict only where the data may leave Hong Kong for them.
  'no-overseas-ai-apis': (d) => {
    if (!d.aiSources) return 'unknown';
    if (!d.aiSources.includes('third-party-apis')) return 'fit';
    return !d.dataLocations ? 'unknown' : d.dataLocations.includes('overseas') ? 'conflict' : 'fit';
  },
  'cantonese-required': (d) => (!d.languageCapabilities ? 'unknown' : d.languageCapabilities.includes('cantonese') ? 'fit' : 'conflict'),
};

/** A stated conflict is nearly always a deal-breaker for the SME: it costs far more than the component's maximum. */
const CONFLICT_PENALTY = 10;

function constraintsPart(need: NeedForMatching, s: SupplierSearchDoc, why: boolean): Part {
  const max = WEIGHTS.constraints;
  const wanted = (need.dataConstraints ?? []) as DataConstraint[];
  if (!wanted.length) return { points: max, reasons: why ? [] : UNSAID };
  const verdicts = wanted.map((c) => ({ c, v: CONSTRAINT_CHECKS[c](s.diligence ?? {}) }));
  const of = (v: Verdict) => verdicts.filter((x) => x.v === v).map((x) => x.c);
  const [fits, unknowns, conflicts] = [of('fit'), of('unknown'), of('conflict')];
  const reasons: Reason[] = why ? [] : UNSAID;
  if (why && fits.length) reasons.push({ kind: 'strength', code: 'constraints-fit', params: { constraints: fits.join(',') } });
  if (why && unknowns.length) reasons.push({ kind: 'unknown', code: 'constraints-unknown', params: { constraints: unknowns.join(',') } });
  if (why && conflicts.length) reasons.push({ kind: 'gap', code: 'constraints-conflict', params: { constraints: conflicts.join(',') } });
  const points = (max * (fits.length + unknowns.length / 2)) / wanted.length - CONFLICT_PENALTY * conflicts.length;
  return { points, reasons };
}

function responsivenessPart(r: Responsiveness | undefined, why: boolean): Part {
  const max = WEIGHTS.responsiveness;
  if (!r) return { points: max / 2, reasons: why ? [] : UNSAID };
  const fast = r.medianHours <= 24 && r.replyRate >= 0.8;
  const points = max * Math.min(1, r.replyRate) * (r.medianHours <= 24 ? 1 : r.medianHours <= 72 ? 0.6 : 0.2);
  const params = { hours: Math.round(r.medianHours), rate: Math.round(r.replyRate * 100) };
  return { points, reasons: why ? [{ kind: fast ? 'strength' : 'gap', code: fast ? 'responsive' : 'slow-replies', params }] : UNSAID };
}
