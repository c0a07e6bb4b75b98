// Readable, URL-safe slugs; a numeric suffix keeps them unique.
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

/** Finds the first free slug among base, base-2, base-3, … using `taken` to ask the database. */
export async function uniqueSlug(base: string, taken: (slug: string) => Promise<boolean>): Promise<string> {
  for (let n = 1; n < 10_000; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!RESERVED_SLUGS.has(candidate) && !(await taken(candidate))) return candidate;
  }
  throw new Error(`no free slug for ${base}`);
}
