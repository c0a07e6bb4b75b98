import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { interchangeFileSchema, interchangeSupplierSchema } from '../../shared/schemas/interchange';
import { BUDGET_BAND_RANGES, type BudgetBand, type Technology } from '../../shared/taxonomy';
import { ANCHORS } from '../../seed/anchors';
import { LAYER_TECHNOLOGIES } from '../../seed/capability';
import { generateMarket } from '../../seed/generate';
import { marketShares } from '../../seed/stats';
import { writeMarketFile } from '../../seed/write';

const CJK = /[\u4e00-\u9fff]/;
const defaultMarket = generateMarket({});
const big = generateMarket({ seed: 11, suppliers: 10_000 });
const cases = (m: typeof defaultMarket) => m.suppliers.flatMap((s) => s.caseStudies ?? []);

describe('generateMarket', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateMarket({ seed: 7, suppliers: 200 })).toEqual(generateMarket({ seed: 7, suppliers: 200 }));
    expect(JSON.stringify(generateMarket({ seed: 8, suppliers: 200 }))).not.toBe(
      JSON.stringify(generateMarket({ seed: 7, suppliers: 200 })),
    );
  });

  it('always opens with the same hand-written anchors, whatever the seed', () => {
    const a = generateMarket({ seed: 1, suppliers: 50 }).suppliers.slice(0, ANCHORS.length);
    const b = generateMarket({ seed: 99, suppliers: 50 }).suppliers.slice(0, ANCHORS.length);
    expect(a).toEqual(b);
    expect(a[0]?.name).toBe('Harbour Vision Analytics Ltd');
    expect(a.map((s) => s.nameZh)).toContain('獅子山對話人工智能有限公司');
  });

  it('has at least 300 suppliers and 900 case studies by default', () => {
    expect(defaultMarket.suppliers.length).toBeGreaterThanOrEqual(300);
    expect(cases(defaultMarket).length).toBeGreaterThanOrEqual(900);
  });

  it('produces records that all pass the interchange schema', () => {
    expect(interchangeFileSchema.safeParse(defaultMarket).success).toBe(true);
    for (const supplier of [...defaultMarket.suppliers, ...big.suppliers.slice(0, 2_000)]) {
      const result = interchangeSupplierSchema.safeParse(supplier);
      expect(result.success, `${supplier.externalId}: ${result.error?.message}`).toBe(true);
    }
  });

  it('keeps names and ids unique at 10,000 suppliers, without numbers in names', () => {
    const unique = (values: string[]) => new Set(values).size === values.length;
    expect(big.suppliers).toHaveLength(10_000);
    expect(unique(big.suppliers.map((s) => s.name.toLowerCase()))).toBe(true);
    expect(unique(big.suppliers.map((s) => s.nameZh ?? ''))).toBe(true);
    expect(unique(big.suppliers.map((s) => s.externalId))).toBe(true);
    expect(unique(cases(big).map((c) => c.externalId))).toBe(true);
    expect(big.suppliers.every((s) => /^[A-Za-z ]+$/.test(s.name))).toBe(true);
    expect(big.suppliers[0]?.externalId).toBe('sup-00001');
    expect(cases(big)[0]?.externalId).toBe('case-000001');
  });

  it('matches the survey shares at 2,000 suppliers (±6 points)', () => {
    const shares = marketShares(generateMarket({ seed: 5, suppliers: 2_000 }));
    const near = (actual: number | undefined, expected: number) => expect(Math.abs((actual ?? 0) - expected)).toBeLessThanOrEqual(6);
    near(shares.layers.basic, 49);
    near(shares.layers.technology, 41);
    near(shares.layers.application, 59);
    near(shares.allThreeLayers, 17);
    near(shares.sectors['telecom-it'], 29);
    near(shares.sectors.healthcare, 24);
    near(shares.sectors.education, 23);
    near(shares.sectors.manufacturing, 22);
    near(shares.sectors.government, 21);
    near(shares.sectorCount.one, 48);
    near(shares.smes, 75);
    near((shares.sizes['1-5'] ?? 0) + (shares.sizes['6-9'] ?? 0), 45);
    near(shares.verified, 30);
  });

  it('writes both languages in names, descriptions and case studies', () => {
    for (const s of defaultMarket.suppliers) {
      expect(s.name).not.toMatch(CJK);
      expect(s.nameZh).toMatch(CJK);
      expect(s.description).not.toMatch(CJK);
      expect(s.descriptionZh).toMatch(CJK);
      for (const c of s.caseStudies ?? []) {
        expect(c.titleZh).toMatch(CJK);
        expect(c.problemZh).toMatch(CJK);
        expect(c.solutionZh).toMatch(CJK);
        expect(c.outcomeZh).toMatch(CJK);
        expect(c.outcome).toMatch(/\d/);
      }
    }
  });

  it('keeps budgets, technologies and case studies consistent with each supplier', () => {
    let ownSector = 0;
    for (const s of defaultMarket.suppliers) {
      const budget = s.projectBudgetHKD!;
      expect(budget.min).toBeLessThanOrEqual(budget.max);
      const allowed = new Set<Technology>(s.layers.flatMap((l) => LAYER_TECHNOLOGIES[l]));
      expect(s.technologies?.every((t) => allowed.has(t))).toBe(true);
      const titles = (s.caseStudies ?? []).map((c) => c.title);
      expect(new Set(titles).size).toBe(titles.length);
      for (const c of s.caseStudies ?? []) {
        expect(c.technologies?.every((t) => s.technologies?.includes(t))).toBe(true);
        expect(c.year).toBeGreaterThanOrEqual(Math.max(2018, s.foundedYear ?? 0));
        expect(c.year).toBeLessThanOrEqual(2026);
        const band = BUDGET_BAND_RANGES[c.budgetBand as Exclude<BudgetBand, 'unknown'>];
        expect(band.min).toBeLessThanOrEqual(budget.max);
        expect(band.max === null || band.max > budget.min).toBe(true);
        if (s.sectors.includes(c.clientSector)) ownSector++;
      }
    }
    expect(ownSector / cases(defaultMarket).length).toBeGreaterThan(0.8);
  });
});

describe('writeMarketFile', () => {
  let dir = '';
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('writes JSON that reads back as the generated market, even at 10,000 suppliers and 50,000 case studies', async () => {
    dir = await mkdtemp(join(tmpdir(), 'seed-'));
    const small = join(dir, 'small.json');
    await writeMarketFile(small, { seed: 4, suppliers: 30 });
    expect(JSON.parse(await readFile(small, 'utf8'))).toEqual(generateMarket({ seed: 4, suppliers: 30 }));

    const large = join(dir, 'large.json');
    const summary = await writeMarketFile(large, { suppliers: 10_000, casesPerSupplier: 5 });
    const parsed = JSON.parse(await readFile(large, 'utf8')) as typeof defaultMarket;
    expect(parsed.suppliers).toHaveLength(10_000);
    expect(cases(parsed).length).toBe(summary.caseStudies);
    expect(summary.caseStudies).toBeGreaterThan(48_000);
  }, 60_000);
});
