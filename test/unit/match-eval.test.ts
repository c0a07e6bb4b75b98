// The judged evaluation set as a quality gate: the matcher must beat plain keyword search on it.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SYNONYMS } from '../../server/modules/search/synonyms.defaults';
import { evalEngine, evaluate } from '../eval/evaluate';
import { JUDGED_NEEDS } from '../eval/needs';

describe('matching quality on the judged set', () => {
  it('has at least 20 judged needs and ranks them better than keyword search', async () => {
    expect(JUDGED_NEEDS.length).toBeGreaterThanOrEqual(20);
    const { matcher, keyword } = await evaluate(await evalEngine(DEFAULT_SYNONYMS));
    expect(matcher.ndcg10).toBeGreaterThan(keyword.ndcg10);
    expect(matcher.ndcg10).toBeGreaterThanOrEqual(0.9);
    expect(matcher.p5).toBeGreaterThanOrEqual(keyword.p5);
  });
});
