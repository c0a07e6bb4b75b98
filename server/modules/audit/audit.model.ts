// Security events, kept for admins: sign-ins, password and role changes, verification, session revocation.
// No email addresses or secrets are stored here: the user is referred to by id.
import mongoose, { type HydratedDocument, type InferSchemaType } from 'mongoose';
import { AUDIT_TYPES, type AuditType } from '../../../shared/schemas/accounts';

export type { AuditType };

const auditSchema = new mongoose.Schema(
  {
    type: { type: String, enum: AUDIT_TYPES, required: true },
    userId: { type: mongoose.Schema.Types.ObjectId },
    actorId: { type: mongoose.Schema.Types.ObjectId },
    ip: { type: String },
    detail: { type: mongoose.Schema.Types.Mixed },
  },
  { timestamps: { createdAt: true, updatedAt: false }, collection: 'audit_events' },
);
auditSchema.index({ type: 1 });
auditSchema.index({ userId: 1 });
/** A person's data export reads the events they did as well as those about them. */
auditSchema.index({ actorId: 1 });

export type AuditDoc = HydratedDocument<InferSchemaType<typeof auditSchema>>;
export const AuditModel = mongoose.model('AuditEvent', auditSchema);
