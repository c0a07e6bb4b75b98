// Showcases are written by curators; the public sees published ones, and in them only published case studies
// (an item unpublished later simply drops out of the list when read).
import mongoose from 'mongoose';
import type { Showcase, ShowcaseCreate, ShowcaseItem, ShowcasePatch } from '../../../shared/schemas/showcases';
import { findInChunks } from '../../platform/db/find-in';
import { isObjectId } from '../../platform/db/hex-id';
import { slugify, uniqueSlug } from '../../platform/db/slug';
import type { Principal } from '../../platform/auth/principal';
import { Conflict, NotFound, Validation } from '../../platform/errors/errors';
import { CASE_SUMMARY_FIELDS, CaseStudyModel, presentCaseSummary } from '../cases';
import { isStaff, SupplierModel } from '../suppliers';
import { ShowcaseModel, type ShowcaseDoc, type ShowcaseFields } from './showcase.model';

export async function findShowcase(idOrSlug: string, p?: Principal): Promise<ShowcaseDoc> {
  const showcase = await ShowcaseModel.findOne(isObjectId(idOrSlug) ? { _id: idOrSlug } : { slug: idOrSlug });
  // Drafts are the curators' business: to anyone else they do not exist.
  if (!showcase || (showcase.status !== 'published' && !(p && isStaff(p)))) throw NotFound('The showcase');
  return showcase;
}

/** Every item must be a published case study; repeated ids are refused. */
async function checkItems(items: string[]): Promise<mongoose.Types.ObjectId[]> {
  if (new Set(items).size !== items.length) throw Validation([{ path: 'body.items', message: 'lists a case study twice' }]);
  const found = await CaseStudyModel.find({ _id: { $in: items }, status: 'published' }, { _id: 1 }).lean();
  const ok = new Set(found.map((c) => c._id.toHexString()));
  const bad = items.flatMap((id, i) => (ok.has(id) ? [] : [{ path: `body.items.${i}`, message: 'is not a published case study' }]));
  if (bad.length) throw Validation(bad);
  return items.map((id) => new mongoose.Types.ObjectId(id));
}

export async function createShowcase(p: Principal, input: ShowcaseCreate): Promise<ShowcaseDoc> {
  const items = await checkItems(input.items ?? []);
  const slug = await uniqueSlug(slugify(input.title), async (s) => Boolean(await ShowcaseModel.exists({ slug: s })));
  return ShowcaseModel.create({ ...input, sector: input.sector ?? undefined, items, slug, status: 'draft', createdBy: p.id });
}

export async function updateShowcase(showcase: ShowcaseDoc, patch: ShowcasePatch): Promise<ShowcaseDoc> {
  const { items, sector, ...rest } = patch;
  showcase.set(rest);
  if (sector !== undefined) showcase.sector = sector ?? undefined;
  if (items) showcase.items = await checkItems(items);
  return showcase.save();
}

export async function setShowcaseStatus(showcase: ShowcaseDoc, action: 'publish' | 'unpublish'): Promise<ShowcaseDoc> {
  const to = action === 'publish' ? 'published' : 'draft';
  if (showcase.status === to) throw Conflict(`The showcase is already ${to === 'draft' ? 'unpublished' : 'published'}.`);
  if (action === 'publish' && !showcase.items.length) throw Conflict('Add at least one published case study before publishing.');
  showcase.status = to;
  showcase.publishedAt = action === 'publish' ? new Date() : undefined;
  return showcase.save();
}

/** The order of every list of showcases: published newest first, then drafts, last edited first. */
export const SHOWCASE_ORDER = { publishedAt: -1, updatedAt: -1, _id: -1 } as const;

/** What presenting needs of a showcase: its stored fields (a lean record or a document). */
type ShowcaseRecord = Pick<ShowcaseFields, 'slug' | 'title' | 'titleZh' | 'intro' | 'introZh' | 'sector' | 'status' | 'publishedAt' | 'items'> & {
  _id: mongoose.Types.ObjectId;
  updatedAt: Date;
};

/** Published case studies and their suppliers' names, by id: the fields a showcase item shows, lean. */
async function showcaseItemsOf(caseIds: string[]): Promise<Map<string, ShowcaseItem>> {
  const cases = await findInChunks(caseIds, (ids) => CaseStudyModel.find({ _id: { $in: ids }, status: 'published' }, CASE_SUMMARY_FIELDS).lean());
  const supplierIds = [...new Set(cases.map((c) => c.supplierId.toHexString()))];
  const suppliers = await findInChunks(supplierIds, (ids) => SupplierModel.find({ _id: { $in: ids } }, { slug: 1, name: 1, nameZh: 1 }).lean());
  const supplierById = new Map(suppliers.map((s) => [s._id.toHexString(), s]));
  return new Map(
    cases.flatMap((c) => {
      const supplier = supplierById.get(c.supplierId.toHexString());
      if (!supplier) return [];
      const item = { ...presentCaseSummary(c), supplier: { id: supplier._id.toHexString(), slug: supplier.slug, name: supplier.name, nameZh: supplier.nameZh ?? undefined } };
      return [[item.id, item] as const];
    }),
  );
}

/** Presents showcases with their published items, in order: two reads (per 500 items) for all of them. */
export async function presentShowcases(showcases: ShowcaseRecord[]): Promise<Showcase[]> {
  const items = await showcaseItemsOf([...new Set(showcases.flatMap((s) => s.items.map((i) => i.toHexString())))]);
  return showcases.map((s) => ({
    id: s._id.toHexString(),
    slug: s.slug,
    title: s.title,
    titleZh: s.titleZh,
    intro: s.intro,
    introZh: s.introZh,
    sector: s.sector ?? undefined,
    status: s.status,
    publishedAt: s.publishedAt?.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
    items: s.items.flatMap((id) => items.get(id.toHexString()) ?? []),
  }));
}

export async function deleteShowcase(showcase: ShowcaseDoc): Promise<void> {
  await ShowcaseModel.deleteOne({ _id: showcase._id });
}
