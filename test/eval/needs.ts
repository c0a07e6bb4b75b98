// The judged needs: the first set's 24 (re-judged) plus new English, Traditional Chinese and mixed
// Cantonese-English needs, which the matcher was tuned on; and a fresh set written afterwards. Grades were written
// with each need, before any ranker ran on its set.
import { BLIND_NEEDS } from './needs/blind';
import { CHINESE } from './needs/chinese';
import { ENGLISH } from './needs/english';
import { FIRST_SET } from './needs/first-set';
import { FRESH_NEEDS } from './needs/fresh';
import type { JudgedNeed } from './needs/judged';
import { MIXED } from './needs/mixed';
import { SECOND_BLIND_NEEDS } from './needs/second-blind';
import { THIRD_BLIND_NEEDS } from './needs/third-blind';
import { FOURTH_BLIND_NEEDS } from './needs/fourth-blind';
import { FIFTH_BLIND_NEEDS } from './needs/fifth-blind';
import { SIXTH_BLIND_NEEDS } from './needs/sixth-blind';
import { SEVENTH_BLIND_NEEDS } from './needs/seventh-blind';
import { EIGHTH_BLIND_NEEDS } from './needs/eighth-blind';
import { NINTH_BLIND_NEEDS } from './needs/ninth-blind';
import { TENTH_BLIND_NEEDS } from './needs/tenth-blind';
import { ELEVENTH_BLIND_NEEDS } from './needs/eleventh-blind';
import { TWELFTH_BLIND_NEEDS } from './needs/twelfth-blind';
import { THIRTEENTH_BLIND_NEEDS } from './needs/thirteenth-blind';

export type { JudgedNeed, LanguageGroup } from './needs/judged';

/** The set the matcher was tuned on. */
export const JUDGED_NEEDS: JudgedNeed[] = [...FIRST_SET, ...ENGLISH, ...CHINESE, ...MIXED];
/** Written afterwards to measure how the matcher generalises (needs/fresh.ts); never tuned on needs by name. */
export { FRESH_NEEDS };
/** Written blind (needs/blind.ts) to cover kinds of need the other two sets do not; never tuned on by name. */
export { BLIND_NEEDS };
/** A second blind set (needs/second-blind.ts): colloquial mixed needs and constraints that rule out the obvious supplier. */
export { SECOND_BLIND_NEEDS };
/** A third blind set (needs/third-blind.ts): needs that never name the technology, Simplified Chinese, decoys named in passing. */
export { THIRD_BLIND_NEEDS };
/** A fourth blind set (needs/fourth-blind.ts): problems in everyday words across sectors, decoys the SME already has. */
export { FOURTH_BLIND_NEEDS };
/** A fifth blind set (needs/fifth-blind.ts): suppliers the other sets grade least, HK English, needs that want no AI. */
export { FIFTH_BLIND_NEEDS };
/** A sixth blind set (needs/sixth-blind.ts): the market's least-graded suppliers as best answers, larger buyers, place-name echoes. */
export { SIXTH_BLIND_NEEDS };
/** A seventh blind set (needs/seventh-blind.ts): one-liners, needs asking for two or three things, keywords that point to a decoy. */
export { SEVENTH_BLIND_NEEDS };
/** An eighth blind set (needs/eighth-blind.ts): Hong Kong jargon and brands, work outside the SME's own sector, language of service. */
export { EIGHTH_BLIND_NEEDS };
/** A ninth blind set (needs/ninth-blind.ts): phone and voice posts, questions, symptoms with the wrong solution guessed. */
export { NINTH_BLIND_NEEDS, TENTH_BLIND_NEEDS, ELEVENTH_BLIND_NEEDS, TWELFTH_BLIND_NEEDS, THIRTEENTH_BLIND_NEEDS };
export type NeedSetName = 'tuned' | 'fresh' | 'blind' | 'blind2' | 'blind3' | 'blind4' | 'blind5' | 'blind6' | 'blind7' | 'blind8' | 'blind9' | 'blind10' | 'blind11' | 'blind12' | 'blind13' | 'all';
export const NEED_SETS: Record<NeedSetName, JudgedNeed[]> = {
  tuned: JUDGED_NEEDS,
  fresh: FRESH_NEEDS,
  blind: BLIND_NEEDS,
  blind2: SECOND_BLIND_NEEDS,
  blind3: THIRD_BLIND_NEEDS,
  blind4: FOURTH_BLIND_NEEDS,
  blind5: FIFTH_BLIND_NEEDS,
  blind6: SIXTH_BLIND_NEEDS,
  blind7: SEVENTH_BLIND_NEEDS,
  blind8: EIGHTH_BLIND_NEEDS,
  blind9: NINTH_BLIND_NEEDS,
  blind10: TENTH_BLIND_NEEDS,
  blind11: ELEVENTH_BLIND_NEEDS,
  blind12: TWELFTH_BLIND_NEEDS,
  blind13: THIRTEENTH_BLIND_NEEDS,
  all: [...JUDGED_NEEDS, ...FRESH_NEEDS, ...BLIND_NEEDS, ...SECOND_BLIND_NEEDS, ...THIRD_BLIND_NEEDS, ...FOURTH_BLIND_NEEDS, ...FIFTH_BLIND_NEEDS, ...SIXTH_BLIND_NEEDS, ...SEVENTH_BLIND_NEEDS, ...EIGHTH_BLIND_NEEDS, ...NINTH_BLIND_NEEDS, ...TENTH_BLIND_NEEDS, ...ELEVENTH_BLIND_NEEDS, ...TWELFTH_BLIND_NEEDS, ...THIRTEENTH_BLIND_NEEDS],
};
