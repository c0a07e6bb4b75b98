// Claims of listed profiles (supplier members), the curators' claim queue, invitation opt-outs, withdrawing.
import type { Claim, ClaimPage } from '../../shared/schemas/claims';
import type { InquirySummary } from '../../shared/schemas/inquiries';
import type { SupplierSearchResult } from '../../shared/schemas/search';
import { request } from './client';

const enc = encodeURIComponent;
const post = <T>(path: string, body: unknown = {}) => request<T>(path, { method: 'POST', body });

export const requestClaim = (supplierId: string, evidence: string) => post<Claim>('/claims', { supplierId, evidence });
export const myClaims = (signal?: AbortSignal) => request<ClaimPage>('/claims', { signal });
export const pendingClaims = (signal?: AbortSignal) => request<ClaimPage>('/curation/claims', { query: { pageSize: 100 }, signal });
export const approveClaim = (id: string) => post<Claim>(`/curation/claims/${enc(id)}/approve`);
export const rejectClaim = (id: string, reason: string) => post<Claim>(`/curation/claims/${enc(id)}/reject`, { reason });
export const unsubscribeInvitations = (token: string) => request<void>('/claims/invitations/unsubscribe', { method: 'POST', query: { token } });
export const withdrawInquiry = (inquiryId: string) => post<InquirySummary>(`/inquiries/${enc(inquiryId)}/withdraw`);
/** Listed companies by name, for a supplier registering (a few hits are enough to recognise one's own). */
export const findListed = (q: string, signal?: AbortSignal) => request<SupplierSearchResult>('/search/suppliers', { query: { q, pageSize: 5 }, signal });
