// Needs: SMEs describe a problem, save it as a draft, publish it to suppliers, edit it and close it.
import { readinessFromAnswers } from '../../../shared/readiness';
import type { NeedForMatching, NeedInput, NeedStatus } from '../../../shared/schemas/needs';
import { pageOffset } from '../../platform/db/page';
import { isObjectId } from '../../platform/db/hex-id';
import type { Principal } from '../../platform/auth/principal';
import { Conflict, NotFound } from '../../platform/errors/errors';
import type { Types } from 'mongoose';
import { IdCache } from '../../platform/db/id-cache';
import { NeedModel, type NeedDoc, type NeedFields } from './need.model';
import { needForMatching } from './need.presenter';
import { openNeed, type StoredNeed } from './need.published';
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

/**
 * A page of the organisation's needs and their total. A page with room to spare holds the last of them, so its
 * total is known without counting (one round trip fewer: an organisation rarely has a second page).
 */
export async function listNeeds(p: Principal, query: { page: number; pageSize: number; status?: NeedStatus }) {
  const filter = { organisationId: p.organisationId, ...(query.status ? { status: query.status } : {}) };
  const offset = pageOffset(query);
  const items = await NeedModel.find(filter).sort({ updatedAt: -1, _id: -1 }).skip(offset).limit(query.pageSize).lean<StoredNeed[]>();
  const lastPage = items.length < query.pageSize && (items.length > 0 || offset === 0);
  return { items, total: lastPage ? offset + items.length : await NeedModel.countDocuments(filter) };
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
