// What leaves the server about interests. The supplier's view carries the need through the public allow-list
// only; the SME's view carries the supplier and the matcher's explanation.
import type { MyInterest, NeedInterest } from '../../../shared/schemas/interests';
import type { Match } from '../../../shared/schemas/needs';
import { presentPublicNeed, type StoredNeed } from '../needs';
import type { KeptInterest } from './interest.kept';

function presentBase(i: KeptInterest) {
  return {
    id: i.id,
    note: i.note,
    status: i.status,
    inquiryId: i.inquiryId,
    createdAt: new Date(i.createdAt).toISOString(),
  };
}

export function presentMyInterest(i: KeptInterest, need: StoredNeed): MyInterest {
  return { ...presentBase(i), need: presentPublicNeed(need), needOpen: need.status === 'published' };
}

function presentNeedInterest(i: KeptInterest, match: Match): NeedInterest {
  const { supplier, ...explanation } = match;
  return { ...presentBase(i), needId: i.needId, supplier, match: explanation };
}

/** Interests with their explanations (by supplier id); a profile removed since has nothing left to show. */
export function presentNeedInterests(interests: KeptInterest[], explained: Map<string, Match>): NeedInterest[] {
  return interests.flatMap((i) => {
    const match = explained.get(i.supplierId);
    return match ? [presentNeedInterest(i, match)] : [];
  });
}
