import type { Health } from '../../shared/schemas/health';
import type { MarketStats } from '../../shared/schemas/suppliers';
import { request } from './client';

export function getMarketStats(signal?: AbortSignal): Promise<MarketStats> {
  return request<MarketStats>('/stats', { signal });
}

export function getHealth(signal?: AbortSignal): Promise<Health> {
  return request<Health>('/health', { signal });
}
