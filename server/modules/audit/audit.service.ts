import type { Types } from 'mongoose';
import type { AuditType } from '../../../shared/schemas/accounts';
import { AuditModel } from './audit.model';
import { pageOffset } from '../../platform/db/page';

type Id = Types.ObjectId | string;
export type AuditEntry = { userId?: Id; actorId?: Id; ip?: string; detail?: Record<string, string | number | boolean> };

export async function audit(type: AuditType, entry: AuditEntry = {}): Promise<void> {
  await AuditModel.create({ type, ...entry });
}

export async function listAuditEvents(query: { page: number; pageSize: number; type?: AuditType }) {
  const filter = query.type ? { type: query.type } : {};
  const [items, total] = await Promise.all([
    AuditModel.find(filter).sort({ createdAt: -1, _id: -1 }).skip(pageOffset(query)).limit(query.pageSize),
    AuditModel.countDocuments(filter),
  ]);
  return { items, total };
}

/**
 * Events about the user or done by them (an invitation they sent, a curator's act), oldest first: one `$or` of two
 * indexed fields, which the embedded FerretDB answers from both indexes.
 */
export async function auditEventsOfUser(userId: Id) {
  const events = await AuditModel.find({ $or: [{ userId }, { actorId: userId }] });
  return events.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a._id.toHexString().localeCompare(b._id.toHexString()));
}

export type AuditEventDoc = Awaited<ReturnType<typeof auditEventsOfUser>>[number];

/** Whether the user's events (`auditEventsOfUser`) say the command line ever set their role. */
export const roleChangedAmong = (events: readonly AuditEventDoc[], userId: Types.ObjectId) => events.some((e) => e.type === 'role.changed' && e.userId?.equals(userId));

/** Whether the user's role was ever set by the command line (the only way to make curators and admins). */
export async function roleEverChanged(userId: Id): Promise<boolean> {
  return (await AuditModel.exists({ userId, type: 'role.changed' })) !== null;
}
