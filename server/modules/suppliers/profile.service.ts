// Supplier profiles as their members keep them. Rule for changes "awaiting review": a member's edit goes live at
// once (the supplier owns its story) and puts the profile in the curators' queue with the fields that changed
// since the last review; a curator approves it or returns it with a comment. Staff edits need no review.
// Verification is never touched here: only a curator grants or revokes it (verification.service.ts).
import mongoose, { type QueryFilter } from 'mongoose';
import type { ProfileCreate, ProfilePatch } from '../../../shared/schemas/profiles';
import { isObjectId } from '../../platform/db/hex-id';
import { pageOffset } from '../../platform/db/page';
import { bulkWriteInChunks } from '../../platform/db/bulk';
import { claimOnce, wasClaimed } from '../../platform/db/claim';
import { CollectionSnapshot } from '../../platform/db/collection-snapshot';
import { slugify, uniqueSlug } from '../../platform/db/slug';
import { domainEvents } from '../../platform/events';
import type { Principal } from '../../platform/auth/principal';
import type { SearchEngine } from '../../platform/search/port';
import { Conflict, Forbidden, NotFound } from '../../platform/errors/errors';
import { OrganisationModel } from '../accounts';
import { changedDiligenceFields, declaredDiligence, dropStaleChecks } from './diligence.service';
import { SupplierModel, type SupplierDoc, type SupplierFields } from './supplier.model';
import { canManageSupplier, isStaff, ownSupplierId } from './supplier.policy';
import { findSupplier, SUPPLIER_LINK_FIELDS, type SupplierLink, supplierLinks } from './supplier.service';

/** A supplier the caller may manage, by id or slug; otherwise the same 404 as a missing one. */
export async function manageableSupplier(p: Principal, idOrSlug: string): Promise<SupplierDoc> {
  const supplier = await findSupplier(idOrSlug);
  if (!supplier || !canManageSupplier(p, supplier._id.toHexString())) throw NotFound('The supplier');
  return supplier;
}

/**
 * The same check for a caller who needs only the supplier's link (name and slug). By id, the search engine's
 * document of the supplier gives it (it holds every supplier; suppliers are never deleted); by slug, or when the
 * engine has none, a lean read of those fields does.
 */
export async function manageableSupplierLink(p: Principal, idOrSlug: string, engine: SearchEngine): Promise<SupplierLink> {
  const supplier = await supplierLinkOf(idOrSlug, engine);
  const own = isStaff(p) ? undefined : ownSupplierId(p);
  if (!supplier || !(isStaff(p) || own === supplier._id.toHexString())) throw NotFound('The supplier');
  return supplier;
}

async function supplierLinkOf(idOrSlug: string, engine: SearchEngine): Promise<SupplierLink | null> {
  if (isObjectId(idOrSlug)) return (await supplierLinks(engine, [idOrSlug])).get(idOrSlug) ?? null;
  return SupplierModel.findOne({ slug: idOrSlug }, SUPPLIER_LINK_FIELDS).lean();
}

/** Stored fields for a create or a patch; `null` means "clear". */
function toStored(input: ProfilePatch): Record<string, unknown> {
  const { projectBudgetHKD, ...rest } = input;
  const out: Record<string, unknown> = { ...rest };
  if (projectBudgetHKD !== undefined) {
    out.budgetMin = projectBudgetHKD?.min ?? null;
    out.budgetMax = projectBudgetHKD?.max ?? null;
  }
  return out;
}

/** A supplier organisation's first step: its own profile, linked to the organisation. Once only. */
export async function createOwnProfile(p: Principal, input: ProfileCreate): Promise<SupplierDoc> {
  const org = p.organisationId ? await OrganisationModel.findById(p.organisationId) : null;
  if (!org || org.kind !== 'supplier') throw Forbidden('Only supplier organisations have a supplier profile.');
  // Two members clicking at once must not create two profiles: claim by unique insert (FerretDB has no atomic
  // findOneAndUpdate).
  if (org.supplierId || !(await claimOnce(`supplier-profile:${org._id.toHexString()}`))) {
    throw Conflict('Your organisation already has a supplier profile.');
  }
  const slug = await uniqueSlug(slugify(input.name), async (s) => Boolean(await SupplierModel.exists({ slug: s })));
  const supplier = new SupplierModel({ ...stripNulls(toStored(input)), slug });
  setReview(supplier, { state: 'pending', changedFields: ['created'], changedAt: new Date() });
  await supplier.save();
  org.supplierId = supplier._id;
  await org.save();
  domainEvents.emit('suppliers.changed', [supplier._id.toHexString()]);
  return supplier;
}

const stripNulls = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined));

export async function updateProfile(p: Principal, supplier: SupplierDoc, patch: ProfilePatch): Promise<SupplierDoc> {
  if (patch.diligence !== undefined) dropStaleChecks(supplier, changedDiligenceFields(declaredDiligence(supplier), patch.diligence));
  const changed: string[] = [];
  for (const [key, value] of Object.entries(toStored(patch))) {
    const before = JSON.stringify(supplier.get(key) ?? null);
    if (before === JSON.stringify(value ?? null)) continue;
    supplier.set(key, value ?? undefined);
    changed.push(key === 'budgetMin' || key === 'budgetMax' ? 'projectBudgetHKD' : key);
  }
  if (!changed.length) return supplier;
  if (!isStaff(p)) {
    const previous = supplier.review?.state === 'pending' ? supplier.review.changedFields : [];
    setReview(supplier, {
      state: 'pending',
      changedFields: [...new Set([...previous, ...changed])].sort(),
      changedAt: new Date(),
      comment: supplier.review?.comment ?? undefined,
    });
  }
  await supplier.save();
  domainEvents.emit('suppliers.changed', [supplier._id.toHexString()]);
  return supplier;
}

/** Curators close a profile review: approved (clears the queue entry) or returned with a comment for the members. */
export async function reviewProfile(p: Principal, supplierId: string, outcome: 'approve' | 'return', comment?: string): Promise<SupplierDoc> {
  const supplier = await SupplierModel.findById(supplierId);
  if (!supplier) throw NotFound('The supplier');
  if (supplier.review?.state !== 'pending') throw Conflict('This profile has no changes awaiting review.');
  setReview(supplier, {
    state: outcome === 'approve' ? 'none' : 'returned',
    changedFields: outcome === 'approve' ? [] : supplier.review.changedFields,
    changedAt: supplier.review.changedAt ?? undefined,
    comment: outcome === 'return' ? comment : undefined,
    reviewedAt: new Date(),
    reviewedBy: new mongoose.Types.ObjectId(p.id),
  });
  await supplier.save();
  // Nothing searched changed, but the profile's `updatedAt` did: the engine's copy follows (supplier.indexed.ts).
  domainEvents.emit('suppliers.changed', [supplier._id.toHexString()]);
  return supplier;
}

type Review = NonNullable<SupplierFields['review']>;

/** The one writer of `review`: `awaitingReviewSince` follows it, so the queue below finds the profile. */
function setReview(supplier: SupplierDoc, review: Partial<Review>): void {
  supplier.review = review as Review;
  supplier.awaitingReviewSince = review.state === 'pending' ? review.changedAt : undefined;
}

/**
 * Profiles awaiting review, oldest change first, held whole (the queue is short) and read again after any write to
 * suppliers (CollectionSnapshot). `awaitingReviewSince` selects them through an index (the nested state alone
 * would be a scan of every supplier on FerretDB); the state stays the judge.
 */
const reviewQueue = new CollectionSnapshot('suppliers', async () => {
  const queued = await SupplierModel.find({ awaitingReviewSince: { $exists: true }, 'review.state': 'pending' } satisfies QueryFilter<SupplierFields>);
  // As the database sorts { 'review.changedAt': 1, _id: 1 } (a missing date first).
  const at = (s: SupplierDoc) => s.review?.changedAt?.getTime() ?? -Infinity;
  return queued.sort((a, b) => at(a) - at(b) || a._id.toHexString().localeCompare(b._id.toHexString()));
});

/** A page of the review queue and its length; the documents are shared between callers: read-only. */
export async function listPendingProfiles(query: { page: number; pageSize: number }): Promise<{ items: readonly SupplierDoc[]; total: number }> {
  const queued = await reviewQueue.all();
  const offset = pageOffset(query);
  return { items: queued.slice(offset, offset + query.pageSize), total: queued.length };
}

/** Once per database: profiles queued before `awaitingReviewSince` existed get it (a start-up step; one scan). */
export async function backfillReviewQueue(): Promise<void> {
  const key = 'migration:supplier-awaiting-review-since';
  if (await wasClaimed(key)) return;
  const queued = await SupplierModel.find({ 'review.state': 'pending', awaitingReviewSince: { $exists: false } }, { review: 1, updatedAt: 1 }).lean();
  await bulkWriteInChunks(
    SupplierModel,
    queued.map((s) => ({ updateOne: { filter: { _id: s._id }, update: { $set: { awaitingReviewSince: s.review?.changedAt ?? s.updatedAt } }, timestamps: false } })),
  );
  await claimOnce(key);
}
