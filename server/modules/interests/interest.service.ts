// Interests: a supplier answers a published need with a short note; the SME that owns the need sees who and why,
// then opens an inquiry (through the inquiry service, tied to the need) or dismisses it. Until the SME writes,
// nothing about the SME reaches the supplier.
import type { InterestCreate } from '../../../shared/schemas/interests';
import { isObjectId } from '../../platform/db/hex-id';
import type { Principal } from '../../platform/auth/principal';
import { isDuplicateKeyError } from '../../platform/errors/duplicate-key';
import { AppError, Conflict, Forbidden, NotFound } from '../../platform/errors/errors';
import { createInquiry, type InquiriesContext, type InquiryDoc } from '../inquiries';
import { NeedModel, openNeed, ownNeed, ownStoredNeed, type StoredNeed } from '../needs';
import { type InterestIndex, type KeptInterest } from './interest.kept';
import { InterestModel, type InterestDoc } from './interest.model';
import type { InterestNotifier } from './interest.notify';
import { isNeedOwnerOf } from './interest.policy';

/** `kept`: the interests in memory, by need and by supplier (interest.kept.ts). */
export type InterestsContext = { notifier: InterestNotifier; inquiries: InquiriesContext; kept: InterestIndex };

const DAY = 86_400_000;
/** A supplier's list and a need's list stay short; these bound a page without paging. */
const LIST_MAX = 200;

export async function expressInterest(ctx: InterestsContext, p: Principal, input: InterestCreate): Promise<{ interest: InterestDoc; need: StoredNeed }> {
  const { supplierId } = p;
  if (!supplierId) throw Forbidden('Create or claim your organisation’s supplier profile first.');
  // As many a day as an SME may start inquiries: each one emails an SME, so a supplier cannot spam every need.
  const since = new Date(Date.now() - DAY);
  if ((await InterestModel.countDocuments({ supplierOrganisationId: p.organisationId, createdAt: { $gte: since } })) >= ctx.inquiries.perDay) {
    throw new AppError(429, 'rate-limited', `Your organisation can express interest in ${ctx.inquiries.perDay} needs a day. Try again tomorrow.`, undefined, { 'Retry-After': '3600' });
  }
  const need = await NeedModel.findById(input.needId);
  // Drafts and closed needs are not opportunities: the same 404 as a need that does not exist.
  if (!need || need.status !== 'published') throw NotFound('The need');
  let interest: InterestDoc;
  try {
    interest = await InterestModel.create({
      needId: need._id,
      smeOrganisationId: need.organisationId,
      supplierId,
      supplierOrganisationId: p.organisationId,
      createdBy: p.id,
      note: input.note,
    });
  } catch (error) {
    if (isDuplicateKeyError(error)) throw Conflict('Your organisation has already expressed interest in this need.');
    throw error;
  }
  // Told in the app at once: the SME side's open pages re-read what they show, as on any inquiry change.
  ctx.inquiries.hub.publish([`sme:${need.organisationId.toHexString()}`], { type: 'unread' });
  await ctx.notifier.notify(need);
  return { interest, need };
}

/** The caller's supplier organisation's interests, newest first, each with the need it answered. */
export async function myInterests(ctx: InterestsContext, p: Principal): Promise<Array<{ interest: KeptInterest; need: StoredNeed }>> {
  const { supplierId } = p;
  if (!supplierId) return [];
  const interests = await ctx.kept.ofSupplier(supplierId, LIST_MAX);
  const byId = await needsOf([...new Set(interests.map((i) => i.needId))]);
  return interests.flatMap((interest) => {
    const need = byId.get(interest.needId);
    return need ? [{ interest, need }] : [];
  });
}

/** The needs by id: open ones from memory, the closed ones (if any) in one read. */
async function needsOf(ids: string[]): Promise<Map<string, StoredNeed>> {
  const byId = new Map<string, StoredNeed>();
  for (const id of ids) {
    const need = await openNeed(id);
    if (need) byId.set(id, need);
  }
  const closed = ids.filter((id) => !byId.has(id));
  if (closed.length) for (const need of await NeedModel.find({ _id: { $in: closed } }).lean<StoredNeed[]>()) byId.set(need._id.toHexString(), need);
  return byId;
}

/** Interests in one of the caller's needs (404 for anyone else's). */
export async function interestsInNeed(ctx: InterestsContext, p: Principal, needId: string): Promise<{ need: StoredNeed; interests: KeptInterest[] }> {
  const need = await ownStoredNeed(p, needId);
  return { need, interests: await ctx.kept.ofNeed(need.organisationId.toHexString(), needId, LIST_MAX) };
}

async function ownedInterest(p: Principal, id: string): Promise<InterestDoc> {
  const interest = isObjectId(id) ? await InterestModel.findById(id) : null;
  if (!interest || !isNeedOwnerOf(p, interest)) throw NotFound('The interest');
  return interest;
}

export async function dismissInterest(p: Principal, id: string): Promise<InterestDoc> {
  const interest = await ownedInterest(p, id);
  if (interest.status !== 'pending') throw Conflict(`The interest was already ${interest.status}.`);
  interest.set({ status: 'dismissed', decidedAt: new Date(), decidedBy: p.id });
  return interest.save();
}

/**
 * The SME answers with an inquiry about the need (a dismissed interest too: people change their minds). Two requests
 * at the same instant could open two threads (FerretDB has no atomic check-and-set): the client sends once, and a
 * retry with its Idempotency-Key gets the first answer.
 */
export async function answerWithInquiry(ctx: InterestsContext, p: Principal, id: string, body: { subject: string; message: string }): Promise<{ interest: InterestDoc; inquiry: InquiryDoc }> {
  const interest = await ownedInterest(p, id);
  if (interest.status === 'answered') throw Conflict('An inquiry was already opened for this interest.');
  await ownNeed(p, interest.needId.toHexString());
  const inquiry = await createInquiry(ctx.inquiries, p, { supplierId: interest.supplierId.toHexString(), needId: interest.needId.toHexString(), ...body });
  interest.set({ status: 'answered', inquiryId: inquiry._id, decidedAt: new Date(), decidedBy: p.id });
  return { interest: await interest.save(), inquiry };
}
