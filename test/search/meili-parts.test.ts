// The Meilisearch adapter's pure parts, checked without a server: filter strings, synonym maps, highlights.
import { describe, expect, it } from 'vitest';
import { buildFilter, filteredFields, quote } from '../../server/platform/search/meili/filter';
import { POST_TAG, PRE_TAG, toMarkHtml } from '../../server/platform/search/meili/highlight';
import { settingsFor, synonymMap } from '../../server/platform/search/meili/settings';
import { SYNONYMS } from './fixtures';

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
    expect(map['cv']).toEqual(['computer vision', '電腦視覺']);
    expect(map['電腦視覺']).toEqual(['cv', 'computer vision']);
    expect(map['conversational ai']).toEqual(['chatbot', '聊天機械人']);
  });

  it('orders searchable attributes by weight and declares the budget fields filterable', () => {
    const s = settingsFor('suppliers', {});
    expect(s.searchableAttributes?.slice(0, 3)).toEqual(['name', 'nameZh', 'capabilities']);
    expect(s.filterableAttributes).toEqual(expect.arrayContaining(['sectors', 'verified', 'budgetLo', 'budgetHi']));
    expect(s.sortableAttributes).toEqual(['createdAt', 'caseStudyCount', 'name']);
  });
});

describe('meili highlights', () => {
  it('escapes the text and turns only our private tags into <mark>', () => {
    const formatted = `${PRE_TAG}Evil${POST_TAG} <script>alert(1)</script> & <mark>x</mark>`;
    expect(toMarkHtml(formatted)).toBe('<mark>Evil</mark> &lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;mark&gt;x&lt;/mark&gt;');
  });

  it('never leaves a <mark> unbalanced', () => {
    expect(toMarkHtml(`a${POST_TAG}b${PRE_TAG}c`)).toBe('ab<mark>c</mark>');
  });
});
