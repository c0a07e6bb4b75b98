// The Meilisearch adapter's pure parts, checked without a server: filter strings, synonym maps, highlights.
import { describe, expect, it } from 'vitest';
import { buildFilter, filteredFields, quote } from '../../server/platform/search/meili/filter';
import { Synonyms } from '../../server/platform/text/synonyms';
import { byteRanges } from '../../server/platform/search/meili/highlight';
import { longQueryTerms } from '../../server/platform/search/meili/long-query';
import { settingsFor, synonymMap } from '../../server/platform/search/meili/settings';
import { fromStored, toStored } from '../../server/platform/search/meili/stored';
import { indexTerms } from '../../server/platform/text/text';
import { buildSupplierDoc, SYNONYMS } from './fixtures';

describe('meili filter strings', () => {
  it('quotes and escapes values, ORs within a field, ANDs across fields', () => {
    const filter = { terms: { sectors: ['healthcare', 'a"b\\c'], layers: ['application'] }, verified: true };
    expect(buildFilter('suppliers', filter)).toBe(
      '(sectors IN ["healthcare", "a\\"b\\\\c"]) AND (layers IN ["application"]) AND (verified = true)',
    );
    expect(quote('x" OR id EXISTS OR "')).toBe('"x\\" OR id EXISTS OR \\""');
  });

  it('leaves out one field for its disjunctive facet, and skips empty value lists', () => {
    const filter = { terms: { sectors: ['healthcare'], layers: [] }, verified: false };
    expect(buildFilter('suppliers', filter, 'sectors')).toBe('(verified = false)');
    expect(buildFilter('suppliers', filter, 'verified')).toBe('(sectors IN ["healthcare"])');
    expect([...filteredFields(filter)]).toEqual(['sectors', 'verified']);
  });

  it('expresses budget overlap on the derived range, with an open maximum', () => {
    expect(buildFilter('suppliers', { budget: { min: 300000, max: 500000 } })).toBe('(budgetLo < 500000 AND budgetHi >= 300000)');
    expect(buildFilter('suppliers', { budget: { min: 500000, max: null } })).toBe('(budgetHi >= 500000)');
    expect(() => buildFilter('suppliers', { budget: { min: Number.NaN, max: null } })).toThrow(RangeError);
  });

  it('refuses fields that are not filterable, whatever their name holds', () => {
    expect(() => buildFilter('suppliers', { terms: { 'name = x OR id': ['y'] } })).toThrow(/not a filter/);
    expect(() => buildFilter('cases', { budget: { min: 0, max: null } })).toThrow(/not a filter/);
  });
});

describe('meili settings', () => {
  it('expands each synonym group into a full mapping', () => {
    const map = synonymMap(SYNONYMS);
    expect(map['cv']).toEqual(['computer vision', '电脑视觉']);
    expect(map['电脑视觉']).toEqual(['cv', 'computer vision']);
    expect(map['conversational ai']).toEqual(['chatbot', '聊天机械人']);
  });

  it('orders searchable attributes by weight, the segmented Chinese of each field beside it, and declares the budget fields filterable', () => {
    const s = settingsFor('suppliers', {});
    expect(s.searchableAttributes?.slice(0, 4)).toEqual(['text.name', 'words.name', 'text.nameZh', 'words.nameZh']);
    expect(s.searchableAttributes?.filter((a) => a.startsWith('text.')).slice(0, 3)).toEqual(['text.name', 'text.nameZh', 'text.capabilities']);
    expect(s.filterableAttributes).toEqual(expect.arrayContaining(['sectors', 'verified', 'budgetLo', 'budgetHi']));
    expect(s.sortableAttributes).toEqual(['createdAt', 'caseStudyCount', 'name']);
  });
});

describe('meili stored documents', () => {
  it('searches a copy folded to Simplified Chinese and gives back the document as it was', () => {
    const doc = buildSupplierDoc({ nameZh: '數據港', capabilities: ['電腦視覺', 'OCR'], budgetMin: 1000 });
    const stored = toStored('suppliers', doc);
    expect(stored['text']).toMatchObject({ nameZh: '数据港', capabilities: ['电脑视觉', 'OCR'] });
    expect(fromStored(stored)).toEqual(doc);
  });

  it('keeps the Chinese segmented as the shared text analysis cuts it, and the length of each field in terms', () => {
    const doc = buildSupplierDoc({ nameZh: '網店即時對話', capabilities: ['OCR'] });
    const stored = toStored('suppliers', doc);
    expect(stored['words']).toMatchObject({ nameZh: indexTerms('網店即時對話').join(' ') });
    expect(stored['words']).not.toHaveProperty('capabilities');
    expect(stored['lengths']).toMatchObject({ capabilities: 1 });
  });
});

describe('meili highlights', () => {
  it('turns byte positions into character ranges, in order, across Chinese and ASCII text', () => {
    // 數據 is 6 bytes; "AI" starts at byte 7 after the space.
    expect(byteRanges('數據 AI 平台', [{ start: 10, length: 6 }, { start: 0, length: 6 }, { start: 7, length: 2 }])).toEqual([
      { start: 0, end: 2 }, { start: 3, end: 5 }, { start: 6, end: 8 },
    ]);
  });

  it('widens a typo or prefix match to the whole word, but not across Chinese', () => {
    expect(byteRanges('Kowloon Vision Labs', [{ start: 8, length: 5 }])).toEqual([{ start: 8, end: 14 }]);
    expect(byteRanges('AI人工智能', [{ start: 2, length: 6 }])).toEqual([{ start: 2, end: 4 }]);
  });
});

describe('meili long queries', () => {
  const synonyms = new Synonyms();
  synonyms.set(SYNONYMS);

  it('leaves short queries to Meilisearch as typed', () => {
    expect(longQueryTerms('Kowloon Vision Labs', synonyms)).toBeNull();
  });

  it('searches the key terms of a sentence: no function words or particles, synonym phrases whole, each once and counted as often as said', () => {
    const sentence = 'We want a chatbot that answers our customers, and computer vision for our customers’ shelves';
    expect(longQueryTerms(sentence, synonyms)).toEqual([
      { text: 'chatbot', times: 1 }, { text: 'answers', times: 1 }, { text: 'customers', times: 2 },
      { text: 'computer vision', times: 1 }, { text: 'shelves', times: 1 },
    ]);
    const chinese = longQueryTerms('我哋間舖頭想搵人幫手整一個聊天機械人同埋文件識別', synonyms)?.map((t) => t.text);
    expect(chinese).toEqual(expect.arrayContaining(['聊天机械人', '文件识别']));
    expect(chinese).not.toContain('我');
  });
});
