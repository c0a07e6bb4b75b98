// Whom each review concerns (the SME organisation that wrote it, its author, the supplier member who replied and
// the people who reported it), in memory, for the personal-data export: on the embedded FerretDB its one `$or` of
// nested fields (`reply.authorId`, `reports.userId`) decoded every review; now the export reads just the person's
// reviews by `_id`, and none when there are none. Kept current by 'reviews.changed' (the model's hooks name the
// reviews written, here or, relayed, on another instance: platform/db/kept-by-id.ts), read in full at the first
// export, after a lost connection to the other instances and every 10 minutes. A few interned ids per review.
import type { Types } from 'mongoose';
import { findInChunks } from '../../platform/db/find-in';
import { KeptById } from '../../platform/db/kept-by-id';
import { sharedString } from '../../platform/db/shared-string';
import { domainEvents } from '../../platform/events';
import type { Peers } from '../../platform/redis';
import { ReviewModel } from './review.model';

const FULL_READ_EVERY_MS = 10 * 60_000;

type People = { smeOrganisationId: string; people: readonly string[] };
type Id = { toHexString(): string };
type Stored = { _id: Id; smeOrganisationId: Id; authorId?: Id | null; reply?: { authorId?: Id | null } | null; reports?: readonly { userId?: Id | null }[] };

// Whole subdocuments: dotted projections are not among what both databases are known to answer alike.
const FIELDS = { smeOrganisationId: 1, authorId: 1, reply: 1, reports: 1 } as const;
const NOBODY: readonly string[] = Object.freeze([]);

function entry(r: Stored): [string, People] {
  const ids = [r.authorId, r.reply?.authorId, ...(r.reports ?? []).map((p) => p.userId)].flatMap((id) => (id ? [sharedString(id.toHexString())] : []));
  return [r._id.toHexString(), { smeOrganisationId: sharedString(r.smeOrganisationId.toHexString()), people: ids.length ? [...new Set(ids)] : NOBODY }];
}

class ReviewPeople {
  private readonly kept = new KeptById<People>(
    {
      readAll: async () => (await ReviewModel.find({}, FIELDS).lean<Stored[]>()).map(entry),
      readIds: async (ids) => (await findInChunks(ids, (chunk) => ReviewModel.find({ _id: { $in: chunk } }, FIELDS).lean<Stored[]>())).map(entry),
    },
    FULL_READ_EVERY_MS,
  );

  constructor() {
    domainEvents.on('reviews.changed', (ids) => this.kept.changed(ids));
  }

  /** After a lost connection to the other instances, their announcements may be missing: read everything again. */
  follow(peers: Pick<Peers, 'onRejoin'>): void {
    peers.onRejoin(() => this.kept.changed([]));
  }

  /** The ids of the reviews the person wrote, replied to or reported, or that their organisation wrote. */
  async of(userId: Types.ObjectId, organisationId?: Types.ObjectId): Promise<string[]> {
    const [user, organisation] = [userId.toHexString(), organisationId?.toHexString()];
    const ids: string[] = [];
    for (const [id, r] of await this.kept.current()) if (r.smeOrganisationId === organisation || r.people.includes(user)) ids.push(id);
    return ids;
  }
}

/** One per process: it follows the database the process uses. */
export const reviewPeople = new ReviewPeople();
