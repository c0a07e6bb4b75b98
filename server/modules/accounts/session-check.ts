// Is an access token's session still live? Asked on every authenticated request, so it is answered from memory, a
// lookup kept current by events: every revocation the code makes (logout, refresh-token replay, a user's sessions
// ended) announces 'sessions.revoked', here and, relayed, on the other instances, and marks the session at once, so
// its access tokens fail on the next request; revoked is final. After a lost connection to the other instances, whose
// announcements may be missing, every live answer is read again at its next use. Live answers are also re-read after
// LIVE_FOR_MS, which bounds what no event announced (a write by hand to the database); sessions in use are checked
// again ahead of that, many in one read (checkSessionsAhead), so a request rarely waits for it.
// The bound was 30 s: a user back after half a minute then paid two round trips (the session and the account), which
// at city scale was most signed-in requests. Two minutes covers a person reading a page between clicks, and keeps a
// change made by the command line (user:create demotes from another process) unseen for far less than an access
// token lives (15 minutes).
// (Sign-out everywhere, password changes and deletions also bump the user's sessionVersion, checked separately.)
import { findInChunks } from '../../platform/db/find-in';
import { domainEvents } from '../../platform/events';
import type { Peers } from '../../platform/redis';
import { SessionModel } from './session.model';

const LIVE_FOR_MS = 2 * 60_000;
const MAX_ENTRIES = 50_000;
const AHEAD_EVERY_MS = 5_000;

/** `usedAt`: the last request that asked, so that only sessions in use are checked ahead. */
type Entry = { userId: string; revoked: boolean; at: number; usedAt: number };
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
  if (hit && sessionIsKnown(sessionId)) {
    hit.usedAt = performance.now();
    return !hit.revoked && hit.userId === userId;
  }
  const seen = revocations;
  const session = await SessionModel.findById(sessionId, { userId: 1, revokedAt: 1 }).lean();
  if (!session) return false;
  const now = performance.now();
  const entry = { userId: session.userId.toHexString(), revoked: Boolean(session.revokedAt), at: now, usedAt: now };
  if (seen === revocations) remember(sessionId, entry);
  return !entry.revoked && entry.userId === userId;
}

function remember(sessionId: string, entry: Entry): void {
  sessions.delete(sessionId);
  if (sessions.size >= MAX_ENTRIES) sessions.delete(sessions.keys().next().value!);
  sessions.set(sessionId, entry);
}

/**
 * Checks the sessions in use again before their answers lapse, every few seconds in one read, and has their users'
 * accounts read again with them (`recheckUsers`, see auth.context.ts): with a thousand users signed in, each session
 * checked as its answer lapsed made one request in several wait for two round trips. After a lost connection to the
 * other instances, every live answer lapses. Returns a function that stops it.
 */
export function checkSessionsAhead(recheckUsers: (userIds: string[]) => Promise<unknown>, peers: Pick<Peers, 'onRejoin'>): () => void {
  peers.onRejoin(lapseLiveAnswers);
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    void checkSessionsInUse(recheckUsers, LIVE_FOR_MS - 2 * AHEAD_EVERY_MS)
      .catch(() => undefined) // the sessions' answers lapse and requests read them one by one
      .finally(() => (running = false));
  }, AHEAD_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}

/** Live answers are read again at their next use; revoked ones stay revoked. */
function lapseLiveAnswers(): void {
  for (const entry of sessions.values()) if (!entry.revoked) entry.at = -Infinity;
}

/** Reads again every live session used within LIVE_FOR_MS and checked more than `olderThanMs` ago, and their users. */
export async function checkSessionsInUse(recheckUsers: (userIds: string[]) => Promise<unknown>, olderThanMs: number): Promise<void> {
  const started = performance.now();
  const due = [...sessions].filter(([, e]) => !e.revoked && started - e.usedAt < LIVE_FOR_MS && started - e.at >= olderThanMs).map(([id]) => id);
  if (!due.length) return;
  const seen = revocations;
  const stored = await findInChunks(due, (chunk) => SessionModel.find({ _id: { $in: chunk } }, { userId: 1, revokedAt: 1 }).lean());
  await recheckUsers([...new Set(stored.map((s) => s.userId.toHexString()))]);
  if (seen !== revocations) return; // a revocation raced the read: these answers lapse as before
  const byId = new Map(stored.map((s) => [s._id.toHexString(), s]));
  for (const id of due) {
    const entry = sessions.get(id);
    const session = byId.get(id);
    if (!entry) continue;
    entry.at = started;
    entry.revoked = !session || Boolean(session.revokedAt);
    if (session) entry.userId = session.userId.toHexString();
  }
}
