// People who sign in. `role`, `organisationId`, `organisationRole` and `emailVerifiedAt` are set only by the
// services (registration, invitation, verification, the user:create CLI), never from a request body.
import mongoose, { type HydratedDocument, type InferSchemaType } from 'mongoose';
import { trackWrites } from '../../platform/db/id-cache';
import { announceWrittenIds } from '../../platform/db/written-ids';
import { domainEvents } from '../../platform/events';
import { limits } from '../../../shared/limits';
import { ORG_ROLE_KEYS, ROLE_KEYS } from '../../../shared/schemas/accounts';

const userSchema = new mongoose.Schema(
  {
    email: { type: String, required: true, lowercase: true, trim: true, maxlength: limits.email },
    name: { type: String, required: true, trim: true, maxlength: limits.personName },
    passwordHash: { type: String, required: true },
    role: { type: String, enum: ROLE_KEYS, required: true },
    organisationId: { type: mongoose.Schema.Types.ObjectId },
    organisationRole: { type: String, enum: ORG_ROLE_KEYS },
    emailVerifiedAt: { type: Date, default: null },
    /** Raised to revoke every access token at once (password change, sign out everywhere, deletion). */
    sessionVersion: { type: Number, default: 0 },
    deletedAt: { type: Date, default: null },
  },
  { timestamps: true },
);
userSchema.index({ email: 1 }, { unique: true });
userSchema.index({ organisationId: 1 });

export type UserFields = InferSchemaType<typeof userSchema>;
export type UserDoc = HydratedDocument<UserFields>;
trackWrites(userSchema, 'users');
// Kept in memory for authentication and `GET /api/me` (user.directory.ts), re-read when named here.
announceWrittenIds(userSchema, (ids) => domainEvents.emit('users.changed', ids));

export const UserModel = mongoose.model('User', userSchema);
