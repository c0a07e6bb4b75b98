// Organisations and their members: reading, renaming, inviting colleagues by emailed link, accepting.
import type { Types } from 'mongoose';
import type { Principal } from '../../platform/auth/principal';
import { Conflict, NotFound } from '../../platform/errors/errors';
import { isDuplicateKeyError } from '../../platform/errors/duplicate-key';
import { audit } from '../audit';
import { invitationMail, link } from './account.emails';
import type { AuthContext } from './auth.context';
import { assertStrongPassword } from './auth.service';
import { claimLinkToken, issueLinkToken, peekLinkToken } from './link-tokens';
import { OrganisationModel } from './organisation.model';
import { canManageOrganisation, canViewOrganisation } from './organisation.policy';
import { hashPassword } from './passwords';
import { UserModel, type UserDoc } from './user.model';

const membersOf = (organisationId: Types.ObjectId) => UserModel.find({ organisationId, deletedAt: null }).sort({ createdAt: 1 });

/** The supplier profiles some organisation is linked to (whose members see opportunities). One indexed read. */
export async function linkedSupplierIds(): Promise<string[]> {
  const orgs = await OrganisationModel.find({ supplierId: { $exists: true } }, { supplierId: 1 }).lean();
  return [...new Set(orgs.flatMap((o) => (o.supplierId ? [o.supplierId.toHexString()] : [])))];
}

/** Whether some organisation owns the supplier profile (an imported one is "not yet on the platform" until claimed). */
export const isSupplierOwned = async (supplierId: string) => Boolean(await OrganisationModel.exists({ supplierId }));

/** The organisation if the caller may see it; otherwise the same 404 as for one that does not exist. */
export async function organisationFor(p: Principal, id: string, need: 'view' | 'manage' = 'view') {
  const organisation = await OrganisationModel.findById(id);
  const allowed = organisation && (need === 'view' ? canViewOrganisation(p, organisation) : canManageOrganisation(p, organisation));
  if (!organisation || !allowed) throw NotFound('The organisation');
  return { organisation, members: await membersOf(organisation._id) };
}

export async function renameOrganisation(p: Principal, id: string, name: string) {
  const { organisation, members } = await organisationFor(p, id, 'manage');
  organisation.name = name;
  await organisation.save();
  return { organisation, members };
}

export async function inviteColleague(ctx: AuthContext, p: Principal, id: string, email: string, ip?: string): Promise<void> {
  const { organisation } = await organisationFor(p, id, 'manage');
  const inviter = await UserModel.findById(p.id);
  const token = await issueLinkToken('invitation', { organisationId: organisation._id, email, invitedBy: inviter?._id });
  await ctx.mailer.send(invitationMail(email, organisation.name, inviter?.name ?? 'AI Bridge', link(ctx.publicUrl, '/invitations/accept', token)));
  await audit('invitation.sent', { userId: inviter?._id, actorId: inviter?._id, ip, detail: { organisationId: organisation._id.toHexString() } });
}

/** Creates a verified member (the link proved the address) of the inviting organisation, with its kind as role. */
export async function acceptInvitation(token: string, name: string, password: string, ip?: string): Promise<UserDoc | undefined> {
  const pending = await peekLinkToken('invitation', token);
  const organisation = pending?.organisationId ? await OrganisationModel.findById(pending.organisationId) : null;
  if (!pending?.email || !organisation) return undefined;
  assertStrongPassword(password, pending.email, 'body.password');
  if (await UserModel.exists({ email: pending.email })) throw Conflict('This email address already has an account. Sign in instead.');
  const passwordHash = await hashPassword(password);
  if (!(await claimLinkToken('invitation', token))) return undefined;
  try {
    const user = await UserModel.create({
      email: pending.email,
      name,
      passwordHash,
      role: organisation.kind,
      organisationId: organisation._id,
      organisationRole: 'member',
      emailVerifiedAt: new Date(),
    });
    await audit('invitation.accepted', { userId: user._id, ip, detail: { organisationId: organisation._id.toHexString() } });
    return user;
  } catch (error) {
    if (isDuplicateKeyError(error)) throw Conflict('This email address already has an account. Sign in instead.');
    throw error;
  }
}

/** When an owner deletes their account, the longest-standing remaining member becomes the owner. */
export async function handOverOwnership(organisationId: Types.ObjectId | null | undefined): Promise<void> {
  if (!organisationId) return;
  const members = await membersOf(organisationId);
  if (members.length === 0 || members.some((m) => m.organisationRole === 'owner')) return;
  await UserModel.updateOne({ _id: members[0]!._id }, { $set: { organisationRole: 'owner' } });
}
