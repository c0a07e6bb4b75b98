// Which of a query's terms each field of a hit holds: the highlighter looks in a field for those alone, so they
// must be exactly the query's terms the field's words hold (any other would never be marked there).
import { describe, expect, it } from 'vitest';
import { FieldTerms } from '../../server/platform/search/embedded/field-terms';
import { TextIndex, type TermQuery } from '../../server/platform/search/embedded/text-index';

const word = (term: string, options: Partial<TermQuery> = {}): TermQuery => ({ term, fuzzy: false, prefix: false, ...options });

describe('field terms', () => {
  const index = new TextIndex([5, 1]);
  index.add('a', ['Harbour Vision', 'computer vision for retail, 零售分析']);
  index.add('b', ['Retail Vision', 'computer vision for retail']);
  index.add('c', ['Kowloon Bots', 'chatbots']);
  const { terms, termIds } = index.match({ any: [word('visin', { fuzzy: true }), word('retail'), word('分析'), word('bot', { prefix: true })] });
  const held = new FieldTerms(index, terms, termIds);

  it('gives each field the query terms its words hold, typo and prefix variants included', () => {
    held.read(index.slotOf('a')!);
    expect([...held.termsIn(0)]).toEqual(['vision']);
    expect([...held.termsIn(1)].sort()).toEqual(['retail', 'vision', '分析']);
    held.read(index.slotOf('c')!);
    expect([...held.termsIn(0)]).toEqual(['bots']);
    expect([...held.termsIn(1)]).toEqual([]);
  });

  it('hands the same set to documents holding the same terms (the highlighter keeps figures per set)', () => {
    held.read(index.slotOf('a')!);
    const first = held.termsIn(0);
    held.read(index.slotOf('b')!);
    expect([...held.termsIn(0)].sort()).toEqual(['retail', 'vision']);
    held.read(index.slotOf('a')!);
    expect(held.termsIn(0)).toBe(first);
  });
});
