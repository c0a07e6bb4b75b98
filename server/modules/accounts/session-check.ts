// Is an access token's session still live? Asked on every authenticated request, so it is answered from a cache
// in this process: a revocation here (logout, refresh-token replay) marks the session at once through the
// 'sessions.revoked' event, so its access tokens fail on the next request. Live answers are re-read after
// LIVE_FOR_MS, which bounds how long a revocation made by another process goes unseen; revoked is final.
// (Sign-out everywhere, password changes and deletions also bump the user's sessionVersion, checked separately.)
import { domainEvents } from '../../platform/events';
import { SessionModel } from './session.model';

const LIVE_FOR_MS = 30_000;
const MAX_ENTRIES = 50_000;

type Entry = { userId: string; revoked: boolean; at: number };
const sessions = new Map<string, Entry>();
/** Counts revocations, so that a read racing with one is not cached as live. */
let revocations = 0;

domainEvents.on('sessions.revoked', (ids) => {
  revocations++;
  for (const id of ids) {
    const entry = sessions.get(id);
    if (entry) entry.revoked = true;
  }
});

/** Whether `sessionIsLive` would answer for this session from memory, without reading it. */
export function sessionIsKnown(sessionId: string): boolean {
  const hit = sessions.get(sessionId);
  return hit !== undefined && (hit.revoked || performance.now() - hit.at < LIVE_FOR_MS);
}

/** True when the session exists, belongs to `userId` and was not revoked. */
export async function sessionIsLive(sessionId: string, userId: string): Promise<boolean> {
  const hit = sessions.get(sessionId);
  if (hit && sessionIsKnown(sessionId)) return !hit.revoked && hit.userId === userId;
  const seen = revocations;
  const session = await SessionModel.findById(sessionId, { userId: 1, revokedAt: 1 }).lean();
  if (!session) return false;
  const entry = { userId: session.userId.toHexString(), revoked: Boolean(session.revokedAt), at: performance.now() };
  if (seen === revocations) remember(sessionId, entry);
  return !entry.revoked && entry.userId === userId;
}

function remember(sessionId: string, entry: Entry): void {
  sessions.delete(sessionId);
  if (sessions.size >= MAX_ENTRIES) sessions.delete(sessions.keys().next().value!);
  sessions.set(sessionId, entry);
}
