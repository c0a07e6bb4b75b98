// A published case study's page without a database read: the search engine's copy (with its `page` extras),
// answered only while it is the version stored (case.published.ts keeps every published case study's last write,
// current through the model's writes), its supplier's link from supplierLinks. A slug is found through the
// supplier kept for its hash. The engine is written after the database, a moment later (search.indexer.ts), so a
// case study just edited or approved is read from the database until its copy catches up; both engines hold the
// same copies.
import type { CaseStudyDetail } from '../../../shared/schemas/suppliers';
import { isObjectId } from '../../platform/db/hex-id';
import type { CasePageExtras, CaseSearchDoc, SearchEngine } from '../../platform/search/port';
import { supplierLinks } from '../suppliers';
import { presentIndexedCaseDetail } from './case.presenter';
import { publishedCases } from './case.published';

/** The page by id or slug, or undefined when the database must answer (including "no such case study"). */
export async function indexedCaseDetail(idOrSlug: string, engine: SearchEngine): Promise<CaseStudyDetail | undefined> {
  const doc = await currentCopy(idOrSlug, engine);
  if (!doc?.page) return undefined;
  const supplier = (await supplierLinks(engine, [doc.supplierId])).get(doc.supplierId);
  return supplier && presentIndexedCaseDetail(doc, JSON.parse(doc.page) as CasePageExtras, supplier);
}

type CurrentCopy = CaseSearchDoc & { updatedAt: number };

async function currentCopy(idOrSlug: string, engine: SearchEngine): Promise<CurrentCopy | undefined> {
  const byId = isObjectId(idOrSlug);
  const supplierId = byId ? undefined : await publishedCases.supplierOfSlug(idOrSlug);
  if (!byId && !supplierId) return undefined;
  // By slug: the supplier's published case studies, one of which has it.
  const listed = supplierId ? await publishedCases.ofSupplier(supplierId) : undefined;
  const ids = byId ? [idOrSlug] : (listed ?? []).map((c) => c.id);
  const docs = await engine.get('cases', ids).catch(() => []);
  const doc = docs.find((d) => (byId ? d.id === idOrSlug : d.slug === idOrSlug));
  if (!doc) return undefined;
  // The copy names its supplier; the version kept there says whether the copy is current.
  const kept = (listed ?? (await publishedCases.ofSupplier(doc.supplierId)))?.find((c) => c.id === doc.id);
  return kept && doc.updatedAt === kept.updatedAt ? (doc as CurrentCopy) : undefined;
}
