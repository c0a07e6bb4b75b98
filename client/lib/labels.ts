// Taxonomy key → label in a language. The labels live in shared/taxonomy.ts; never re-type them here.
import { taxonomy, type TaxonomyName } from '../../shared/taxonomy';
import type { Locale } from './locale';

const lookup = new Map<TaxonomyName, Map<string, { en: string; 'zh-Hant': string }>>(
  (Object.keys(taxonomy) as TaxonomyName[]).map((name) => [
    name,
    new Map(taxonomy[name].map((entry) => [entry.key as string, entry.label])),
  ]),
);

/** The label of `key` in `taxonomy[name]`; an unknown key comes back as itself rather than breaking the page. */
export function labelOf(name: TaxonomyName, key: string, locale: Locale): string {
  return lookup.get(name)?.get(key)?.[locale] ?? key;
}

/** Keys of a taxonomy list, in the taxonomy's own order. */
export function keysOf(name: TaxonomyName): string[] {
  return taxonomy[name].map((entry) => entry.key);
}
