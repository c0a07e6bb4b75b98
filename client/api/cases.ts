import type { CaseStudyDetail } from '../../shared/schemas/suppliers';
import { request } from './client';

export function getCaseStudy(idOrSlug: string, signal?: AbortSignal): Promise<CaseStudyDetail> {
  return request<CaseStudyDetail>(`/cases/${encodeURIComponent(idOrSlug)}`, { signal });
}
