// Index settings, derived from the same field table as the embedded engine so both behave alike.
import type { Settings } from 'meilisearch';
import { foldHan } from '../../text/text';
import { FILTER_FIELDS } from '../fields';
import type { IndexName } from '../port';
import { searchedAttributes } from './stored';

const SORTABLE: Record<IndexName, string[]> = {
  suppliers: ['createdAt', 'caseStudyCount', 'name'],
  cases: ['createdAt', 'title'],
};

/**
 * Meilisearch synonyms are a map, so each group becomes "every member → all the others". Members are folded
 * like the documents and queries, so 電腦視覺 and 电脑视觉 are one key.
 */
export function synonymMap(groups: string[][]): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  for (const group of groups) {
    const members = [...new Set(group.map((m) => foldHan(m.trim().toLowerCase())).filter(Boolean))];
    for (const m of members) {
      const others = members.filter((o) => o !== m);
      map[m] = [...new Set([...(map[m] ?? []), ...others])];
    }
  }
  return map;
}

export function settingsFor(index: IndexName, synonyms: Record<string, string[]>): Settings {
  return {
    searchableAttributes: searchedAttributes(index),
    // `id` too, so documents can be fetched by id (`get`).
    filterableAttributes: ['id', ...FILTER_FIELDS[index], ...(index === 'suppliers' ? ['budgetLo', 'budgetHi'] : [])],
    sortableAttributes: SORTABLE[index],
    // `sort` first: an explicit sort (newest, case studies) orders strictly, as in the embedded engine.
    rankingRules: ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness'],
    synonyms,
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 9 } },
    faceting: { maxValuesPerFacet: 1000 },
    pagination: { maxTotalHits: 10000 },
  };
}
