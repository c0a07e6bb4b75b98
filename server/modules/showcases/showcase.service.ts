// Showcases are written by curators; the public sees published ones, and in them only published case studies
// (an item unpublished later simply drops out of the list when read).
import mongoose from 'mongoose';
import type { Showcase, ShowcaseCreate, ShowcasePatch } from '../../../shared/schemas/showcases';
import { pageOffset } from '../../platform/db/page';
import { isObjectId } from '../../platform/db/hex-id';
import { slugify, uniqueSlug } from '../../platform/db/slug';
import type { Principal } from '../../platform/auth/principal';
import { Conflict, NotFound, Validation } from '../../platform/errors/errors';
import { CaseStudyModel, presentCaseSummary } from '../cases';
import { isStaff, SupplierModel } from '../suppliers';
import { ShowcaseModel, type ShowcaseDoc } from './showcase.model';

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

export async function listShowcases(query: { page: number; pageSize: number; status?: 'draft' | 'published' }): Promise<{ items: ShowcaseDoc[]; total: number }> {
  const filter = query.status ? { status: query.status } : {};
  const [items, total] = await Promise.all([
    ShowcaseModel.find(filter).sort({ publishedAt: -1, updatedAt: -1, _id: -1 }).skip(pageOffset(query)).limit(query.pageSize),
    ShowcaseModel.countDocuments(filter),
  ]);
  return { items, total };
}

/** Presents showcases with their published items, in order: two queries for the whole page of showcases. */
export async function presentShowcases(showcases: ShowcaseDoc[]): Promise<Showcase[]> {
  const ids = [...new Set(showcases.flatMap((s) => s.items.map((i) => i.toHexString())))];
  const cases = ids.length ? await CaseStudyModel.find({ _id: { $in: ids }, status: 'published' }) : [];
  const suppliers = cases.length ? await SupplierModel.find({ _id: { $in: [...new Set(cases.map((c) => c.supplierId))] } }) : [];
  const caseById = new Map(cases.map((c) => [c._id.toHexString(), c]));
  const supplierById = new Map(suppliers.map((s) => [s._id.toHexString(), s]));
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
    items: s.items.flatMap((id) => {
      const c = caseById.get(id.toHexString());
      const supplier = c && supplierById.get(c.supplierId.toHexString());
      if (!c || !supplier) return [];
      return [{ ...presentCaseSummary(c), supplier: { id: supplier._id.toHexString(), slug: supplier.slug, name: supplier.name, nameZh: supplier.nameZh ?? undefined } }];
    }),
  }));
}

export async function deleteShowcase(showcase: ShowcaseDoc): Promise<void> {
  await ShowcaseModel.deleteOne({ _id: showcase._id });
}
