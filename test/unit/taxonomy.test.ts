import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { taxonomy } from '../../shared/taxonomy';

// The machine keys are a public contract: they must be exactly those DOMAIN.md lists.
const domain = readFileSync(new URL('../../../shared/study/DOMAIN.md', import.meta.url), 'utf8');

function keysFromDomain(label: string): string[] {
  const line = domain.split('## Machine keys')[1]!.replace(/\n\s+/g, ' ').split('\n').find((l) => l.startsWith(`- ${label}:`));
  return [...line!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
}

const pairs: [string, keyof typeof taxonomy][] = [
  ['layer', 'layers'],
  ['technology category', 'technologies'],
  ['sector', 'sectors'],
  ['application area', 'applicationAreas'],
  ['budget band', 'budgetBands'],
  ['company size', 'companySizes'],
  ['benefit', 'benefits'],
  ['difficulty', 'difficulties'],
  ['readiness', 'readinessLevels'],
  ['market', 'markets'],
  ['language', 'languages'],
];

describe('taxonomy', () => {
  it.each(pairs)('%s keys are exactly DOMAIN.md’s, each labelled in both languages', (label, name) => {
    const entries = taxonomy[name] as { key: string; label: { en: string; 'zh-Hant': string } }[];
    expect(entries.map((e) => e.key)).toEqual(keysFromDomain(label));
    for (const e of entries) {
      expect(e.label.en.length).toBeGreaterThan(0);
      expect(e.label['zh-Hant']).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
