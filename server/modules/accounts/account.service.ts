// The signed-in user's own account: profile, password, export of all their data (PDPO), deletion.
import mongoose, { type Types } from 'mongoose';
import { NotFound, Validation } from '../../platform/errors/errors';
import { audit } from '../audit';
import { passwordChangedMail } from './account.emails';
import type { AuthContext } from './auth.context';
import { assertStrongPassword } from './auth.service';
import type { OrganisationDirectory } from './organisation.directory';
import type { KeptUser, UserDirectory } from './user.directory';
import type { Organisation } from '../../../shared/schemas/accounts';
import { OrganisationModel } from './organisation.model';
import { auditEventsOnce, type ExportSubject, type StoredOrganisation } from './personal-data';
import { hashPassword, verifyPassword } from './passwords';
import { revokeAllSessions } from './session.service';
import { UserModel, type UserDoc } from './user.model';

/** A user's display name (who approved, who verified), or undefined for an unknown id. */
export const nameOfUser = async (id: string | Types.ObjectId) => (await UserModel.findById(id, { name: 1 }).lean())?.name;

export async function loadMe(id: string | Types.ObjectId) {
  const user = await UserModel.findOne({ _id: id, deletedAt: null });
  if (!user) throw NotFound('The account');
  const organisation = user.organisationId ? await OrganisationModel.findById(user.organisationId) : null;
  return { user, organisation };
}

/**
 * Whose data an export shows: the account and its organisation from the directories kept in memory (what
 * authentication checked); the organisation is read by `_id` only when the directory cannot answer.
 */
export async function exportSubject(id: string, users: UserDirectory, organisations: OrganisationDirectory): Promise<ExportSubject> {
  const user = await users.byId(id);
  if (!user || user.deletedAt) throw NotFound('The account');
  const organisationId = user.organisationId;
  const entry = organisationId ? (await organisations.byIds([organisationId.toHexString()])).get(organisationId.toHexString()) : undefined;
  const organisation: StoredOrganisation | null =
    organisationId && entry?.createdAt !== undefined
      ? { _id: organisationId, kind: entry.kind, name: entry.name, supplierId: entry.supplierId ? new mongoose.Types.ObjectId(entry.supplierId) : undefined, createdAt: new Date(entry.createdAt) }
      : organisationId
        ? await OrganisationModel.findById(organisationId, { kind: 1, name: 1, supplierId: 1, createdAt: 1 }).lean<StoredOrganisation>()
        : null;
  return { user, userId: user._id, organisation, auditEvents: auditEventsOnce(user._id) };
}

/**
 * The signed-in user's account to show, as authentication checked it, and its organisation: both from the
 * directories kept in memory.
 */
export async function showMe(id: string, users: UserDirectory, organisations: OrganisationDirectory): Promise<{ user: KeptUser; organisation?: Organisation }> {
  const user = await users.byId(id);
  if (!user || user.deletedAt) throw NotFound('The account');
  const organisationId = user.organisationId?.toHexString();
  const entry = organisationId && (await organisations.byIds([organisationId])).get(organisationId);
  return { user, organisation: entry ? { id: organisationId, kind: entry.kind, name: entry.name, supplierId: entry.supplierId } : undefined };
}

/** A 400 on `path` unless `password` is the user's (re-authentication before changing or deleting the account). */
export async function assertPassword(user: UserDoc, password: string, path: string): Promise<void> {
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
