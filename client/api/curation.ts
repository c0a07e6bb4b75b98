// Supplier profiles (editing), case studies (lifecycle), the curators' desk, showcases, compare and shortlists.
import type { DiligenceField } from '../../shared/schemas/diligence';
import type { CaseCreate, CasePatch, ManagedCase } from '../../shared/schemas/casestudies';
import type { Page } from '../../shared/schemas/common';
import type { ProfileReview } from '../../shared/schemas/curation';
import type { ImportReport } from '../../shared/schemas/interchange';
import type { CompareRow, ProfileCreate, ProfilePatch, SupplierEditor } from '../../shared/schemas/profiles';
import type { Shortlist } from '../../shared/schemas/shortlists';
import type { Showcase, ShowcaseCreate, ShowcasePatch } from '../../shared/schemas/showcases';
import type { VerificationCheck } from '../../shared/schemas/suppliers';
import { request } from './client';

const enc = encodeURIComponent;
const post = <T>(path: string, body: unknown = {}) => request<T>(path, { method: 'POST', body });

// Supplier profiles
export const createProfile = (body: ProfileCreate) => post<SupplierEditor>('/suppliers', body);
export const getEditor = (id: string, signal?: AbortSignal) => request<SupplierEditor>(`/suppliers/${enc(id)}/editor`, { signal });
export const updateProfile = (id: string, body: ProfilePatch) => request<SupplierEditor>(`/suppliers/${enc(id)}`, { method: 'PATCH', body });
export function uploadLogo(id: string, file: File): Promise<SupplierEditor> {
  const form = new FormData();
  form.append('logo', file);
  return request<SupplierEditor>(`/suppliers/${enc(id)}/logo`, { method: 'PUT', form });
}
export const compareSuppliers = (ids: string[], signal?: AbortSignal) => request<{ items: CompareRow[] }>('/suppliers/compare', { query: { ids }, signal });

// Case studies
export const listMyCases = (supplierId: string, signal?: AbortSignal) => request<Page<ManagedCase>>(`/suppliers/${enc(supplierId)}/cases`, { query: { pageSize: 100 }, signal });
export const createCase = (body: CaseCreate) => post<ManagedCase>('/cases', body);
export const updateCase = (id: string, body: CasePatch) => request<ManagedCase>(`/cases/${enc(id)}`, { method: 'PATCH', body });
export const deleteCase = (id: string) => request<void>(`/cases/${enc(id)}`, { method: 'DELETE' });
export const submitCase = (id: string) => post<ManagedCase>(`/cases/${enc(id)}/submit`);
export const unpublishCase = (id: string) => post<ManagedCase>(`/cases/${enc(id)}/unpublish`);

// Curators
export const submittedCases = (signal?: AbortSignal) => request<Page<ManagedCase>>('/curation/cases', { query: { pageSize: 100 }, signal });
export const approveCase = (id: string) => post<ManagedCase>(`/curation/cases/${enc(id)}/approve`);
export const returnCase = (id: string, comment: string) => post<ManagedCase>(`/curation/cases/${enc(id)}/return`, { comment });
export const pendingProfiles = (signal?: AbortSignal) => request<Page<ProfileReview>>('/curation/profiles', { query: { pageSize: 100 }, signal });
export const approveProfile = (id: string) => post<SupplierEditor>(`/curation/profiles/${enc(id)}/approve`);
export const returnProfile = (id: string, comment: string) => post<SupplierEditor>(`/curation/profiles/${enc(id)}/return`, { comment });
export const verifySupplier = (id: string, checks: { check: VerificationCheck; note?: string }[]) => post<SupplierEditor>(`/curation/suppliers/${enc(id)}/verification`, { checks });
export const revokeVerification = (id: string, reason: string) => post<SupplierEditor>(`/curation/suppliers/${enc(id)}/verification/revoke`, { reason });
export function importFile(file: File): Promise<ImportReport> {
  const form = new FormData();
  form.append('file', file);
  return request<ImportReport>('/curation/imports', { method: 'POST', form });
}
export const allShowcases = (signal?: AbortSignal) => request<Page<Showcase>>('/curation/showcases', { query: { pageSize: 100 }, signal });

// Showcases
export const publishedShowcases = (signal?: AbortSignal, page = { page: 1, pageSize: 6 }) => request<Page<Showcase>>('/showcases', { query: page, signal });
export const getShowcase = (idOrSlug: string, signal?: AbortSignal) => request<Showcase>(`/showcases/${enc(idOrSlug)}`, { signal });
export const createShowcase = (body: ShowcaseCreate) => post<Showcase>('/showcases', body);
export const updateShowcase = (id: string, body: ShowcasePatch) => request<Showcase>(`/showcases/${enc(id)}`, { method: 'PATCH', body });
export const setShowcasePublished = (id: string, publish: boolean) => post<Showcase>(`/showcases/${enc(id)}/${publish ? 'publish' : 'unpublish'}`);

// Shortlists
export const listShortlists = (signal?: AbortSignal) => request<{ items: Shortlist[] }>('/shortlists', { signal });
export const createShortlist = (name: string) => post<Shortlist>('/shortlists', { name });
export const addToShortlist = (id: string, supplierId: string) => request<Shortlist>(`/shortlists/${enc(id)}/suppliers/${enc(supplierId)}`, { method: 'PUT' });
export const removeFromShortlist = (id: string, supplierId: string) => request<Shortlist>(`/shortlists/${enc(id)}/suppliers/${enc(supplierId)}`, { method: 'DELETE' });
export const checkDiligence = (id: string, fields: DiligenceField[], checked: boolean) => post<SupplierEditor>(`/curation/suppliers/${enc(id)}/diligence`, { fields, checked });
