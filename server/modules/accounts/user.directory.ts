// Every account's sign-in facts and what `GET /api/me` shows, in memory. Every authenticated request checks its user
// (role, session version, deletion): on the embedded FerretDB that was a round trip whenever the 5-second cache had
// lapsed, which with many users was most requests. Kept current by 'users.changed', which the model's hooks announce
// for every write with the ids it touched (platform/db/written-ids.ts; every write to users in the code names its
// ids), here or, relayed, on another instance. Read in full at start, after a lost connection to the other
// instances and every 10 minutes; an account not kept yet (registered through another instance a moment ago, or by
// the command line) is read at its first use, and authentication reads an account again for a session it has not
// checked lately (auth.context.ts), which bounds what an unannounced write goes unseen. One per server (it holds the records of the database that server uses).
import type { Types } from 'mongoose';
import { findInChunks } from '../../platform/db/find-in';
import { KeptById } from '../../platform/db/kept-by-id';
import { domainEvents } from '../../platform/events';
import type { Peers } from '../../platform/redis';
import { UserModel, type UserFields } from './user.model';

const FIELDS = { email: 1, name: 1, role: 1, organisationId: 1, organisationRole: 1, emailVerifiedAt: 1, sessionVersion: 1, deletedAt: 1, createdAt: 1 } as const;
export type KeptUser = Pick<UserFields, keyof typeof FIELDS> & { _id: Types.ObjectId };

/** A full read every 10 minutes bounds what a process outside the events wrote (~0.5 s of FerretDB at 20,000 users). */
const FULL_READ_EVERY_MS = 10 * 60_000;

const entry = (u: KeptUser): [string, KeptUser] => [u._id.toHexString(), u];

export class UserDirectory {
  private readonly kept = new KeptById<KeptUser>(
    {
      readAll: async () => (await UserModel.find({}, FIELDS).lean<KeptUser[]>()).map(entry),
      readIds: async (ids) => (await findInChunks(ids, (chunk) => UserModel.find({ _id: { $in: chunk } }, FIELDS).lean<KeptUser[]>())).map(entry),
    },
    FULL_READ_EVERY_MS,
  );

  /** Follows the writes announced here and on other instances until the returned function is called. */
  follow(peers: Pick<Peers, 'onRejoin'>): () => void {
    const changed = (ids: string[]) => this.kept.changed(ids);
    domainEvents.on('users.changed', changed);
    peers.onRejoin(() => this.kept.changed([]));
    return () => domainEvents.off('users.changed', changed);
  }

  /** Starts the first full read (start-up), so that the first request does not wait for it. */
  warm(): Promise<unknown> {
    return this.kept.current();
  }

  /** The account as of every write announced before this call (read-only), or undefined when there is none. */
  async byId(id: string): Promise<KeptUser | undefined> {
    const rows = await this.kept.current();
    return rows.has(id) ? rows.get(id) : this.reread(id);
  }

  /** These accounts as stored now, read again in one read whether or not a write was announced. */
  async rereadAll(ids: string[]): Promise<void> {
    if (!ids.length) return; // naming none would mark every account stale
    this.kept.changed(ids);
    await this.kept.current();
  }

  /** The account as stored now, read again whether or not a write was announced. */
  async reread(id: string): Promise<KeptUser | undefined> {
    this.kept.changed([id]);
    return (await this.kept.current()).get(id);
  }
}
