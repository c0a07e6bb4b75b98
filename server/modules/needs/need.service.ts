// Needs: SMEs describe a problem, save it as a draft, publish it to suppliers, edit it and close it.
import { readinessFromAnswers } from '../../../shared/readiness';
import type { NeedForMatching, NeedInput, NeedStatus } from '../../../shared/schemas/needs';
import { pageOffset } from '../../platform/db/page';
import { isObjectId } from '../../platform/db/hex-id';
import type { Principal } from '../../platform/auth/principal';
import { Conflict, NotFound } from '../../platform/errors/errors';
import type { Types } from 'mongoose';
import { IdCache } from '../../platform/db/id-cache';
import { findInChunks } from '../../platform/db/find-in';
import { NeedModel, type NeedDoc, type NeedFields } from './need.model';
import { needForMatching } from './need.presenter';
import { closedNeedsOf } from './need.closed';
import { openNeed, openNeedsOf, type StoredNeed } from './need.published';
import { canManageNeed } from './need.policy';

/** The readiness level: stated by the SME, or placed by its self-assessment answers. */
function withReadiness<T extends Partial<NeedInput>>(input: T): T & { readinessAverage?: number } {
  if (!input.readinessAnswers) return input;
  const { level, average } = readinessFromAnswers(input.readinessAnswers);
  return { ...input, readiness: input.readiness ?? level, readinessAverage: average };
}

export async function createNeed(p: Principal, input: NeedInput): Promise<NeedDoc> {
  return NeedModel.create({ ...withReadiness(input), organisationId: p.organisationId, createdBy: p.id, status: 'draft' });
}

/** An organisation's need in its list's order: open ones whole (from memory), closed ones by id until read. */
type Listed = { id: string; updatedAt: number; open?: StoredNeed };

/** The organisation's needs (of one status, or all), most recently edited first, then by id, newest first. */
async function listedNeeds(organisationId: string, status?: NeedStatus): Promise<Listed[]> {
  const open = status === 'closed' ? [] : (await openNeedsOf(organisationId)).filter((n) => !status || n.status === status);
  const closed = !status || status === 'closed' ? await closedNeedsOf(organisationId) : [];
  const listed: Listed[] = [...open.map((n) => ({ id: n._id.toHexString(), updatedAt: n.updatedAt.getTime(), open: n })), ...closed];
  return listed.sort((a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}

/**
 * A page of the organisation's needs and their total. Ordered and counted from the needs kept in memory (open ones
 * whole, closed ones by id and last edit); only the closed needs on the page are read, in one round trip.
 */
export async function listNeeds(p: Principal, query: { page: number; pageSize: number; status?: NeedStatus }): Promise<{ items: StoredNeed[]; total: number }> {
  if (!p.organisationId) return { items: [], total: 0 };
  const listed = await listedNeeds(p.organisationId, query.status);
  const offset = pageOffset(query);
  const page = listed.slice(offset, offset + query.pageSize);
  const closedIds = page.flatMap((n) => (n.open ? [] : [n.id]));
  const closed = closedIds.length ? await NeedModel.find({ _id: { $in: closedIds } }).lean<StoredNeed[]>() : [];
  const read = new Map(closed.map((n) => [n._id.toHexString(), n]));
  // A need deleted since it was listed (an erased organisation's) is left out.
  const items = page.flatMap((n) => {
    const need = n.open ?? read.get(n.id);
    return need ? [need] : [];
  });
  return { items, total: listed.length };
}

/**
 * Every need of the organisation, oldest first (then by id): the open ones from memory, the closed ones in one `_id`
 * read (none when it has no closed needs).
 */
export async function organisationNeeds(organisationId: string): Promise<StoredNeed[]> {
  const [open, closed] = await Promise.all([openNeedsOf(organisationId), closedNeedsOf(organisationId)]);
  const read = await findInChunks(closed.map((n) => n.id), (ids) => NeedModel.find({ _id: { $in: ids } }).lean<StoredNeed[]>());
  return [...open, ...read].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a._id.toHexString().localeCompare(b._id.toHexString()));
}

/** Needs as read for their matches: SMEs reopen results often, and each read would be a database round trip. */
const matchedNeeds = new IdCache('needs', (id) => NeedModel.findById(id).lean<NeedFields & { _id: Types.ObjectId }>());

/** The caller's own need, for matching: its id, a version that changes with every edit, and its matching fields. */
export async function ownNeedForMatching(p: Principal, id: string): Promise<{ id: string; version: number; need: NeedForMatching }> {
  const need = isObjectId(id) ? ((await openNeed(id)) ?? (await matchedNeeds.get(id))) : null;
  if (!need || !canManageNeed(p, need)) throw NotFound('The need');
  return { id, version: need.updatedAt.getTime(), need: needForMatching(need) };
}

/** The caller's own need as stored, to read (open ones from memory); anything else is the same 404. */
export async function ownStoredNeed(p: Principal, id: string): Promise<StoredNeed> {
  const need = isObjectId(id) ? ((await openNeed(id)) ?? (await NeedModel.findById(id).lean<StoredNeed>())) : null;
  if (!need || !canManageNeed(p, need)) throw NotFound('The need');
  return need;
}

/** Drafts and published needs (all of them, or those of `ids` still open), as the matcher ranks them in the background. */
export async function openNeedsForMatching(ids?: string[]): Promise<{ id: string; version: number; need: NeedForMatching }[]> {
  const open: NeedStatus[] = ['draft', 'published'];
  const needs = await NeedModel.find(ids ? { _id: { $in: ids.filter(isObjectId) }, status: { $in: open } } : { status: { $in: open } }).lean<StoredNeed[]>();
  return needs.map((n) => ({ id: n._id.toHexString(), version: n.updatedAt.getTime(), need: needForMatching(n) }));
}

/** The caller's own need; anything else, including another organisation's, is the same 404. */
export async function ownNeed(p: Principal, id: string): Promise<NeedDoc> {
  const need = isObjectId(id) ? await NeedModel.findById(id) : null;
  if (!need || !canManageNeed(p, need)) throw NotFound('The need');
  return need;
}

export async function updateNeed(p: Principal, id: string, patch: Partial<NeedInput>): Promise<NeedDoc> {
  const need = await ownNeed(p, id);
  if (need.status === 'closed') throw Conflict('A closed need cannot be edited.');
  const changes = withReadiness(patch);
  if (patch.readinessAnswers && !patch.readiness) changes.readiness = readinessFromAnswers(patch.readinessAnswers).level;
  need.set(changes);
  return need.save();
}

const transitions: Record<'publish' | 'close', { from: NeedStatus[]; to: NeedStatus }> = {
  publish: { from: ['draft'], to: 'published' },
  close: { from: ['draft', 'published'], to: 'closed' },
};

export async function changeNeedStatus(p: Principal, id: string, action: 'publish' | 'close'): Promise<NeedDoc> {
  const need = await ownNeed(p, id);
  const { from, to } = transitions[action];
  if (!from.includes(need.status)) throw Conflict(`A ${need.status} need cannot be ${to}.`);
  need.status = to;
  if (to === 'published') need.publishedAt = new Date();
  if (to === 'closed') need.closedAt = new Date();
  return need.save();
}
