// Registration, credentials, email verification and password reset: the stories behind /api/auth.
// Answers never reveal whether an email has an account: registration, resend and reset always say "sent".
import type { z } from 'zod';
import type { registerBodySchema } from '../../../shared/schemas/accounts';
import { Validation } from '../../platform/errors/errors';
import { isDuplicateKeyError } from '../../platform/errors/duplicate-key';
import { audit } from '../audit';
import { alreadyRegisteredMail, link, resetPasswordMail, verifyEmailMail } from './account.emails';
import type { AuthContext } from './auth.context';
import { claimLinkToken, issueLinkToken, peekLinkToken, retireLinkTokens } from './link-tokens';
import { OrganisationModel } from './organisation.model';
import { hashPassword, verifyAgainstDummy, verifyPassword, weakPasswordReason } from './passwords';
import { revokeAllSessions } from './session.service';
import { UserModel, type UserDoc } from './user.model';

type RegisterInput = z.output<typeof registerBodySchema>;

export function assertStrongPassword(password: string, email: string | undefined, path: string): void {
  const reason = weakPasswordReason(password, email);
  if (reason) throw Validation([{ path, message: `The password ${reason}.`, code: 'weak-password' }]);
}

export const findActiveUserByEmail = (email: string) => UserModel.findOne({ email: email.trim().toLowerCase(), deletedAt: null });

export async function sendVerification(ctx: AuthContext, user: UserDoc): Promise<void> {
  await retireLinkTokens('verify-email', user._id);
  const token = await issueLinkToken('verify-email', { userId: user._id });
  await ctx.mailer.send(verifyEmailMail(user.email, link(ctx.publicUrl, '/verify-email', token)));
}

/** Creates the organisation and its owner, unverified, and emails the verification link. */
export async function register(ctx: AuthContext, input: RegisterInput, ip?: string): Promise<void> {
  assertStrongPassword(input.password, input.email, 'body.password');
  const passwordHash = await hashPassword(input.password); // hashed in both branches: same time either way
  const existing = await findActiveUserByEmail(input.email);
  if (existing) return ctx.mailer.send(alreadyRegisteredMail(existing.email, ctx.publicUrl));
  const organisation = await OrganisationModel.create({ kind: input.accountType, name: input.organisationName });
  let user: UserDoc;
  try {
    user = await UserModel.create({
      email: input.email,
      name: input.name,
      passwordHash,
      role: input.accountType,
      organisationId: organisation._id,
      organisationRole: 'owner',
    });
  } catch (error) {
    await organisation.deleteOne(); // no transactions on FerretDB: undo by hand
    if (isDuplicateKeyError(error)) return ctx.mailer.send(alreadyRegisteredMail(input.email, ctx.publicUrl));
    throw error;
  }
  await audit('register', { userId: user._id, ip, detail: { accountType: input.accountType } });
  if (input.claimSupplierId && input.accountType === 'supplier') await ctx.claims.fileAtRegistration(user, organisation._id, input.claimSupplierId);
  await sendVerification(ctx, user);
}

/** The user whose email and password match, or undefined; unknown emails cost the same time as wrong passwords. */
export async function checkCredentials(email: string, password: string, ip?: string): Promise<UserDoc | undefined> {
  const user = await findActiveUserByEmail(email);
  const ok = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password);
  if (!user || !ok) {
    await audit('login.failed', { userId: user?._id, ip });
    return undefined;
  }
  return user;
}

export async function verifyEmail(ctx: AuthContext, token: string, ip?: string): Promise<boolean> {
  const claimed = await claimLinkToken('verify-email', token);
  if (!claimed?.userId) return false;
  const user = await UserModel.findOneAndUpdate({ _id: claimed.userId, deletedAt: null }, { $set: { emailVerifiedAt: new Date() } });
  if (!user) return false;
  await audit('email.verified', { userId: user._id, ip });
  await ctx.claims.confirmOf(user._id, ip);
  return true;
}

export async function resendVerification(ctx: AuthContext, email: string): Promise<void> {
  const user = await findActiveUserByEmail(email);
  if (user && !user.emailVerifiedAt) await sendVerification(ctx, user);
}

export async function requestPasswordReset(ctx: AuthContext, email: string, ip?: string): Promise<void> {
  const user = await findActiveUserByEmail(email);
  if (!user) return;
  await retireLinkTokens('reset-password', user._id);
  const token = await issueLinkToken('reset-password', { userId: user._id });
  await ctx.mailer.send(resetPasswordMail(user.email, link(ctx.publicUrl, '/reset-password', token)));
  await audit('password.reset-requested', { userId: user._id, ip });
}

/** Sets the new password and signs out every session. A reset link also proves the email address. */
export async function resetPassword(token: string, password: string, ip?: string): Promise<boolean> {
  const pending = await peekLinkToken('reset-password', token);
  const user = pending?.userId ? await UserModel.findOne({ _id: pending.userId, deletedAt: null }) : null;
  if (!user) return false;
  assertStrongPassword(password, user.email, 'body.password'); // before the link is spent
  if (!(await claimLinkToken('reset-password', token))) return false;
  user.passwordHash = await hashPassword(password);
  user.emailVerifiedAt ??= new Date();
  await user.save();
  await revokeAllSessions(user._id, 'password reset');
  await audit('password.reset', { userId: user._id, ip });
  return true;
}
