// The judged needs: the first set's 24 (re-judged) plus new English, Traditional Chinese and mixed
// Cantonese-English needs. Grades were written with each need, before any ranker ran on this set.
import { CHINESE } from './needs/chinese';
import { ENGLISH } from './needs/english';
import { FIRST_SET } from './needs/first-set';
import type { JudgedNeed } from './needs/judged';
import { MIXED } from './needs/mixed';

export type { JudgedNeed, LanguageGroup } from './needs/judged';

export const JUDGED_NEEDS: JudgedNeed[] = [...FIRST_SET, ...ENGLISH, ...CHINESE, ...MIXED];
