import type { Need, NeedForMatching, PublicNeed } from '../../../shared/schemas/needs';
import type { NeedFields } from './need.model';
import type { StoredNeed } from './need.published';
import { keptJson } from '../../platform/http/kept-json';

/** The stored fields the SME wrote (Need's, where lists are always present), less the readiness answers. */
type Described = NeedForMatching & Omit<Need, 'id' | 'status' | 'readinessAnswers' | 'readinessAverage' | 'createdAt' | 'updatedAt' | 'publishedAt' | 'closedAt'>;

/** What the matching engine reads of a need; the SME's own view starts from it. */
export function needForMatching(n: NeedFields): Described {
  return {
    title: n.title,
    description: n.description,
    sector: n.sector,
    applicationAreas: n.applicationAreas,
    budgetBand: n.budgetBand,
    readiness: n.readiness ?? undefined,
    difficulties: n.difficulties,
    benefits: n.benefits,
    markets: n.markets,
    languages: n.languages,
    timeline: n.timeline ?? undefined,
    dataConstraints: n.dataConstraints,
  };
}

const iso = (d: Date | null | undefined) => d?.toISOString();

export function presentNeed(n: StoredNeed): Need {
  return {
    id: n._id.toHexString(),
    status: n.status,
    ...needForMatching(n),
    readinessAnswers: n.readinessAnswers ?? undefined,
    readinessAverage: n.readinessAverage ?? undefined,
    createdAt: n.createdAt.toISOString(),
    updatedAt: n.updatedAt.toISOString(),
    publishedAt: iso(n.publishedAt),
    closedAt: iso(n.closedAt),
  };
}

/** The allow-list suppliers see: nothing about who wrote the need. */
export function presentPublicNeed(n: StoredNeed): PublicNeed {
  const { id, title, description, sector, applicationAreas, budgetBand, readiness, markets, languages, timeline, dataConstraints, publishedAt } = presentNeed(n);
  return { id, title, description, sector, applicationAreas, budgetBand, readiness, markets, languages, timeline, dataConstraints, publishedAt };
}

/**
 * A kept need's public JSON, encoded once per stored version (an edit replaces the kept need, never changes it): a
 * supplier's opportunities show the same newest needs to every supplier, twenty per request.
 */
const publicJson = new WeakMap<StoredNeed, Buffer>();
export function publicNeedJson(n: StoredNeed): Buffer {
  let json = publicJson.get(n);
  if (!json) publicJson.set(n, (json = keptJson(presentPublicNeed(n))));
  return json;
}
