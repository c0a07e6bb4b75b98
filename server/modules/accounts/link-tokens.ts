// Issue and claim the single-use tokens of emailed links. Claiming is one atomic findOneAndUpdate
// (unused and unexpired → used), so a link works once even when clicked twice at the same moment.
import type { Types } from 'mongoose';
import { LinkTokenModel, type LinkPurpose } from './link-token.model';
import { hashToken, newOpaqueToken } from './tokens';

export const LINK_LIFETIME_SECONDS: Record<LinkPurpose, number> = {
  'verify-email': 24 * 3600,
  'reset-password': 3600,
  invitation: 7 * 24 * 3600,
};

type LinkFields = { userId?: Types.ObjectId; organisationId?: Types.ObjectId; email?: string; invitedBy?: Types.ObjectId };

export async function issueLinkToken(purpose: LinkPurpose, fields: LinkFields): Promise<string> {
  const token = newOpaqueToken();
  const expiresAt = new Date(Date.now() + LINK_LIFETIME_SECONDS[purpose] * 1000);
  await LinkTokenModel.create({ tokenHash: hashToken(token), purpose, expiresAt, ...fields });
  return token;
}

/** A link that is still usable, without using it (to check a form before spending the link). */
export function peekLinkToken(purpose: LinkPurpose, token: string) {
  return LinkTokenModel.findOne({ tokenHash: hashToken(token), purpose, usedAt: null, expiresAt: { $gt: new Date() } });
}

export function claimLinkToken(purpose: LinkPurpose, token: string) {
  return LinkTokenModel.findOneAndUpdate(
    { tokenHash: hashToken(token), purpose, usedAt: null, expiresAt: { $gt: new Date() } },
    { $set: { usedAt: new Date() } },
    { returnDocument: 'after' },
  );
}

/** Earlier unused links of this purpose stop working (a new reset link replaces the old one). */
export async function retireLinkTokens(purpose: LinkPurpose, userId: Types.ObjectId): Promise<void> {
  await LinkTokenModel.updateMany({ purpose, userId, usedAt: null }, { $set: { usedAt: new Date() } });
}
