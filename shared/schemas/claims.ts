// Claiming a listed supplier profile: a supplier organisation asks to become the profile's owner. Granted at once
// when the member's verified email domain is the profile's website domain; otherwise a curator decides. A claim of
// a profile that already has an owner is a dispute, always decided by a curator.
import { z } from 'zod';
import { objectIdSchema, pageOf, pageQuerySchema } from './common';

export const claimLimits = { evidence: 2000, reason: 1000 } as const;

/** `unconfirmed`: filed at registration, waiting for the email address to be confirmed. */
export const CLAIM_STATUS_KEYS = ['unconfirmed', 'pending', 'approved', 'rejected'] as const;
export type ClaimStatus = (typeof CLAIM_STATUS_KEYS)[number];
export const CLAIM_KIND_KEYS = ['claim', 'dispute'] as const;
export const CLAIM_GRANT_KEYS = ['email-domain', 'curator'] as const;

export const claimCreateSchema = z.strictObject({
  supplierId: objectIdSchema,
  /** What a curator reads when the email domain does not prove it: role, registration number, a link. */
  evidence: z.string().trim().max(claimLimits.evidence).default(''),
});
export const claimIdParamsSchema = z.object({ id: objectIdSchema });
export const claimQuerySchema = pageQuerySchema.extend({ status: z.enum(CLAIM_STATUS_KEYS).default('pending') });
export const claimRejectSchema = z.strictObject({ reason: z.string().trim().min(1).max(claimLimits.reason) });

export const claimSchema = z.object({
  id: objectIdSchema,
  supplier: z.object({ id: objectIdSchema, slug: z.string(), name: z.string(), nameZh: z.string().optional(), website: z.string().optional() }),
  organisationName: z.string(),
  /** The domain of the claimant's confirmed email address (never the address itself). */
  emailDomain: z.string(),
  evidence: z.string(),
  kind: z.enum(CLAIM_KIND_KEYS),
  status: z.enum(CLAIM_STATUS_KEYS),
  grantedBy: z.enum(CLAIM_GRANT_KEYS).optional(),
  reason: z.string().optional(),
  createdAt: z.string(),
  decidedAt: z.string().optional(),
});
export const claimPageSchema = pageOf(claimSchema);

/** The signed token of an invitation email's unsubscribe link. */
export const invitationUnsubscribeQuerySchema = z.object({ token: z.string().min(10).max(700).regex(/^[A-Za-z0-9_.-]+$/) });

export type ClaimCreate = z.input<typeof claimCreateSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type ClaimPage = z.infer<typeof claimPageSchema>;
