// A published case study's page, and a supplier's own list of its case studies, without a database read: the
// search engine's copies (with their `page` extras), used only while they are the versions stored (case.kept.ts
// keeps every case study's last write, current through the model's writes), the supplier's link from supplierLinks.
// A slug is found through the supplier kept for its hash. The engine is written after the database, a moment later
// (search.indexer.ts), so a case study just edited or approved is read from the database until its copy catches
// up; both engines hold the same copies. Drafts and submissions are not in the engine: a list holding any is read
// from the database.
import type { ManagedCase } from '../../../shared/schemas/casestudies';
import type { CaseStudyDetail } from '../../../shared/schemas/suppliers';
import { isObjectId } from '../../platform/db/hex-id';
import { pageOffset } from '../../platform/db/page';
import type { CasePageExtras, CaseSearchDoc, SearchEngine } from '../../platform/search/port';
import { type SupplierLink, supplierLinks } from '../suppliers';
import { presentIndexedCaseDetail, presentIndexedManagedCase } from './case.presenter';
import { type KeptCase, keptCases } from './case.kept';

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
  const supplierId = byId ? undefined : await keptCases.supplierOfSlug(idOrSlug);
  if (!byId && !supplierId) return undefined;
  // By slug: the supplier's published case studies, one of which has it.
  const listed = supplierId ? await keptCases.ofSupplier(supplierId) : undefined;
  const ids = byId ? [idOrSlug] : (listed ?? []).map((c) => c.id);
  const docs = await engine.get('cases', ids).catch(() => []);
  const doc = docs.find((d) => (byId ? d.id === idOrSlug : d.slug === idOrSlug));
  if (!doc) return undefined;
  // The copy names its supplier; the version kept there says whether the copy is current.
  const kept = (listed ?? (await keptCases.ofSupplier(doc.supplierId)))?.find((c) => c.id === doc.id);
  return kept && doc.updatedAt === kept.updatedAt ? (doc as CurrentCopy) : undefined;
}

/** As listCasesOf sorts: last edited first, then by id, descending. */
const lastEditedFirst = (a: KeptCase, b: KeptCase) => b.updatedAt - a.updatedAt || b.id.localeCompare(a.id);

/** A page of the supplier's case studies as listCasesOf gives it, while all are published and the page's copies current; else undefined. */
export async function indexedCasesOf(supplier: SupplierLink, query: { page: number; pageSize: number }, engine: SearchEngine): Promise<{ items: ManagedCase[]; total: number } | undefined> {
  const own = await keptCases.ownedBy(supplier._id.toHexString());
  if (!own || own.some((c) => c.status !== 'published')) return undefined;
  own.sort(lastEditedFirst);
  const offset = pageOffset(query);
  const shown = own.slice(offset, offset + query.pageSize);
  const docs = await engine.get('cases', shown.map((c) => c.id)).catch(() => []);
  // `get` keeps the order asked and leaves out what it lacks.
  const current = docs.length === shown.length && docs.every((d, i) => d.id === shown[i]!.id && d.updatedAt === shown[i]!.updatedAt && d.page);
  if (!current) return undefined;
  const items = docs.map((d, i) => presentIndexedManagedCase(d as CurrentCopy, JSON.parse(d.page!) as CasePageExtras, shown[i]!.managed, supplier));
  return { items, total: own.length };
}
