// Simplified Chinese to Hong Kong Traditional, converted as opencc-js's `Converter({ from: 'cn', to: 'hk' })` does it
// (its `s2hk` configuration: the same dictionaries, the same longest-match steps), from flat tables. opencc-js builds a
// trie of one Map per character of its 50,000 phrases: ~190,000 Maps, 40 MB of heap or more held for the life of the
// process and walked by every full garbage collection, for what here converts a few short words of a need.
// test/unit/hk-traditional.test.ts holds the two to the same output.
import { configs } from 'opencc-js/preset';
import type { DictGroup, DictLike } from 'opencc-js/core';

/** A dictionary group as one table: the longest phrase at a position wins, the first dictionary where two hold it. */
class PhraseTable {
  private readonly phrases = new Map<string, string>();
  private longest = 1;

  constructor(group: DictGroup) {
    for (const dict of [...group].reverse()) {
      for (const [from, to] of entries(dict)) {
        this.phrases.set(from, to);
        this.longest = Math.max(this.longest, from.length);
      }
    }
  }

  /** Where the longest phrase starting at `at` ends, and what replaces it; undefined when none starts there. */
  match(text: string, at: number): { end: number; replacement: string } | undefined {
    for (let end = Math.min(text.length, at + this.longest); end > at; end--) {
      const replacement = this.phrases.get(text.slice(at, end));
      if (replacement !== undefined) return { end, replacement };
    }
    return undefined;
  }

  /** The text cut into its phrases and the runs between them. */
  segment(text: string): string[] {
    return this.walk(text, (phrase) => phrase);
  }

  convert(text: string): string {
    return this.walk(text, (_phrase, replacement) => replacement).join('');
  }

  private walk(text: string, take: (phrase: string, replacement: string) => string): string[] {
    const out: string[] = [];
    let unmatchedFrom = -1;
    for (let at = 0; at < text.length; ) {
      const found = this.match(text, at);
      if (!found) {
        if (unmatchedFrom < 0) unmatchedFrom = at;
        at += text.codePointAt(at)! > 0xffff ? 2 : 1;
        continue;
      }
      if (unmatchedFrom >= 0) out.push(text.slice(unmatchedFrom, at));
      unmatchedFrom = -1;
      out.push(take(text.slice(at, found.end), found.replacement));
      at = found.end;
    }
    if (unmatchedFrom >= 0) out.push(text.slice(unmatchedFrom));
    return out;
  }
}

/** A dictionary's pairs: opencc-js writes them "from to|from to", the first replacement being the usual one. */
function* entries(dict: DictLike): Iterable<readonly [string, string]> {
  if (typeof dict !== 'string') return yield* dict;
  for (const line of dict.split('|')) {
    const [from, to] = line.split(' ');
    if (from && to !== undefined) yield [from, to];
  }
}

type Config = { normalizationChain: DictGroup[]; segmentation: DictGroup; conversionChain: readonly DictGroup[] };
const s2hk = configs.s2hk as unknown as Config;

const normalization = s2hk.normalizationChain.map((group) => new PhraseTable(group));
const segmentation = new PhraseTable(s2hk.segmentation);
const conversion = s2hk.conversionChain.map((group) => new PhraseTable(group));

export function toHongKongTraditional(text: string): string {
  const normalized = normalization.reduce((t, table) => table.convert(t), text);
  return segmentation
    .segment(normalized)
    .map((piece) => conversion.reduce((p, table) => table.convert(p), piece))
    .join('');
}
