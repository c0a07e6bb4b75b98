// Issue and claim the single-use tokens of emailed links. Claiming goes through claimOnce (an insert into a unique
// index), so a link works once even when clicked twice at the same moment.
import type { Types } from 'mongoose';
import { claimOnce } from '../../platform/db/claim';
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

export async function claimLinkToken(purpose: LinkPurpose, token: string) {
  const link = await peekLinkToken(purpose, token);
  if (!link || !(await claimOnce(`link:${link.tokenHash}`))) return null;
  await LinkTokenModel.updateOne({ _id: link._id }, { $set: { usedAt: new Date() } });
  return link;
}

/** Earlier unused links of this purpose stop working (a new reset link replaces the old one). */
export async function retireLinkTokens(purpose: LinkPurpose, userId: Types.ObjectId): Promise<void> {
  await LinkTokenModel.updateMany({ purpose, userId, usedAt: null }, { $set: { usedAt: new Date() } });
}
