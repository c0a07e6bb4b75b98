// Interests in published needs (suppliers express them; the need's SME answers or dismisses them) and the SME's
// dashboard.
import type { SmeDashboard } from '../../shared/schemas/dashboard';
import type { InquiryDetail } from '../../shared/schemas/inquiries';
import type { InterestStatus, MyInterest, NeedInterest } from '../../shared/schemas/interests';
import type { Locale } from '../lib/locale';
import { request } from './client';

const enc = encodeURIComponent;

export const expressInterest = (needId: string, note: string) => request<MyInterest>('/interests', { method: 'POST', body: { needId, note } });
export const myInterests = (signal?: AbortSignal) => request<{ items: MyInterest[] }>('/interests', { signal });
export const needInterests = (needId: string, lang: Locale, signal?: AbortSignal) =>
  request<{ items: NeedInterest[] }>(`/needs/${enc(needId)}/interests`, { query: { lang }, signal });
export const dismissInterest = (id: string) => request<{ id: string; status: InterestStatus }>(`/interests/${enc(id)}/dismiss`, { method: 'POST' });
export const answerInterest = (id: string, body: { subject: string; message: string }) =>
  request<InquiryDetail>(`/interests/${enc(id)}/inquiry`, { method: 'POST', body });
export const smeDashboard = (lang: Locale, signal?: AbortSignal) => request<SmeDashboard>('/dashboard', { query: { lang }, signal });
