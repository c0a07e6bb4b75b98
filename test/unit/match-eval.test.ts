// The judged evaluation set: its shape is what makes the figures of `npm run eval:match` mean anything, and the
// matcher must stay ahead of plain keyword search on it.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SYNONYMS } from '../../server/modules/search/synonyms.defaults';
import { needInputSchema } from '../../shared/schemas/needs';
import { evalEngine, evaluate, LANGUAGE_GROUPS } from '../eval/evaluate';
import { JUDGED_NEEDS } from '../eval/needs';
import { EVAL_SUPPLIERS, SUPPLIER_ROWS } from '../eval/suppliers';

const count = (group: string) => JUDGED_NEEDS.filter((n) => n.group === group).length;

describe('the judged set', () => {
  it('is at least as large and as multilingual as the held-out set', () => {
    expect(EVAL_SUPPLIERS.length).toBeGreaterThanOrEqual(130);
    expect(SUPPLIER_ROWS.reduce((n, s) => n + s.cases.length, 0)).toBeGreaterThanOrEqual(120);
    expect(JUDGED_NEEDS.length).toBeGreaterThanOrEqual(64);
    expect(count('en')).toBeGreaterThanOrEqual(40);
    expect(count('zh')).toBeGreaterThanOrEqual(14);
    expect(count('mixed')).toBeGreaterThanOrEqual(10);
    expect(SUPPLIER_ROWS.filter((s) => !s.description && s.descriptionZh).length).toBeGreaterThanOrEqual(5);
  });

  it('holds needs an SME could post, each with an ideal supplier and a rationale for every grade', () => {
    const ids = new Set(EVAL_SUPPLIERS.map((s) => s.id));
    expect(ids.size).toBe(EVAL_SUPPLIERS.length);
    expect(new Set(JUDGED_NEEDS.map((n) => n.id)).size).toBe(JUDGED_NEEDS.length);
    for (const judged of JUDGED_NEEDS) {
      expect(needInputSchema.safeParse(judged.need).success, judged.id).toBe(true);
      expect(Object.values(judged.grades), judged.id).toContain(3);
      for (const [supplier, [, rationale]] of Object.entries(judged.judgements)) {
        expect(ids.has(supplier), `${judged.id} grades unknown ${supplier}`).toBe(true);
        expect(rationale.length, `${judged.id}/${supplier}`).toBeGreaterThan(10);
      }
    }
  });
});

describe('matching quality on the judged set', () => {
  it('meets the issue’s targets: nDCG@10 ≥ 0.90, P@5 ≥ 0.47, every language group ≥ 0.80 and ahead of keyword search', async () => {
    const { matcher, keyword } = await evaluate(await evalEngine(DEFAULT_SYNONYMS));
    expect(matcher.ndcg10).toBeGreaterThanOrEqual(0.9);
    expect(matcher.p5).toBeGreaterThanOrEqual(0.47);
    expect(matcher.ndcg10 - keyword.ndcg10).toBeGreaterThanOrEqual(0.08);
    for (const group of LANGUAGE_GROUPS) {
      expect(matcher.groups[group].ndcg10, group).toBeGreaterThanOrEqual(0.8);
      expect(matcher.groups[group].ndcg10, group).toBeGreaterThanOrEqual(keyword.groups[group].ndcg10);
    }
  });
});
