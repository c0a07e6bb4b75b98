import type { AuditEvent } from '../../../shared/schemas/accounts';
import type { Types } from 'mongoose';

type AuditRecord = {
  _id: Types.ObjectId;
  type: AuditEvent['type'];
  userId?: Types.ObjectId | null;
  actorId?: Types.ObjectId | null;
  ip?: string | null;
  detail?: unknown;
  createdAt: Date;
};

export function presentAuditEvent(e: AuditRecord): AuditEvent {
  return {
    id: e._id.toHexString(),
    type: e.type,
    userId: e.userId?.toHexString(),
    actorId: e.actorId?.toHexString(),
    ip: e.ip ?? undefined,
    detail: (e.detail ?? undefined) as AuditEvent['detail'],
    at: e.createdAt.toISOString(),
  };
}
