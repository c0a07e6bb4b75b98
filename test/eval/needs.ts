// The judged needs: the first set's 24 (re-judged) plus new English, Traditional Chinese and mixed
// Cantonese-English needs. Grades were written with each need, before any ranker ran on this set.
import { CHINESE } from './needs/chinese';
import { ENGLISH } from './needs/english';
import { FRESH_NEEDS } from './needs/fresh';
import { FIRST_SET } from './needs/first-set';
import type { JudgedNeed } from './needs/judged';
import { MIXED } from './needs/mixed';

export type { JudgedNeed, LanguageGroup } from './needs/judged';

/** The set the matcher was tuned on. */
export const JUDGED_NEEDS: JudgedNeed[] = [...FIRST_SET, ...ENGLISH, ...CHINESE, ...MIXED];
/** Written afterwards to measure how the matcher generalises (needs/fresh.ts); never tuned on needs by name. */
export { FRESH_NEEDS };
export const NEED_SETS = { tuned: JUDGED_NEEDS, fresh: FRESH_NEEDS, all: [...JUDGED_NEEDS, ...FRESH_NEEDS] } as const;
export type NeedSetName = keyof typeof NEED_SETS;
