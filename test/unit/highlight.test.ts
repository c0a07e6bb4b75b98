// Highlighting on its own: whatever path a text takes (all-ASCII words, Chinese, other scripts), a term is
// marked where a whole word of the text normalises to it, and nowhere else.
import { describe, expect, it } from 'vitest';
import { highlight } from '../../server/platform/search/embedded/highlight';

const mark = (text: string, ...terms: string[]) => highlight(text, new Set(terms), false);

describe('highlight', () => {
  it('marks whole words whatever their case, never part of a longer word', () => {
    expect(mark('Data analytics; DATA-driven metadata', 'data').html).toBe('<mark>Data</mark> analytics; <mark>DATA</mark>-driven metadata');
  });

  it('treats digits as part of a word and curly quotes and dashes as breaks between words', () => {
    expect(mark('3D printing — the client’s 3Dx line', '3d', 'client').html).toBe(
      '<mark>3D</mark> printing — the <mark>client</mark>’s 3Dx line',
    );
  });

  it('marks words with letters outside ASCII and full-width letters by their normal form', () => {
    expect(mark('Café analytics', 'café').html).toBe('<mark>Café</mark> analytics');
    expect(mark('提供 ＡＩ 方案，及 OCR', 'ai', 'ocr').html).toBe('提供 <mark>ＡＩ</mark> 方案，及 <mark>OCR</mark>');
  });

  it('says when nothing matched, in English and in Chinese text', () => {
    expect(mark('Robotic process automation', 'analytics')).toEqual({ html: 'Robotic process automation', hit: false });
    expect(mark('為零售商提供電腦視覺模型', 'vision')).toEqual({ html: '為零售商提供電腦視覺模型', hit: false });
    expect(mark('為零售商提供電腦視覺模型', '视觉').hit).toBe(true);
  });

  it('escapes the text around the marks', () => {
    expect(mark('R&D <b>AI</b>', 'ai').html).toBe('R&amp;D &lt;b&gt;<mark>AI</mark>&lt;/b&gt;');
  });

  it('reads a character beyond the Basic Multilingual Plane as one: a letter is part of a word, an emoji a break', () => {
    expect(mark('Tools for 𝐀𝐈 😀 teams', 'ai').html).toBe('Tools for <mark>𝐀𝐈</mark> 😀 teams');
    expect(mark('Fish 🐟 & chips', 'chips').html).toBe('Fish 🐟 &amp; <mark>chips</mark>');
  });
});
