// Supplier profiles as their members keep them. Rule for changes "awaiting review": a member's edit goes live at
// once (the supplier owns its story) and puts the profile in the curators' queue with the fields that changed
// since the last review; a curator approves it or returns it with a comment. Staff edits need no review.
// Verification is never touched here: only a curator grants or revokes it (verification.service.ts).
import mongoose, { type QueryFilter } from 'mongoose';
import type { ProfileCreate, ProfilePatch } from '../../../shared/schemas/profiles';
import { pageOffset } from '../../platform/db/page';
import { claimOnce } from '../../platform/db/claim';
import { slugify, uniqueSlug } from '../../platform/db/slug';
import { domainEvents } from '../../platform/events';
import type { Principal } from '../../platform/auth/principal';
import { Conflict, Forbidden, NotFound } from '../../platform/errors/errors';
import { OrganisationModel } from '../accounts';
import { changedDiligenceFields, declaredDiligence, dropStaleChecks } from './diligence.service';
import { SupplierModel, type SupplierDoc, type SupplierFields } from './supplier.model';
import { canManageSupplier, isStaff } from './supplier.policy';
import { findSupplier } from './supplier.service';

/** A supplier the caller may manage, by id or slug; otherwise the same 404 as a missing one. */
export async function manageableSupplier(p: Principal, idOrSlug: string): Promise<SupplierDoc> {
  const supplier = await findSupplier(idOrSlug);
  if (!supplier || !(await canManageSupplier(p, supplier._id.toHexString()))) throw NotFound('The supplier');
  return supplier;
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
  const supplier = new SupplierModel({
    ...stripNulls(toStored(input)),
    slug,
    review: { state: 'pending', changedFields: ['created'], changedAt: new Date() },
  });
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
    supplier.review = {
      state: 'pending',
      changedFields: [...new Set([...previous, ...changed])].sort(),
      changedAt: new Date(),
      comment: supplier.review?.comment ?? undefined,
    } as typeof supplier.review;
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
  supplier.review = {
    state: outcome === 'approve' ? 'none' : 'returned',
    changedFields: outcome === 'approve' ? [] : supplier.review.changedFields,
    changedAt: supplier.review.changedAt,
    comment: outcome === 'return' ? comment : undefined,
    reviewedAt: new Date(),
    reviewedBy: new mongoose.Types.ObjectId(p.id),
  } as typeof supplier.review;
  await supplier.save();
  return supplier;
}

/** Profiles awaiting review, oldest change first. FerretDB scans for this filter; the queue is small. */
export async function listPendingProfiles(query: { page: number; pageSize: number }): Promise<{ items: SupplierDoc[]; total: number }> {
  const filter: QueryFilter<SupplierFields> = { 'review.state': 'pending' };
  const [items, total] = await Promise.all([
    SupplierModel.find(filter).sort({ 'review.changedAt': 1, _id: 1 }).skip(pageOffset(query)).limit(query.pageSize),
    SupplierModel.countDocuments(filter),
  ]);
  return { items, total };
}
