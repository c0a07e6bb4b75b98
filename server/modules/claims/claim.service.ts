// Claiming a listed profile. A supplier member asks; the claim is granted at once when the member's confirmed email
// domain is the profile's website domain and nobody owns the profile yet; otherwise it waits for a curator. A claim
// of an owned profile is a dispute. The first owner is decided by a unique insert (claimOnce: FerretDB's
// findOneAndUpdate is not atomic), so two instant grants racing for one profile cannot both win. Every step is audited.
import mongoose, { type Types } from 'mongoose';
import type { Claim, ClaimStatus } from '../../../shared/schemas/claims';
import { CollectionSnapshot } from '../../platform/db/collection-snapshot';
import { pageOffset } from '../../platform/db/page';
import { claimOnce } from '../../platform/db/claim';
import { claimSlot } from '../../platform/db/quota';
import type { Principal } from '../../platform/auth/principal';
import { Conflict, Forbidden, NotFound } from '../../platform/errors/errors';
import { OrganisationModel, UserModel } from '../accounts';
import { audit } from '../audit';
import { isStaff, type SupplierDoc, SupplierModel } from '../suppliers';
import { domainProves, emailDomainOf } from './claim.domain';
import { ProfileClaimModel, type ClaimDoc } from './claim.model';
import { presentClaims } from './claim.presenter';

const OPEN: ClaimStatus[] = ['unconfirmed', 'pending'];
export const MAX_OPEN_CLAIMS = 3;
const ownerKey = (supplierId: Types.ObjectId) => `profile-owner:${supplierId.toHexString()}`;
const auditDetail = (c: ClaimDoc) => ({ claimId: c._id.toHexString(), supplierId: c.supplierId.toHexString(), organisationId: c.organisationId.toHexString() });

async function supplierOf(id: string | Types.ObjectId): Promise<SupplierDoc> {
  const supplier = await SupplierModel.findById(id);
  if (!supplier) throw NotFound('The supplier');
  return supplier;
}

/** The caller's supplier organisation, which must not own a profile yet (one profile per organisation). */
async function claimantOrganisation(organisationId: string | Types.ObjectId | undefined, supplierId: string) {
  const org = organisationId ? await OrganisationModel.findById(organisationId) : null;
  if (!org || org.kind !== 'supplier') throw Forbidden('Only supplier organisations can claim a profile.');
  if (org.supplierId?.toHexString() === supplierId) throw Conflict('Your organisation already owns this profile.');
  if (org.supplierId) throw Conflict('Your organisation already has a supplier profile.');
  const open = await ProfileClaimModel.find({ organisationId: org._id, status: { $in: OPEN } }, { supplierId: 1 }).lean();
  if (open.some((c) => c.supplierId.toHexString() === supplierId)) throw Conflict('Your organisation already asked to claim this profile.');
  // An organisation owns one profile: a few open claims are enough, and the curators' queue stays readable.
  if (open.length >= MAX_OPEN_CLAIMS) throw Conflict(`Your organisation has ${MAX_OPEN_CLAIMS} claims waiting for a curator. Wait for a decision first.`);
  return org;
}

/** Grants at once when the email domain proves it and the profile is free; otherwise queues it for a curator. */
async function settle(claim: ClaimDoc, supplier: SupplierDoc, ip?: string): Promise<ClaimDoc> {
  const owned = await OrganisationModel.exists({ supplierId: supplier._id });
  const proved = !owned && domainProves(claim.emailDomain, supplier.website);
  if (proved && (await claimOnce(ownerKey(supplier._id)))) {
    await OrganisationModel.updateOne({ _id: claim.organisationId }, { $set: { supplierId: supplier._id } });
    claim.set({ status: 'approved', grantedBy: 'email-domain', decidedAt: new Date() });
    await claim.save();
    await audit('claim.granted', { userId: claim.requestedBy ?? undefined, ip, detail: { ...auditDetail(claim), emailDomain: claim.emailDomain } });
    return claim;
  }
  // Owned, or another claim won the race for the first owner: the curators decide between the two.
  const dispute = Boolean(owned) || proved;
  claim.set({ status: 'pending', kind: dispute ? 'dispute' : 'claim' });
  await claim.save();
  await audit(dispute ? 'claim.disputed' : 'claim.requested', { userId: claim.requestedBy ?? undefined, ip, detail: auditDetail(claim) });
  return claim;
}

export async function requestClaim(p: Principal, input: { supplierId: string; evidence: string }, ip?: string): Promise<ClaimDoc> {
  const user = await UserModel.findById(p.id);
  if (!user?.emailVerifiedAt) throw Forbidden('Confirm your email address first.');
  const org = await claimantOrganisation(p.organisationId, input.supplierId);
  const supplier = await supplierOf(input.supplierId);
  // The count above answers the common case; concurrent requests are held to the limit by a slot each (quota.ts).
  const _id = new mongoose.Types.ObjectId();
  const openClaims = async () => (await ProfileClaimModel.find({ organisationId: org._id, status: { $in: OPEN } }, { _id: 1 }).lean()).map((c) => c._id.toHexString());
  if (!(await claimSlot({ scope: `open-claims:${org._id.toHexString()}`, limit: MAX_OPEN_CLAIMS, records: openClaims }, _id.toHexString()))) {
    throw Conflict(`Your organisation has ${MAX_OPEN_CLAIMS} claims waiting for a curator. Wait for a decision first.`);
  }
  const claim = await ProfileClaimModel.create({
    _id,
    supplierId: supplier._id,
    organisationId: org._id,
    requestedBy: user._id,
    emailDomain: emailDomainOf(user.email),
    evidence: input.evidence,
    status: 'pending',
  });
  return settle(claim, supplier, ip);
}

/** Registration named a listed profile: the claim waits, unconfirmed, until the email address is confirmed. */
export async function fileClaimAtRegistration(user: { _id: Types.ObjectId; email: string }, organisationId: Types.ObjectId, supplierId: string): Promise<void> {
  if (!(await SupplierModel.exists({ _id: supplierId }))) return;
  await ProfileClaimModel.create({ supplierId, organisationId, requestedBy: user._id, emailDomain: emailDomainOf(user.email), status: 'unconfirmed' });
}

/** The email address is now confirmed: the claims filed at registration are settled like any other. */
export async function confirmClaimsOf(userId: Types.ObjectId, ip?: string): Promise<void> {
  for (const claim of await ProfileClaimModel.find({ requestedBy: userId, status: 'unconfirmed' })) {
    const [org, supplier] = await Promise.all([OrganisationModel.findById(claim.organisationId), SupplierModel.findById(claim.supplierId)]);
    if (!supplier || !org || org.supplierId) {
      claim.set({ status: 'rejected', reason: 'The organisation already has a profile, or the profile is gone.', decidedAt: new Date() });
      await claim.save();
      continue;
    }
    await settle(claim, supplier, ip);
  }
}

/** A curator's decision on a pending claim or dispute; approving a dispute moves the profile to the claimant. */
export async function decideClaim(p: Principal, id: string, decision: { approve: true } | { approve: false; reason: string }, ip?: string): Promise<ClaimDoc> {
  const claim = await ProfileClaimModel.findById(id);
  if (!claim) throw NotFound('The claim');
  if (claim.status !== 'pending') throw Conflict(`The claim is ${claim.status}, not pending.`);
  const org = await OrganisationModel.findById(claim.organisationId);
  if (decision.approve && org?.supplierId) throw Conflict('The organisation already has a supplier profile.');
  if (decision.approve && !org) throw Conflict('The organisation no longer exists.');
  if (!(await claimOnce(`claim-decided:${id}`))) throw Conflict('The claim was already decided.');
  const base = { userId: claim.requestedBy ?? undefined, actorId: p.id, ip };
  if (!decision.approve) {
    claim.set({ status: 'rejected', reason: decision.reason, decidedAt: new Date(), decidedBy: p.id });
    await claim.save();
    await audit('claim.rejected', { ...base, detail: { ...auditDetail(claim), reason: decision.reason } });
    return claim;
  }
  const previous = await OrganisationModel.findOne({ supplierId: claim.supplierId }, { _id: 1 }).lean();
  if (previous) await OrganisationModel.updateOne({ _id: previous._id }, { $unset: { supplierId: 1 } });
  await claimOnce(ownerKey(claim.supplierId)); // taken already after an earlier owner; either way no instant grant follows
  await OrganisationModel.updateOne({ _id: claim.organisationId }, { $set: { supplierId: claim.supplierId } });
  claim.set({ status: 'approved', grantedBy: 'curator', decidedAt: new Date(), decidedBy: p.id });
  await claim.save();
  await audit('claim.approved', { ...base, detail: { ...auditDetail(claim), ...(previous ? { previousOrganisationId: previous._id.toHexString() } : {}) } });
  return claim;
}

/** The caller's organisation's claims, newest first. */
export function claimsOfOrganisation(p: Principal) {
  return ProfileClaimModel.find({ organisationId: p.organisationId }).sort({ createdAt: -1, _id: -1 });
}

/** One claim: its organisation's members, curators and admins; everyone else the same 404 as a missing one. */
export async function readableClaim(p: Principal, id: string): Promise<ClaimDoc> {
  const claim = await ProfileClaimModel.findById(id);
  if (!claim || !(isStaff(p) || claim.organisationId.toHexString() === p.organisationId)) throw NotFound('The claim');
  return claim;
}

const OLDEST_FIRST = { createdAt: 1, _id: 1 } as const;

/**
 * The curators' queue, the pending claims, presented: held whole (it is short) and read again after any write to
 * claims, suppliers or organisations (whose names it shows; CollectionSnapshot).
 */
const pendingClaims = new CollectionSnapshot(['profile_claims', 'suppliers', 'organisations'], async () =>
  presentClaims(await ProfileClaimModel.find({ status: 'pending' }).sort(OLDEST_FIRST)),
);

/** Claims of one status, oldest first, presented: the pending queue from memory, decided ones (a history) a page at a time. */
export async function listClaims(query: { page: number; pageSize: number; status: ClaimStatus }): Promise<{ items: readonly Claim[]; total: number }> {
  const offset = pageOffset(query);
  if (query.status === 'pending') {
    const queue = await pendingClaims.all();
    return { items: queue.slice(offset, offset + query.pageSize), total: queue.length };
  }
  const filter = { status: query.status };
  const [claims, total] = await Promise.all([
    ProfileClaimModel.find(filter).sort(OLDEST_FIRST).skip(offset).limit(query.pageSize),
    ProfileClaimModel.countDocuments(filter),
  ]);
  return { items: await presentClaims(claims), total };
}
