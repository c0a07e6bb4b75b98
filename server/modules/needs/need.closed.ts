// Closed needs as an organisation's lists need them: the id, the organisation and the last edit, in memory, kept
// current by 'needs.changed' like the open needs (need.published.ts) are. With both, the needs page orders and
// counts an organisation's needs without the database, and reads only the closed needs its page shows (one `_id`
// read); the dashboard counts them. Closed needs stay for the organisation's records and are never edited again, so
// they only accumulate: kept compact (about 150 bytes each, 100,000 closed needs ≈ 15 MB), not whole.
import { sharedString } from '../../platform/db/shared-string';
import { KeptById } from '../../platform/db/kept-by-id';
import { KeptGroups } from '../../platform/db/kept-groups';
import { findInChunks } from '../../platform/db/find-in';
import { domainEvents } from '../../platform/events';
import { NeedModel } from './need.model';
import type { StoredNeed } from './need.published';

/** What a list needs of a closed need (its last edit in epoch milliseconds). */
export type ClosedNeed = { id: string; organisationId: string; updatedAt: number };

type Stamped = Pick<StoredNeed, '_id' | 'organisationId' | 'updatedAt' | 'status'>;
const FIELDS = { organisationId: 1, updatedAt: 1, status: 1 } as const;

/** Organisation ids many closed needs share are kept once. */
const once = sharedString;

const keyed = (needs: Stamped[]) =>
  needs
    .filter((n) => n.status === 'closed')
    .map((n): [string, ClosedNeed] => {
      const id = n._id.toHexString();
      return [id, { id, organisationId: once(n.organisationId.toHexString()), updatedAt: n.updatedAt.getTime() }];
    });

const byOrganisation = new KeptGroups<ClosedNeed>((n) => n.organisationId);

/** A full read every ten minutes bounds what a process outside the events (the command-line tools) wrote. */
const FULL_READ_EVERY_MS = 10 * 60_000;

const closed = new KeptById<ClosedNeed>(
  {
    readAll: async () => keyed(await NeedModel.find({ status: 'closed' }, FIELDS).lean<Stamped[]>()),
    readIds: async (ids) => keyed(await findInChunks(ids, (chunk) => NeedModel.find({ _id: { $in: chunk } }, FIELDS).lean<Stamped[]>())),
  },
  FULL_READ_EVERY_MS,
  byOrganisation,
);
domainEvents.on('needs.changed', (ids) => closed.changed(ids));

/** An organisation's closed needs (read-only), in no particular order. */
export async function closedNeedsOf(organisationId: string): Promise<readonly ClosedNeed[]> {
  await closed.current();
  return [...byOrganisation.of(organisationId).values()];
}

/** How many closed needs an organisation has. */
export async function closedNeedCount(organisationId: string): Promise<number> {
  await closed.current();
  return byOrganisation.of(organisationId).size;
}
