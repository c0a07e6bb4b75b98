import type { CuratorInsights, CuratorTableKey, InsightsQuery, ProjectCosts, PublicMarket } from '../../shared/schemas/insights';
import { request, requestText } from './client';

export function getInsights(query: InsightsQuery, signal?: AbortSignal): Promise<CuratorInsights> {
  return request<CuratorInsights>('/insights', { query, signal });
}

export function getInsightsCsv(table: CuratorTableKey, query: InsightsQuery): Promise<string> {
  return requestText(`/insights/${table}/csv`, { query });
}

export function getPublicMarket(signal?: AbortSignal): Promise<PublicMarket> {
  return request<PublicMarket>('/market/overview', { signal });
}

export function getProjectCosts(signal?: AbortSignal): Promise<ProjectCosts> {
  return request<ProjectCosts>('/market/costs', { signal });
}

let costs: Promise<ProjectCosts> | undefined;

/** The cost table, read once per page load (it changes only when case studies are published); a failure is retried next time. */
export function projectCostsOnce(): Promise<ProjectCosts> {
  costs ??= getProjectCosts().catch((error: unknown) => {
    costs = undefined;
    throw error;
  });
  return costs;
}
