// Verification: a curator grants the badge after checks the curator records, and may revoke it with a reason.
// Nothing a supplier pays or does alone sets it. Both acts are audited (by user id, no addresses).
import mongoose from 'mongoose';
import type { VerificationCheck } from '../../../shared/schemas/suppliers';
import { domainEvents } from '../../platform/events';
import type { Principal } from '../../platform/auth/principal';
import { Conflict, NotFound } from '../../platform/errors/errors';
import { nameOfUser } from '../accounts';
import { audit } from '../audit';
import { SupplierModel, type SupplierDoc } from './supplier.model';

async function load(id: string): Promise<SupplierDoc> {
  const supplier = await SupplierModel.findById(id);
  if (!supplier) throw NotFound('The supplier');
  return supplier;
}

const nameOf = async (p: Principal) => (await nameOfUser(p.id)) ?? 'AI Bridge curator';

export async function verifySupplier(p: Principal, id: string, checks: { check: VerificationCheck; note?: string }[], ip?: string): Promise<SupplierDoc> {
  const supplier = await load(id);
  if (supplier.verified && supplier.verification && !supplier.verification.revokedAt) throw Conflict('This supplier is already verified.');
  supplier.verified = true;
  supplier.verification = {
    verifiedAt: new Date(),
    verifiedBy: new mongoose.Types.ObjectId(p.id),
    verifiedByName: await nameOf(p),
    checks,
  } as typeof supplier.verification;
  await supplier.save();
  await audit('supplier.verified', { actorId: p.id, ip, detail: { supplierId: id, checks: checks.map((c) => c.check).join(',') } });
  domainEvents.emit('suppliers.changed', [id]);
  return supplier;
}

export async function revokeVerification(p: Principal, id: string, reason: string, ip?: string): Promise<SupplierDoc> {
  const supplier = await load(id);
  const v = supplier.verification;
  if (!supplier.verified) throw Conflict('This supplier is not verified.');
  supplier.verified = false;
  if (v) {
    v.revokedAt = new Date();
    v.revokedBy = new mongoose.Types.ObjectId(p.id);
    v.revokedByName = await nameOf(p);
    v.revokeReason = reason;
  }
  await supplier.save();
  await audit('supplier.verification-revoked', { actorId: p.id, ip, detail: { supplierId: id, reason } });
  domainEvents.emit('suppliers.changed', [id]);
  return supplier;
}
