// The signed-in user's own account: profile, password, export of all their data (PDPO), deletion.
import type { Types } from 'mongoose';
import { NotFound, Validation } from '../../platform/http/errors';
import { auditEventsOfUser, audit } from '../audit/audit.service';
import { presentAuditEvent } from '../audit/audit.presenter';
import { passwordChangedMail } from './account.emails';
import { presentMe } from './account.presenter';
import type { AuthContext } from './auth.context';
import { assertStrongPassword } from './auth.service';
import { LinkTokenModel } from './link-token.model';
import { OrganisationModel } from './organisation.model';
import { handOverOwnership } from './organisation.service';
import { hashPassword, verifyPassword } from './passwords';
import { SessionModel } from './session.model';
import { revokeAllSessions } from './session.service';
import { UserModel, type UserDoc } from './user.model';
import { anonymiseInquiryParticipant, exportInquiries } from '../inquiries/inquiry.privacy';

export async function loadMe(id: string | Types.ObjectId) {
  const user = await UserModel.findOne({ _id: id, deletedAt: null });
  if (!user) throw NotFound('The account');
  const organisation = user.organisationId ? await OrganisationModel.findById(user.organisationId) : null;
  return { user, organisation };
}

async function assertPassword(user: UserDoc, password: string, path: string): Promise<void> {
  if (!(await verifyPassword(user.passwordHash, password))) throw Validation([{ path, message: 'The password is not correct.', code: 'wrong-password' }]);
}

export async function updateProfile(id: string, name: string) {
  const { user, organisation } = await loadMe(id);
  user.name = name;
  await user.save();
  return { user, organisation };
}

/** Checks the current password, sets the new one and signs out every session (the caller then starts a new one). */
export async function changePassword(ctx: AuthContext, id: string, current: string, next: string, ip?: string): Promise<UserDoc> {
  const { user } = await loadMe(id);
  await assertPassword(user, current, 'body.currentPassword');
  assertStrongPassword(next, user.email, 'body.newPassword');
  user.passwordHash = await hashPassword(next);
  await user.save();
  await revokeAllSessions(user._id, 'password changed', ip);
  await audit('password.changed', { userId: user._id, ip });
  await ctx.mailer.send(passwordChangedMail(user.email));
  return (await loadMe(id)).user;
}

/** Everything we hold about the user, as JSON (PDPO data access). */
export async function exportMyData(id: string) {
  const { user, organisation } = await loadMe(id);
  const [sessions, events, invitations, inquiries] = await Promise.all([
    SessionModel.find({ userId: user._id }).sort({ createdAt: 1 }),
    auditEventsOfUser(user._id),
    LinkTokenModel.find({ invitedBy: user._id }).sort({ createdAt: 1 }),
    exportInquiries(user._id),
  ]);
  return {
    exportedAt: new Date().toISOString(),
    account: presentMe(user, organisation),
    sessions: sessions.map((s) => ({
      startedAt: s.createdAt.toISOString(),
      lastUsedAt: s.lastUsedAt?.toISOString(),
      endedAt: s.revokedAt?.toISOString(),
      userAgent: s.userAgent ?? undefined,
    })),
    securityEvents: events.map(presentAuditEvent).map(({ type, at, ip, detail }) => ({ type, at, ip, detail })),
    invitationsSent: invitations.map((i) => ({ email: i.email, sentAt: i.createdAt.toISOString(), accepted: Boolean(i.usedAt) })),
    inquiries: inquiries.inquiries,
    notificationPreferences: inquiries.notificationPreferences,
  };
}

/**
 * Deletes the personal data of the account: name and email are replaced, the password hash is destroyed, every
 * session ends, pending links die. The organisation and its content stay (they belong to the organisation).
 */
export async function deleteAccount(id: string, password: string, ip?: string): Promise<void> {
  const { user } = await loadMe(id);
  await assertPassword(user, password, 'body.password');
  await revokeAllSessions(user._id, 'account deleted', ip);
  await LinkTokenModel.updateMany({ $or: [{ userId: user._id }, { invitedBy: user._id }], usedAt: null }, { $set: { usedAt: new Date() } });
  await UserModel.updateOne(
    { _id: user._id },
    {
      $set: {
        email: `deleted-${user._id.toHexString()}@deleted.invalid`,
        name: 'Deleted user',
        passwordHash: '!',
        deletedAt: new Date(),
      },
    },
  );
  await SessionModel.updateMany({ userId: user._id }, { $unset: { userAgent: 1 } });
  await anonymiseInquiryParticipant(user._id);
  if (user.organisationRole === 'owner') await handOverOwnership(user.organisationId);
  await audit('account.deleted', { userId: user._id, ip });
}

/**
 * Curators and admins exist only through the command line (npm run user:create). An existing address gets the
 * new role (audited as a role change) and, if given, the new password.
 */
export async function createUserFromCli(input: { email: string; password: string; name: string; role: 'curator' | 'admin' | 'sme' | 'supplier' }) {
  assertStrongPassword(input.password, input.email, 'password');
  const passwordHash = await hashPassword(input.password);
  const existing = await UserModel.findOne({ email: input.email, deletedAt: null });
  if (existing) {
    const from = existing.role;
    existing.role = input.role;
    existing.passwordHash = passwordHash;
    await existing.save();
    await revokeAllSessions(existing._id, 'role changed');
    await audit('role.changed', { userId: existing._id, detail: { from, to: input.role, by: 'cli' } });
    return { user: existing, created: false };
  }
  const user = await UserModel.create({ ...input, passwordHash, emailVerifiedAt: new Date() });
  await audit('role.changed', { userId: user._id, detail: { from: 'none', to: input.role, by: 'cli' } });
  return { user, created: true };
}
