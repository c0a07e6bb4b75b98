// Readable, URL-safe slugs; a short random suffix keeps them unique.
import { randomBytes } from 'node:crypto';
import { limits } from '../../../shared/limits';

export function slugify(text: string, max = 80): string {
  const ascii = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
  return ascii || 'item';
}

/** Words that are route segments next to `/:idOrSlug` (e.g. GET /api/suppliers/compare): never handed out as slugs. */
export const RESERVED_SLUGS = new Set(['compare', 'new', 'mine', 'edit']);

/** Base-36 characters after a taken slug: 36⁵ ≈ 60 million, so a second try is rare and a third rarer still. */
const SUFFIX_LENGTH = 5;
const randomSuffix = () => Array.from(randomBytes(SUFFIX_LENGTH), (b) => (b % 36).toString(36)).join('');

/**
 * The slug itself when free, otherwise `base-xxxxx` with a random suffix: a constant number of queries however
 * many records share the base (probing base-2, base-3, … took one scanning query each: 60 case studies titled
 * "0" made creating the next one take 8 s). A concurrent creator taking the same slug meets the unique index.
 */
export async function uniqueSlug(base: string, taken: (slug: string) => Promise<boolean>): Promise<string> {
  if (!RESERVED_SLUGS.has(base) && !(await taken(base))) return base;
  const stem = base.slice(0, limits.slug - SUFFIX_LENGTH - 1);
  for (let attempt = 0; attempt < 5; attempt++) {
    const candidate = `${stem}-${randomSuffix()}`;
    if (!(await taken(candidate))) return candidate;
  }
  throw new Error(`no free slug for ${base}`);
}
