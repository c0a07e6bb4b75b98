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

/** Events about the user or done by them (an invitation they sent, a curator's act). */
export function auditEventsOfUser(userId: Id) {
  return AuditModel.find({ $or: [{ userId }, { actorId: userId }] }).sort({ createdAt: 1 });
}
