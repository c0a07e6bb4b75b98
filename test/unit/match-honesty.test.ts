// Explained matching must be honest: one score per (need, supplier) pair whichever side asks, and labels and
// reasons that never contradict the numbers. Checked for every pair of the judged fixture market, both judged sets.
const JUDGED_NEEDS = NEED_SETS.all;
import { beforeAll, describe, expect, it } from 'vitest';
import type { Match } from '../../shared/schemas/needs';
import { matchSuppliers, vocabularyOf } from '../../server/modules/matching/match.service';
import { WEIGHTS } from '../../server/modules/matching/match.score';
import { rankOpportunities } from '../../server/modules/matching/opportunities.service';
import { DEFAULT_SYNONYMS } from '../../server/modules/search/synonyms.defaults';
import type { SearchEngine } from '../../server/platform/search/port';
import { evalEngine } from '../eval/evaluate';
import { NEED_SETS } from '../eval/needs';
import { EVAL_SUPPLIERS } from '../eval/suppliers';

let engine: SearchEngine;
/** Every judged need's matches, the whole market long. */
const matches = new Map<string, Match[]>();

beforeAll(async () => {
  engine = await evalEngine(DEFAULT_SYNONYMS);
  for (const judged of JUDGED_NEEDS) matches.set(judged.id, await matchSuppliers(engine, judged.need, { limit: 1_000, lang: 'en' }));
});

const relevancePoints = (m: Pick<Match, 'components'>) => m.components.find((c) => c.key === 'relevance')!.points;

describe('one score for a pair, from both sides', () => {
  it('gives every supplier the same score and label for a need on its opportunities page as on the SME’s results', () => {
    const vocabulary = vocabularyOf(engine);
    const candidates = JUDGED_NEEDS.map((j) => ({ id: j.id, need: j.need, item: j.id }));
    let pairs = 0;
    for (const supplier of EVAL_SUPPLIERS) {
      const opportunities = rankOpportunities(supplier, candidates, { limit: candidates.length, lang: 'en', vocabulary });
      for (const o of opportunities) {
        const match = matches.get(o.item)!.find((m) => m.supplier.id === supplier.id);
        if (!match) continue;
        pairs++;
        expect({ need: o.item, supplier: supplier.id, score: o.score, fit: o.fit }).toEqual({ need: o.item, supplier: supplier.id, score: match.score, fit: match.fit });
        expect(o.components).toEqual(match.components);
      }
    }
    expect(pairs).toBeGreaterThan(JUDGED_NEEDS.length * 5);
  });
});

describe('labels and reasons that never contradict the numbers', () => {
  const all = () => [...matches.values()].flat();

  it('never calls a supplier with weak relevance a strong or good fit', () => {
    for (const m of all()) {
      const share = relevancePoints(m) / WEIGHTS.relevance;
      if (m.fit === 'strong') expect(share, m.supplier.name).toBeGreaterThanOrEqual(0.6);
      if (m.fit === 'good') expect(share, m.supplier.name).toBeGreaterThanOrEqual(0.35);
    }
  });

  it('says "little matches" only when the relevance points are low, and "matches" only when they are high', () => {
    let weak = 0;
    for (const m of all()) {
      const share = relevancePoints(m) / WEIGHTS.relevance;
      const codes = m.reasons.map((r) => r.code);
      if (codes.includes('text-weak')) {
        weak++;
        expect(share, m.supplier.name).toBeLessThan(0.2);
      }
      if (codes.includes('text-match')) expect(share, m.supplier.name).toBeGreaterThanOrEqual(0.5);
    }
    expect(weak).toBeGreaterThan(0);
  });

  it('says when a supplier offers what the need rules out, and then never calls it more than a fair fit', () => {
    let excluded = 0;
    for (const m of all()) {
      if (!m.reasons.some((r) => r.code === 'text-excluded')) continue;
      excluded++;
      expect(relevancePoints(m) / WEIGHTS.relevance, m.supplier.name).toBeLessThanOrEqual(0.6);
      expect(['fair', 'weak'], m.supplier.name).toContain(m.fit);
    }
    expect(excluded).toBeGreaterThan(0);
  });

  it('gives every top-5 match a strength, and names the need’s words it matched', () => {
    for (const [need, ranked] of matches) {
      for (const m of ranked.slice(0, 5)) {
        expect(m.reasons.some((r) => r.kind === 'strength'), `${need}: ${m.supplier.name}`).toBe(true);
        const text = m.reasons.find((r) => r.code === 'text-match' || r.code === 'text-partial');
        if (text) expect(text.text).toMatch(/: \S/);
      }
    }
  });

  it('ranks by score, and the score is the sum of its components', () => {
    for (const ranked of matches.values()) {
      for (const [i, m] of ranked.entries()) {
        expect(m.score).toBeCloseTo(Math.max(0, m.components.reduce((s, c) => s + c.points, 0)), 0);
        if (i > 0) expect(m.score).toBeLessThanOrEqual(ranked[i - 1]!.score);
      }
    }
  });
});
