// Needs, their explained matches and funding hints (SMEs), and opportunities (suppliers).
import type { FundingScheme } from '../../shared/schemas/funding';
import type { Match, Need, NeedInput, NeedStatus, Opportunity } from '../../shared/schemas/needs';
import type { Label } from '../../shared/taxonomy';
import type { Locale } from '../lib/locale';
import { request } from './client';

export type NeedPage = { items: Need[]; page: number; pageSize: number; total: number };
export type FundingHints = { notice: Label; items: FundingScheme[] };
export type Opportunities = { profileLinked: boolean; items: Opportunity[] };

const path = (id: string) => `/needs/${encodeURIComponent(id)}`;

export const createNeed = (body: NeedInput) => request<Need>('/needs', { method: 'POST', body });
export const updateNeed = (id: string, body: Partial<NeedInput>) => request<Need>(path(id), { method: 'PATCH', body });
export const getNeed = (id: string, signal?: AbortSignal) => request<Need>(path(id), { signal });
export const listNeeds = (query: { page?: number; status?: NeedStatus } = {}, signal?: AbortSignal) =>
  request<NeedPage>('/needs', { query: { pageSize: 50, ...query }, signal });
export const publishNeed = (id: string) => request<Need>(`${path(id)}/publish`, { method: 'POST' });
export const closeNeed = (id: string) => request<Need>(`${path(id)}/close`, { method: 'POST' });

export const getMatches = (id: string, lang: Locale, signal?: AbortSignal) =>
  request<{ items: Match[] }>(`${path(id)}/matches`, { query: { limit: 10, lang }, signal });
export const getFunding = (id: string, signal?: AbortSignal) => request<FundingHints>(`${path(id)}/funding`, { signal });

export const getOpportunities = (lang: Locale, signal?: AbortSignal) =>
  request<Opportunities>('/opportunities', { query: { limit: 20, lang }, signal });
