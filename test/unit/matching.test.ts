// Ranking properties of the matcher, on the real embedded engine with documents built for each test.
import { beforeEach, describe, expect, it } from 'vitest';
import type { NeedForMatching } from '../../shared/schemas/needs';
import { matchSuppliers } from '../../server/modules/matching/match.service';
import { DEFAULT_SYNONYMS } from '../../server/modules/search/synonyms.defaults';
import { EmbeddedSearchEngine } from '../../server/platform/search/embedded/engine';
import type { SupplierSearchDoc } from '../../server/platform/search/port';
import { buildSupplierDoc } from '../search/fixtures';

let engine: EmbeddedSearchEngine;
beforeEach(async () => {
  engine = new EmbeddedSearchEngine();
  await engine.init();
  await engine.setSynonyms(DEFAULT_SYNONYMS);
});

const need = (overrides: Partial<NeedForMatching> = {}): NeedForMatching => ({
  title: 'Automatic defect detection on our production line',
  description: 'We want cameras to find defects in printed circuit boards.',
  sector: 'manufacturing',
  applicationAreas: ['operations'],
  budgetBand: '300k-500k',
  readiness: 'aware',
  difficulties: [],
  benefits: [],
  markets: [],
  languages: [],
  ...overrides,
});

const visionSupplier = (overrides: Partial<SupplierSearchDoc>) =>
  buildSupplierDoc({
    description: 'Computer vision inspection that finds defects on production lines.',
    capabilities: ['computer vision', 'defect detection'],
    layers: ['application'],
    technologies: ['solutions'],
    sectors: ['manufacturing'],
    applicationAreas: ['operations'],
    budgetMin: 100_000,
    budgetMax: 600_000,
    ...overrides,
  });

describe('matching', () => {
  it('ranks a supplier with a case study in the need’s sector and an overlapping budget above an otherwise identical one without', async () => {
    const proven = visionSupplier({ id: 'proven', name: 'Vision Works A', caseSectors: ['manufacturing'], caseStudyCount: 1, measuredCaseCount: 1 });
    const unproven = visionSupplier({ id: 'unproven', name: 'Vision Works B', budgetMin: 900_000, budgetMax: 3_000_000 });
    await engine.replaceAll('suppliers', [unproven, proven]);
    const matches = await matchSuppliers(engine, need(), { limit: 10, lang: 'en' });
    expect(matches.map((m) => m.supplier.id)).toEqual(['proven', 'unproven']);
    const texts = matches[1]!.reasons.map((r) => r.text);
    expect(texts).toContain('Serves Manufacturing, but no case study in your sector yet');
    expect(texts).toContain('Typical project starts at HK$900,000, above your budget');
  });

  it('finds suppliers described only in English for a Chinese need, through synonyms', async () => {
    await engine.replaceAll('suppliers', [
      buildSupplierDoc({ id: 'bot', name: 'Harbour Bots', description: 'Conversational AI for shops that answers customers on WhatsApp.', capabilities: ['chatbot'], sectors: ['trade-retail'] }),
      buildSupplierDoc({ id: 'other', name: 'Harbour Ledgers', description: 'Bookkeeping software for accountants.', sectors: ['professional-services'] }),
    ]);
    const matches = await matchSuppliers(engine, need({ title: '客戶服務聊天機械人', description: '我們想用聊天機械人回答顧客查詢。', sector: 'healthcare', applicationAreas: ['customer-service'] }), { limit: 5, lang: 'zh-Hant' });
    expect(matches[0]!.supplier.id).toBe('bot');
    expect(matches[0]!.reasons.map((r) => r.text)).toContain('其簡介及個案研究與你描述的需要十分吻合');
  });

  it('explains every match with named components that add up to its score, in both languages', async () => {
    await engine.replaceAll('suppliers', [visionSupplier({ id: 'a', verified: true }), visionSupplier({ id: 'b', sectors: ['education'] })]);
    for (const lang of ['en', 'zh-Hant'] as const) {
      const matches = await matchSuppliers(engine, need(), { limit: 10, lang });
      expect(matches).toHaveLength(2);
      for (const m of matches) {
        expect(m.reasons.length).toBeGreaterThan(0);
        expect(m.reasons.some((r) => r.kind === 'strength')).toBe(true);
        const sum = m.components.reduce((s, c) => s + c.points, 0);
        expect(m.score).toBeCloseTo(Math.max(0, sum), 0);
        expect(m.components.reduce((s, c) => s + c.max, 0)).toBe(100);
      }
      const gaps = matches.find((m) => m.supplier.id === 'b')!.reasons.filter((r) => r.kind === 'gap');
      expect(gaps.map((g) => g.code)).toContain('sector-missing');
    }
  });

  it('says what it does not know instead of guessing', async () => {
    await engine.replaceAll('suppliers', [visionSupplier({ id: 'quiet', budgetMin: undefined, budgetMax: undefined })]);
    const [match] = await matchSuppliers(engine, need({ readiness: undefined }), { limit: 1, lang: 'en' });
    const unknowns = match!.reasons.filter((r) => r.kind === 'unknown').map((r) => r.code);
    expect(unknowns).toEqual(expect.arrayContaining(['budget-unknown', 'readiness-unknown', 'no-cases']));
  });
});
