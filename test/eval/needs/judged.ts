// A judged need: the need as an SME would post it, its language group, and the grades of the suppliers judged
// relevant (3 ideal, 2 good, 1 partial; every supplier not listed is 0), each with a one-line rationale written
// from the SME's point of view (fit of offering first, then sector, budget, readiness, language) before any
// ranker ran on the set.
import type { NeedForMatching } from '../../../shared/schemas/needs';

export type LanguageGroup = 'en' | 'zh' | 'mixed';
export type Grade = readonly [1 | 2 | 3, string];

export type JudgedNeed = {
  id: string;
  group: LanguageGroup;
  need: NeedForMatching;
  judgements: Record<string, Grade>;
  /** The numeric grades the metrics read. */
  grades: Record<string, number>;
};

type NeedFields = Omit<NeedForMatching, 'difficulties' | 'benefits' | 'markets' | 'languages'> & Partial<NeedForMatching>;

export function judged(id: string, group: LanguageGroup, fields: NeedFields, judgements: Record<string, Grade>): JudgedNeed {
  const need: NeedForMatching = { difficulties: [], benefits: [], markets: ['hong-kong'], languages: [], ...fields };
  const grades = Object.fromEntries(Object.entries(judgements).map(([key, [grade]]) => [key, grade]));
  return { id, group, need, judgements, grades };
}
