// Every showcase as presented, held in memory: the public list, the curators' list and a showcase's page are
// answered without the database. Presenting a page of showcases reads up to 24 case studies and their suppliers per
// showcase, whole documents FerretDB decodes one by one (about 120 ms of its CPU for a page of 20 showcases); a
// curated set of showcases and their items is small to hold. It is read again, whole, after any write to showcases,
// case studies or suppliers (a case study unpublished drops out of the next answer; CollectionSnapshot), and at
// least every FRESH_MS for writes by other processes.
import { randomBytes } from 'node:crypto';
import type { Showcase } from '../../../shared/schemas/showcases';
import { CollectionSnapshot } from '../../platform/db/collection-snapshot';
import { isObjectId } from '../../platform/db/hex-id';
import { pageOffset } from '../../platform/db/page';
import type { Principal } from '../../platform/auth/principal';
import { NotFound } from '../../platform/errors/errors';
import { isStaff } from '../suppliers';
import { ShowcaseModel } from './showcase.model';
import { presentShowcases, SHOWCASE_ORDER } from './showcase.service';
import { keptJson } from '../../platform/http/kept-json';

/** How long showcases read before a write by another process (the CLI, an instance cut off from Redis) are used, at most. */
const FRESH_MS = 30_000;

/** Every showcase, drafts included, newest first, made of these collections' documents. */
const showcases = new CollectionSnapshot(['showcases', 'casestudies', 'suppliers'], () => ShowcaseModel.find().sort(SHOWCASE_ORDER).lean().then(presentShowcases), FRESH_MS);
const allShowcases = () => showcases.all();

/** Which read of the showcases a list came from, for ETags. */
const serials = new WeakMap<readonly Showcase[], number>();
let reads = 0;
const serialOf = (all: readonly Showcase[]) => serials.get(all) ?? serials.set(all, ++reads).get(all)!;

type PageQuery = { page: number; pageSize: number; status?: Showcase['status'] };

/** Each held showcase's JSON, serialised once: a page of them is most of a list's cost otherwise. */
const serialised = new WeakMap<Showcase, Buffer>();
const showcaseJson = (s: Showcase) => serialised.get(s) ?? serialised.set(s, keptJson(s)).get(s)!;

/**
 * A page of showcases, optionally of one status, in the order the database sorts them (SHOWCASE_ORDER), as the
 * JSON body of a `showcasePageSchema` answer, with an ETag: the same page of the same read of the showcases is
 * the same body, so a hash of it is not needed.
 */
export async function showcasePageJson(query: PageQuery): Promise<{ json: Buffer; etag: string }> {
  const all = await allShowcases();
  const matching = query.status ? all.filter((s) => s.status === query.status) : all;
  const offset = pageOffset(query);
  const items = matching.slice(offset, offset + query.pageSize).map(showcaseJson);
  const json = Buffer.concat([
    Buffer.from('{"items":['),
    ...items.flatMap((item, i) => (i ? [COMMA, item] : [item])),
    Buffer.from(`],"page":${query.page},"pageSize":${query.pageSize},"total":${matching.length}}`),
  ]);
  return { json, etag: `W/"showcases-${PROCESS}-${serialOf(all)}-${query.status ?? 'all'}-${query.page}-${query.pageSize}"` };
}
const COMMA = Buffer.from(',');
/** Tells this process's reads from another's (or an earlier run's) in ETags. */
const PROCESS = randomBytes(6).toString('hex');

/** A showcase by id or slug as presented; drafts are the curators' business: to anyone else they do not exist. */
export async function presentedShowcase(idOrSlug: string, p?: Principal): Promise<Showcase> {
  const byId = isObjectId(idOrSlug);
  const showcase = (await allShowcases()).find((s) => (byId ? s.id === idOrSlug : s.slug === idOrSlug));
  if (!showcase || (showcase.status !== 'published' && !(p && isStaff(p)))) throw NotFound('The showcase');
  return showcase;
}
