// The tokenizer's words: runs of Chinese, or runs of other letters and digits, whatever the script, with offsets
// in the original text. Indexing, querying and highlighting all read text through it, so they agree.
import { describe, expect, it } from 'vitest';
import { indexTerms, spans } from '../../server/platform/text/text';

const words = (text: string) => spans(text).map((s) => [s.start, s.end, s.term]);

describe('tokenizer', () => {
  it('splits where the script changes and at anything that is not a letter or digit', () => {
    expect(words('WhatsApp上的 café ①②')).toEqual([[0, 8, 'whatsapp'], [8, 9, '上'], [9, 10, '的'], [11, 15, 'café'], [16, 18, '12']]);
    expect(words('Tai Wai’s “AI” — 50% off')).toEqual([[0, 3, 'tai'], [4, 7, 'wai'], [8, 9, 's'], [11, 13, 'ai'], [17, 19, '50'], [21, 24, 'off']]);
  });

  it('segments Chinese into words and folds full-width letters', () => {
    expect(indexTerms('人工智能（AI）方案')).toEqual(['人工', '智能', 'ai', '方案']);
    expect(words('１２３ＡＢＣ')).toEqual([[0, 6, '123abc']]);
  });

  it('reads characters beyond the Basic Multilingual Plane whole, and skips a lone surrogate', () => {
    expect(words('𠀋𠀋abc')).toEqual([[0, 2, '𠀋'], [2, 4, '𠀋'], [4, 7, 'abc']]);
    expect(words('x\uD800y')).toEqual([[0, 1, 'x'], [2, 3, 'y']]);
  });
});
