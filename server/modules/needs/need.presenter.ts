import type { Need, PublicNeed } from '../../../shared/schemas/needs';
import type { NeedDoc } from './need.model';

const iso = (d: Date | null | undefined) => d?.toISOString();

export function presentNeed(n: NeedDoc): Need {
  return {
    id: n._id.toHexString(),
    status: n.status,
    title: n.title,
    description: n.description,
    sector: n.sector as Need['sector'],
    applicationAreas: n.applicationAreas as Need['applicationAreas'],
    budgetBand: n.budgetBand as Need['budgetBand'],
    readiness: (n.readiness ?? undefined) as Need['readiness'],
    readinessAnswers: n.readinessAnswers ?? undefined,
    readinessAverage: n.readinessAverage ?? undefined,
    difficulties: n.difficulties as Need['difficulties'],
    benefits: n.benefits as Need['benefits'],
    markets: n.markets as Need['markets'],
    languages: n.languages as Need['languages'],
    timeline: (n.timeline ?? undefined) as Need['timeline'],
    dataConstraints: n.dataConstraints as Need['dataConstraints'],
    createdAt: n.createdAt.toISOString(),
    updatedAt: n.updatedAt.toISOString(),
    publishedAt: iso(n.publishedAt),
    closedAt: iso(n.closedAt),
  };
}

/** The allow-list suppliers see: nothing about who wrote the need. */
export function presentPublicNeed(n: NeedDoc): PublicNeed {
  const { id, title, description, sector, applicationAreas, budgetBand, readiness, markets, languages, timeline, dataConstraints, publishedAt } = presentNeed(n);
  return { id, title, description, sector, applicationAreas, budgetBand, readiness, markets, languages, timeline, dataConstraints, publishedAt };
}
