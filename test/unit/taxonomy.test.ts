import { describe, expect, it } from 'vitest';
import { BUDGET_BAND_RANGES, taxonomy, type TaxonomyName } from '../../shared/taxonomy';
import { readDoc, sections, table } from '../docs';

// The machine keys and their labels are a public contract, documented for users in docs/taxonomy.md:
// the code and the document must say the same thing, in both directions.
const documented = new Map(
  [...sections(readDoc('taxonomy.md'))].flatMap(([heading, text]) => {
    const name = /\(`(\w+)`\)$/.exec(heading)?.[1];
    return name ? [[name, table(text)] as const] : [];
  }),
);
const names = Object.keys(taxonomy) as TaxonomyName[];

/** "1,000,000" → 1000000; "no upper limit" → null; "—" (no range) → undefined. */
function amount(cell: string | undefined): number | null | undefined {
  if (cell === 'no upper limit') return null;
  return cell === '—' || cell === undefined ? undefined : Number(cell.replaceAll(',', ''));
}

describe('taxonomy', () => {
  it('docs/taxonomy.md documents every list of shared/taxonomy.ts, and no other', () => {
    expect([...documented.keys()].sort()).toEqual([...names].sort());
  });

  it.each(names)('%s: the same keys, in the same order, with the same English and 繁體中文 labels as the document', (name) => {
    const inCode = taxonomy[name].map((e) => ({ key: e.key, en: e.label.en, zh: e.label['zh-Hant'] }));
    const inDoc = (documented.get(name) ?? []).map((row) => ({ key: row['key'], en: row['English'], zh: row['繁體中文'] }));
    expect(inDoc).toEqual(inCode);
    for (const e of inCode) {
      expect(e.en.length).toBeGreaterThan(0);
      expect(e.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('budget bands: the HK$ ranges are the document’s', () => {
    const inDoc = Object.fromEntries(
      (documented.get('budgetBands') ?? []).flatMap((row) => {
        const min = amount(row['from HK$']);
        return min === undefined ? [] : [[row['key'], { min, max: amount(row['below HK$']) }]];
      }),
    );
    expect(inDoc).toEqual(BUDGET_BAND_RANGES);
  });
});
