// Accounts: registration, sign-in, the signed-in user, organisations and invitations.
// Request bodies are strict objects: a field the caller may not set (role, organisationId, verified…) is a 400.
import { z } from 'zod';
import { limits } from '../limits';
import { objectIdSchema, pageOf, pageQuerySchema } from './common';

export const ROLE_KEYS = ['sme', 'supplier', 'curator', 'admin'] as const;
export type Role = (typeof ROLE_KEYS)[number];
export const ACCOUNT_TYPE_KEYS = ['sme', 'supplier'] as const;
export type AccountType = (typeof ACCOUNT_TYPE_KEYS)[number];
export const ORG_ROLE_KEYS = ['owner', 'member'] as const;

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(limits.email)
  .pipe(z.email({ message: 'must be an email address' }));
/** Strength rules beyond length (common passwords) are checked by the server, which holds the list. */
export const newPasswordSchema = z
  .string()
  .min(limits.passwordMin, `must be at least ${limits.passwordMin} characters`)
  .max(limits.passwordMax, `must be at most ${limits.passwordMax} characters`);
const passwordSchema = z.string().min(1).max(limits.passwordMax);
const personNameSchema = z.string().trim().min(1).max(limits.personName);
const tokenSchema = z.string().min(16).max(limits.token).regex(/^[A-Za-z0-9_-]+$/, 'must be a link token');

export const registerBodySchema = z.strictObject({
  email: emailSchema,
  password: newPasswordSchema,
  name: personNameSchema,
  accountType: z.enum(ACCOUNT_TYPE_KEYS),
  organisationName: z.string().trim().min(1).max(limits.name),
  /** A supplier registering for a listed profile: the claim is filed once the email address is confirmed. */
  claimSupplierId: objectIdSchema.optional(),
});
export const loginBodySchema = z.strictObject({ email: z.string().max(limits.email), password: passwordSchema });
export const emailBodySchema = z.strictObject({ email: emailSchema });
export const tokenBodySchema = z.strictObject({ token: tokenSchema });
export const resetPasswordBodySchema = z.strictObject({ token: tokenSchema, password: newPasswordSchema });
export const acceptInvitationBodySchema = z.strictObject({ token: tokenSchema, name: personNameSchema, password: newPasswordSchema });
export const updateMeBodySchema = z.strictObject({ name: personNameSchema });
export const changePasswordBodySchema = z.strictObject({ currentPassword: passwordSchema, newPassword: newPasswordSchema });
export const deleteMeBodySchema = z.strictObject({ password: passwordSchema });
export const inviteBodySchema = z.strictObject({ email: emailSchema });
export const updateOrganisationBodySchema = z.strictObject({ name: z.string().trim().min(1).max(limits.name) });
export const idParamsSchema = z.object({ id: objectIdSchema });

export const organisationSchema = z.object({
  id: objectIdSchema,
  kind: z.enum(ACCOUNT_TYPE_KEYS),
  name: z.string(),
  supplierId: objectIdSchema.optional(),
});
export const meSchema = z.object({
  id: objectIdSchema,
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLE_KEYS),
  organisationRole: z.enum(ORG_ROLE_KEYS).optional(),
  emailVerified: z.boolean(),
  organisation: organisationSchema.optional(),
  createdAt: z.string(),
});
export const sessionResponseSchema = z.object({ accessToken: z.string(), expiresIn: z.number().int(), user: meSchema });
export const messageSchema = z.object({ message: z.string() });
export const memberSchema = z.object({ id: objectIdSchema, name: z.string(), organisationRole: z.enum(ORG_ROLE_KEYS) });
export const organisationDetailSchema = organisationSchema.extend({ members: z.array(memberSchema) });

export const AUDIT_TYPES = [
  'login.succeeded',
  'login.failed',
  'register',
  'email.verified',
  'password.changed',
  'password.reset-requested',
  'password.reset',
  'role.changed',
  'sessions.revoked',
  'refresh.reused',
  'invitation.sent',
  'invitation.accepted',
  'account.deleted',
  'supplier.verified',
  'supplier.verification-revoked',
  'supplier.diligence-checked',
  'supplier.diligence-unchecked',
  'claim.requested',
  'claim.granted',
  'claim.disputed',
  'claim.approved',
  'claim.rejected',
  'review.removed',
  'review.reports-dismissed',
] as const;
export type AuditType = (typeof AUDIT_TYPES)[number];

export const auditQuerySchema = pageQuerySchema.extend({ type: z.enum(AUDIT_TYPES).optional() });
export const auditEventSchema = z.object({
  id: objectIdSchema,
  type: z.enum(AUDIT_TYPES),
  userId: objectIdSchema.optional(),
  actorId: objectIdSchema.optional(),
  ip: z.string().optional(),
  detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
  at: z.string(),
});
export const auditPageSchema = pageOf(auditEventSchema);
export const outboxMessageSchema = z.object({ id: objectIdSchema, to: z.string(), subject: z.string(), text: z.string(), at: z.string() });
export const outboxPageSchema = pageOf(outboxMessageSchema);

export type RegisterBody = z.input<typeof registerBodySchema>;
export type Me = z.infer<typeof meSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
export type OrganisationDetail = z.infer<typeof organisationDetailSchema>;
export type SessionResponse = z.infer<typeof sessionResponseSchema>;
export type AuditEvent = z.infer<typeof auditEventSchema>;
export type OutboxMessage = z.infer<typeof outboxMessageSchema>;
