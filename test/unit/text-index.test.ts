// The embedded engine's text index on its own: typo matching at every position, prefixes, scoring order,
// and that removals (and the sweep that reclaims them) never bring a removed document back.
import { describe, expect, it } from 'vitest';
import { TextIndex, withinOneEdit, type TermQuery } from '../../server/platform/search/embedded/text-index';

const word = (term: string, options: Partial<TermQuery> = {}): TermQuery => ({ term, fuzzy: false, prefix: false, ...options });
const ids = (index: TextIndex, query: Parameters<TextIndex['search']>[0]) =>
  [...index.search(query).scores].sort((a, b) => b[1] - a[1]).map(([id]) => id);

describe('text index', () => {
  it('tells one edit from two', () => {
    expect(withinOneEdit('vision', 'visoin')).toBe(false);
    for (const typo of ['vison', 'visions', 'bision', 'ision', 'xvision', 'visiom']) expect(withinOneEdit('vision', typo)).toBe(true);
    expect(withinOneEdit('vision', 'vissionn')).toBe(false);
  });

  it('finds a word with one typo at any position, including the first letter', () => {
    const index = new TextIndex([1]);
    index.add('a', ['harbour vision']);
    index.add('b', ['kowloon bots']);
    for (const typo of ['vison', 'bision', 'ision', 'xvision', 'visiob']) {
      expect(ids(index, word(typo, { fuzzy: true }))).toEqual(['a']);
      expect(ids(index, word(typo))).toEqual([]);
    }
  });

  it('tells which fields of a document hold which of a query\'s terms (highlighting reads nothing else)', () => {
    const index = new TextIndex([5, 1, 1]);
    const slot = index.add('a', ['Harbour Vision', 'retail analytics', '零售分析']);
    index.add('b', ['Vision Labs', undefined, undefined]);
    const { terms, termIds } = index.match({ any: [word('vision'), word('analytics', { prefix: true }), word('分析')] });
    const fieldsOf = (s: number) => {
      const own = new Uint8Array(termIds.length);
      const all = index.fieldsOfTerms(s, termIds, own);
      return { all, own: Object.fromEntries([...terms].map((t, k) => [t, own[k]])) };
    };
    expect(fieldsOf(slot)).toEqual({ all: 0b111, own: { vision: 0b001, analytics: 0b010, 分析: 0b100 } });
    expect(fieldsOf(index.slotOf('b')!)).toEqual({ all: 0b001, own: { vision: 0b001, analytics: 0, 分析: 0 } });
    const retail = index.match(word('retail')).termIds;
    expect(index.fieldsOfTerms(slot, retail, new Uint8Array(retail.length))).toBe(0b010);
  });

  it('matches the word being typed as a prefix, exact words scoring above longer ones', () => {
    const index = new TextIndex([1]);
    index.add('long', ['forecasting']);
    index.add('exact', ['forecast']);
    index.add('other', ['vision']);
    expect(ids(index, word('forecast', { prefix: true }))).toEqual(['exact', 'long']);
    expect(ids(index, word('fore'))).toEqual([]);
  });

  it('ranks by field weight and by how many query words a document matches', () => {
    const index = new TextIndex([5, 1]);
    index.add('in-name', ['Vision Labs', 'retail analytics']);
    index.add('in-text', ['Harbour Data', 'computer vision for retail']);
    index.add('both-words', ['Retail Vision', 'computer vision for retail']);
    expect(ids(index, word('vision'))[2]).toBe('in-text');
    expect(ids(index, { any: [word('vision'), word('retail')] })[0]).toBe('both-words');
    expect(ids(index, { all: [word('vision'), word('computer')] }).sort()).toEqual(['both-words', 'in-text']);
  });

  it('forgets removed and replaced documents, also after the sweep renumbers the rest', () => {
    const index = new TextIndex([1]);
    for (let i = 0; i < 3_000; i++) index.add(`d${i}`, [i % 2 ? `odd vision ${i}` : `even chatbot ${i}`]);
    for (let i = 0; i < 2_000; i++) index.remove(`d${i}`);
    index.add('d2501', ['replaced text']);
    expect(index.size).toBe(1_000);
    expect(ids(index, word('vision'))).toHaveLength(500 - 1);
    expect(ids(index, word('vision'))).not.toContain('d2501');
    expect(ids(index, word('replaced'))).toEqual(['d2501']);
    expect(ids(index, word('1999'))).toEqual([]);
    expect(ids(index, word('2999'))).toEqual(['d2999']);
  });

  it('scores "every word" the same when a common word is looked up only among the rare word\'s documents', () => {
    const index = new TextIndex([2, 1]);
    for (let i = 0; i < 300; i++) index.add(`common-${i}`, [`harbour solutions ${i}`, i % 3 ? 'retail' : 'logistics solutions']);
    index.add('both', ['Kestrel Solutions', 'retail solutions analytics']);
    index.add('rare-only', ['Kestrel Data', 'retail']);
    const score = (query: Parameters<TextIndex['search']>[0], id: string) => index.search(query).scores.get(id)!;
    const rare = score(word('kestrel'), 'both');
    const common = score(word('solutions'), 'both');
    const all = index.search({ all: [word('solutions'), word('kestrel')] });
    expect([...all.scores.keys()]).toEqual(['both']);
    // Two of the query's words matched: their scores add up, and count twice (see search()).
    expect(all.scores.get('both')).toBeCloseTo(2 * (rare + common), 10);
    expect(all.terms).toEqual(new Set(['solutions', 'kestrel']));
    const none = index.search({ all: [word('zebra'), word('kestrel'), word('solutions')] });
    expect(none.scores.size).toBe(0);
    expect(none.terms).toEqual(new Set(['kestrel', 'solutions']));
  });

  it('gives "every word" of common words the scores "any word" gives the documents holding them all', () => {
    // Both words have thousands of postings: the matches are found before any is scored (see matching()).
    const index = new TextIndex([3, 1]);
    for (let i = 0; i < 3_000; i++) {
      const topic = i % 3 === 0 ? 'chatbot retail' : i % 3 === 1 ? 'chatbot' : 'vision';
      index.add(`d${i}`, [i % 4 === 0 ? `kowloon ${topic}` : topic, i % 7 === 0 ? 'kowloon bay chatbot chatbot' : 'harbour']);
    }
    const pair = [word('chatbot'), word('kowloon', { fuzzy: true, prefix: true })];
    const all = index.search({ all: pair }).scores;
    const any = index.search({ any: pair }).scores;
    const both = [...any.keys()].filter((id) => {
      const n = Number(id.slice(1));
      return n % 7 === 0 || (n % 3 !== 2 && n % 4 === 0);
    });
    expect([...all.keys()].sort()).toEqual(both.sort());
    for (const id of both) expect(all.get(id)).toBe(any.get(id));
    expect(index.search({ all: [word('vision'), word('retail')] }).scores.size).toBe(0);
  });
});
