// Hands out unique slugs during an import without a database round trip per record.
import { RESERVED_SLUGS, slugify } from '../../platform/db/slug';

export class SlugBook {
  private constructor(private readonly taken: Set<string>) {}

  /** Supplier and case study slugs share one book so each stays unique within its own collection. */
  static of(taken: string[]): SlugBook {
    return new SlugBook(new Set([...RESERVED_SLUGS, ...taken]));
  }

  take(text: string): string {
    const base = slugify(text);
    let slug = base;
    for (let n = 2; this.taken.has(slug); n++) slug = `${base}-${n}`;
    this.taken.add(slug);
    return slug;
  }
}
