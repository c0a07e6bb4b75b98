// Sign-in sessions and their refresh tokens. A session is one refresh-token family: every rotation adds a token
// to it; revoking the session (logout, replay of a used token, password change) kills every token in it at once.
// Tokens are stored as SHA-256 hashes; the raw value exists only in the user's cookie.
import mongoose, { type HydratedDocument, type InferSchemaType } from 'mongoose';

const sessionSchema = new mongoose.Schema(
  {
    userId: { type: mongoose.Schema.Types.ObjectId, required: true },
    userAgent: { type: String, maxlength: 300 },
    revokedAt: { type: Date, default: null },
    lastUsedAt: { type: Date },
  },
  { timestamps: true, collection: 'sessions' },
);
sessionSchema.index({ userId: 1 });

const refreshTokenSchema = new mongoose.Schema(
  {
    tokenHash: { type: String, required: true },
    sessionId: { type: mongoose.Schema.Types.ObjectId, required: true },
    usedAt: { type: Date, default: null },
    expiresAt: { type: Date, required: true },
  },
  { timestamps: { createdAt: true, updatedAt: false }, collection: 'refresh_tokens' },
);
refreshTokenSchema.index({ tokenHash: 1 }, { unique: true });
refreshTokenSchema.index({ sessionId: 1 });

export type SessionDoc = HydratedDocument<InferSchemaType<typeof sessionSchema>>;
export const SessionModel = mongoose.model('Session', sessionSchema);
export const RefreshTokenModel = mongoose.model('RefreshToken', refreshTokenSchema);
