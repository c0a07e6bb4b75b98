// Sessions and refresh-token rotation. Each refresh token is single use: it is claimed by inserting its hash into
// a unique index (claimOnce), so of many concurrent refreshes exactly one wins, on FerretDB as on MongoDB.
// Presenting a token that was already used (a replay, or a race lost) revokes its whole session (the family).
import type { Types } from 'mongoose';
import { claimOnce } from '../../platform/db/claim';
import { domainEvents } from '../../platform/events';
import { Unauthorized } from '../../platform/errors/errors';
import { audit } from '../audit';
import type { AuthContext } from './auth.context';
import { RefreshTokenModel, SessionModel } from './session.model';
import { hashToken, newOpaqueToken, signAccessToken } from './tokens';
import { UserModel, type UserDoc } from './user.model';

export type Issued = { user: UserDoc; accessToken: string; refreshToken: string };

export const accessTokenFor = (ctx: AuthContext, user: UserDoc, sessionId: Types.ObjectId) =>
  signAccessToken(ctx.tokens, { sub: user._id.toHexString(), sid: sessionId.toHexString(), role: user.role, sv: user.sessionVersion });

async function addRefreshToken(ctx: AuthContext, sessionId: Types.ObjectId): Promise<string> {
  const token = newOpaqueToken();
  const expiresAt = new Date(Date.now() + ctx.refreshDays * 86_400_000);
  await RefreshTokenModel.create({ tokenHash: hashToken(token), sessionId, expiresAt });
  return token;
}

export async function startSession(ctx: AuthContext, user: UserDoc, userAgent?: string): Promise<Issued> {
  const session = await SessionModel.create({ userId: user._id, userAgent: userAgent?.slice(0, 300), lastUsedAt: new Date() });
  return { user, accessToken: accessTokenFor(ctx, user, session._id), refreshToken: await addRefreshToken(ctx, session._id) };
}

async function revokeSession(sessionId: Types.ObjectId): Promise<void> {
  await SessionModel.updateOne({ _id: sessionId, revokedAt: null }, { $set: { revokedAt: new Date() } });
  domainEvents.emit('sessions.revoked', [sessionId.toHexString()]);
}

export async function rotate(ctx: AuthContext, raw: string | undefined, ip?: string): Promise<Issued> {
  if (!raw || raw.length > 200) throw Unauthorized();
  const tokenHash = hashToken(raw);
  const now = new Date();
  // Check the session before claiming: a sibling that loses the claim revokes the session only after our claim,
  // so the one winner of a race is never failed by its own losers.
  const token = await RefreshTokenModel.findOne({ tokenHash });
  if (!token) throw Unauthorized();
  const session = await SessionModel.findById(token.sessionId);
  const user = session && !session.revokedAt ? await UserModel.findOne({ _id: session.userId, deletedAt: null }) : null;
  const claimed = !token.usedAt && (await claimOnce(`refresh:${tokenHash}`));
  if (!claimed) {
    await revokeSession(token.sessionId);
    await audit('refresh.reused', { userId: session?.userId, ip });
    throw Unauthorized('This session has ended. Sign in again.');
  }
  await RefreshTokenModel.updateOne({ _id: token._id }, { $set: { usedAt: now } });
  if (!session || !user || token.expiresAt <= now) throw Unauthorized('This session has ended. Sign in again.');
  await SessionModel.updateOne({ _id: session._id }, { $set: { lastUsedAt: now } });
  return { user, accessToken: accessTokenFor(ctx, user, session._id), refreshToken: await addRefreshToken(ctx, session._id) };
}

/** Logout: the session of this refresh token ends (used or not). */
export async function endSession(raw: string | undefined): Promise<void> {
  if (!raw || raw.length > 200) return;
  const token = await RefreshTokenModel.findOne({ tokenHash: hashToken(raw) });
  if (token) await revokeSession(token.sessionId);
}

/** Every session of the user ends and every access token stops working (sessionVersion is part of each token). */
export async function revokeAllSessions(userId: Types.ObjectId, reason: string, ip?: string): Promise<void> {
  await UserModel.updateOne({ _id: userId }, { $inc: { sessionVersion: 1 } });
  await SessionModel.updateMany({ userId, revokedAt: null }, { $set: { revokedAt: new Date() } });
  await audit('sessions.revoked', { userId, ip, detail: { reason } });
}
