// The opportunities page's body is written from parts (each need's JSON encoded once per version, the pair's
// explanation per request); it must be byte for byte what serialising the whole answer gives, for every judged need
// against suppliers of the fixture market, in both languages (Chinese text, quotes and every kind of reason).
import { Types } from 'mongoose';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseNeed, scorePair, vocabularyOf } from '../../server/modules/matching';
import { reasonText, type Lang } from '../../server/modules/matching/match.reasons';
import { opportunitiesBody, type ExplainedOpportunity } from '../../server/modules/matching/opportunities.presenter';
import { needForMatching, NeedModel, presentPublicNeed, type StoredNeed } from '../../server/modules/needs';
import { DEFAULT_SYNONYMS } from '../../server/modules/search/synonyms.defaults';
import type { SearchEngine } from '../../server/platform/search/port';
import { evalEngine } from '../eval/evaluate';
import { NEED_SETS } from '../eval/needs';
import { EVAL_SUPPLIERS } from '../eval/suppliers';

let engine: SearchEngine;
let needs: StoredNeed[];

beforeAll(async () => {
  engine = await evalEngine(DEFAULT_SYNONYMS);
  const at = new Date('2026-12-01T08:30:00.000Z');
  needs = NEED_SETS.all.map(({ need }, i) =>
    new NeedModel({
      ...need,
      // A title with what JSON must escape, and a timeline on some.
      title: i % 7 ? need.title : `${need.title} "quoted" \\ back\u2028slash`,
      timeline: i % 3 ? undefined : 'within-3-months',
      organisationId: new Types.ObjectId(),
      createdBy: new Types.ObjectId(),
      status: 'published',
      publishedAt: at,
      createdAt: at,
      updatedAt: at,
    }).toObject<StoredNeed>(),
  );
});

function explainedFor(supplierIndex: number, lang: Lang): ExplainedOpportunity[] {
  const supplier = EVAL_SUPPLIERS[supplierIndex]!;
  const own = supplierIndex % 2 ? { medianHours: 30, replyRate: 0.7 } : undefined;
  return needs.slice(supplierIndex % 40, (supplierIndex % 40) + 20).map((need) => {
    const { score, fit, components, concepts, reasons } = scorePair(analyseNeed(vocabularyOf(engine), needForMatching(need)), supplier, own);
    return { need, explanation: { score, fit, components, concepts, reasons: reasons.map((r) => ({ kind: r.kind, code: r.code, text: reasonText(r, lang, 'supplier') })) } };
  });
}

describe('the opportunities body', () => {
  it('is the JSON of the whole answer, byte for byte, in both languages', () => {
    let compared = 0;
    for (let s = 0; s < EVAL_SUPPLIERS.length; s += 5) {
      for (const lang of ['en', 'zh-Hant'] as const) {
        const items = explainedFor(s, lang);
        const whole = { profileLinked: true, items: items.map(({ need, explanation }) => ({ need: presentPublicNeed(need), ...explanation })) };
        const body = opportunitiesBody(items);
        expect(body.toString()).toBe(JSON.stringify(whole));
        // Again, from the needs' JSON encoded the first time.
        expect(opportunitiesBody(items).equals(body)).toBe(true);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(50);
  });

  it('is an empty list when no need fits', () => {
    expect(JSON.parse(opportunitiesBody([]).toString())).toEqual({ profileLinked: true, items: [] });
  });
});
