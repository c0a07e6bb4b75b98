// Single-use, expiring tokens sent in emailed links: email verification, password reset, invitation.
// Stored as SHA-256 hashes; claimed with one atomic findOneAndUpdate so a link works exactly once.
import mongoose, { type HydratedDocument, type InferSchemaType } from 'mongoose';

export const LINK_PURPOSES = ['verify-email', 'reset-password', 'invitation'] as const;
export type LinkPurpose = (typeof LINK_PURPOSES)[number];

const linkTokenSchema = new mongoose.Schema(
  {
    tokenHash: { type: String, required: true },
    purpose: { type: String, enum: LINK_PURPOSES, required: true },
    userId: { type: mongoose.Schema.Types.ObjectId },
    /** Invitations: the organisation to join, the invited address and who invited. */
    organisationId: { type: mongoose.Schema.Types.ObjectId },
    email: { type: String },
    invitedBy: { type: mongoose.Schema.Types.ObjectId },
    expiresAt: { type: Date, required: true },
    usedAt: { type: Date, default: null },
  },
  { timestamps: { createdAt: true, updatedAt: false }, collection: 'link_tokens' },
);
linkTokenSchema.index({ tokenHash: 1 }, { unique: true });
linkTokenSchema.index({ userId: 1 });
/** The invitations a person sent (their data export); most links are not invitations. */
linkTokenSchema.index({ invitedBy: 1 }, { sparse: true });

export type LinkTokenDoc = HydratedDocument<InferSchemaType<typeof linkTokenSchema>>;
export const LinkTokenModel = mongoose.model('LinkToken', linkTokenSchema);
