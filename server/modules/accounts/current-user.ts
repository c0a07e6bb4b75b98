// The caller's user record as authentication read it: every authenticated request reads its user (role, session
// version, deletion are checked from it), so `GET /api/me` shows the same read rather than making another round trip.
// A write to users through Mongoose drops what is kept (id-cache.ts), so this process never shows an account older
// than its own last change; entries expire after a few seconds for changes made elsewhere.
import { IdCache } from '../../platform/db/id-cache';
import { UserModel } from './user.model';

const users = new IdCache('users', (id) => UserModel.findById(id).lean());

export type CurrentUser = NonNullable<Awaited<ReturnType<typeof users.get>>>;

/** The user, or null when there is none with this id. */
export const currentUser = (id: string) => users.get(id);
