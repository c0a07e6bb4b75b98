// The flat-table converter must write exactly what opencc-js writes: matching shows a need's Chinese words in
// Traditional script and looks for them in both, so any difference would change a label or a match.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as OpenCC from 'opencc-js';
import { configs } from 'opencc-js/preset';
import { describe, expect, it } from 'vitest';
import { toHongKongTraditional } from '../../server/platform/text/hk-traditional';
import { foldText } from '../../server/platform/text/text';

const opencc = OpenCC.Converter({ from: 'cn', to: 'hk' });
const HAN_RUN = /\p{Script=Han}[\p{Script=Han}\p{L}\p{N} ]*/gu;

/** Every run of Chinese in the evaluation market and needs, in Simplified as the matcher holds it. */
function marketRuns(): string[] {
  const dirs = ['test/eval', 'test/eval/market', 'seed'];
  const files = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.ts')).map((f) => path.join(d, f)));
  return [...new Set(files.flatMap((f) => readFileSync(f, 'utf8').match(HAN_RUN) ?? []).map(foldText))];
}

/** The phrases of the conversion dictionaries themselves, and each run into the next (phrases meeting at a border). */
function dictionaryPhrases(): string[] {
  const phrases = (configs.s2hk!.segmentation as unknown as string[]).flatMap((dict) => dict.split('|').map((line) => line.split(' ')[0]!));
  return phrases.filter((_, i) => i % 7 === 0).map((p, i, all) => (i % 2 ? p : p + (all[i + 1] ?? '')));
}

describe('Simplified to Hong Kong Traditional', () => {
  it('writes what opencc-js writes for the market’s own Chinese', () => {
    const runs = marketRuns();
    expect(runs.length).toBeGreaterThan(500);
    const differing = runs.filter((r) => toHongKongTraditional(r) !== opencc(r));
    expect(differing).toEqual([]);
  });

  it('writes what opencc-js writes for the dictionaries’ phrases, alone and side by side', () => {
    const phrases = dictionaryPhrases();
    expect(phrases.length).toBeGreaterThan(5_000);
    const differing = phrases.filter((p) => toHongKongTraditional(p) !== opencc(p));
    expect(differing).toEqual([]);
  });

  it('picks the phrase’s reading over the character’s, and leaves other scripts alone', () => {
    expect(toHongKongTraditional('头发')).toBe('頭髮');
    expect(toHongKongTraditional('发展')).toBe('發展');
    expect(toHongKongTraditional('客服机器人 chatbot 2024')).toBe(opencc('客服机器人 chatbot 2024'));
    expect(toHongKongTraditional('')).toBe('');
  });
});
