// What leaves the server about interests. The supplier's view carries the need through the public allow-list
// only; the SME's view carries the supplier and the matcher's explanation.
import type { MyInterest, NeedInterest } from '../../../shared/schemas/interests';
import type { Match } from '../../../shared/schemas/needs';
import { type NeedDoc, presentPublicNeed } from '../needs';
import type { InterestDoc } from './interest.model';

function presentBase(i: InterestDoc) {
  return {
    id: i._id.toHexString(),
    note: i.note,
    status: i.status,
    inquiryId: i.inquiryId?.toHexString(),
    createdAt: i.createdAt.toISOString(),
  };
}

export function presentMyInterest(i: InterestDoc, need: NeedDoc): MyInterest {
  return { ...presentBase(i), need: presentPublicNeed(need), needOpen: need.status === 'published' };
}

function presentNeedInterest(i: InterestDoc, match: Match): NeedInterest {
  const { supplier, ...explanation } = match;
  return { ...presentBase(i), needId: i.needId.toHexString(), supplier, match: explanation };
}

/** Interests with their explanations (by supplier id); a profile removed since has nothing left to show. */
export function presentNeedInterests(interests: InterestDoc[], explained: Map<string, Match>): NeedInterest[] {
  return interests.flatMap((i) => {
    const match = explained.get(i.supplierId.toHexString());
    return match ? [presentNeedInterest(i, match)] : [];
  });
}
