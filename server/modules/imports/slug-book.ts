// Hands out unique slugs during an import without a database round trip per record.
import { RESERVED_SLUGS, slugify } from '../../platform/db/slug';
import { CaseStudyModel } from '../cases/case.model';
import { SupplierModel } from '../suppliers/supplier.model';

export class SlugBook {
  private constructor(private readonly taken: Set<string>) {}

  /** Supplier and case study slugs share one book so each stays unique within its own collection. */
  static async load(): Promise<SlugBook> {
    const [suppliers, cases] = await Promise.all([SupplierModel.distinct('slug'), CaseStudyModel.distinct('slug')]);
    return new SlugBook(new Set([...RESERVED_SLUGS, ...suppliers, ...cases].map(String)));
  }

  take(text: string): string {
    const base = slugify(text);
    let slug = base;
    for (let n = 2; this.taken.has(slug); n++) slug = `${base}-${n}`;
    this.taken.add(slug);
    return slug;
  }
}
