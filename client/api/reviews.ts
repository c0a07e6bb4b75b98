import type { Engagement, ReportedReview, Review, ReviewCreate, ReviewPage, ReviewSummary } from '../../shared/schemas/reviews';
import type { Page } from '../../shared/schemas/common';
import { request } from './client';

const post = <T>(path: string, body?: unknown) => request<T>(path, { method: 'POST', body: body ?? {} });
const id = encodeURIComponent;

export const supplierReviews = (supplierId: string, page: number, signal?: AbortSignal) => request<ReviewPage>('/reviews', { query: { supplierId, page }, signal });
export const reviewSummaries = (ids: string[], signal?: AbortSignal) =>
  request<{ items: (ReviewSummary & { supplierId: string })[] }>('/reviews/summaries', { query: { ids: ids.join(',') }, signal });
export const myEngagements = (signal?: AbortSignal) => request<{ items: Engagement[] }>('/reviews/engagements', { signal });
export const markDelivered = (quoteId: string) => post<void>(`/reviews/engagements/${id(quoteId)}/delivered`);
export const writeReview = (body: ReviewCreate) => post<Review>('/reviews', body);
export const replyToReview = (reviewId: string, text: string) => post<Review>(`/reviews/${id(reviewId)}/reply`, { text });
export const reportReview = (reviewId: string, reason: string) => post<void>(`/reviews/${id(reviewId)}/report`, { reason });
export const reportedReviews = (page: number, signal?: AbortSignal) => request<Page<ReportedReview>>('/reviews/reported', { query: { page }, signal });
export const removeReview = (reviewId: string, reason: string) => post<void>(`/reviews/${id(reviewId)}/remove`, { reason });
export const keepReview = (reviewId: string) => post<void>(`/reviews/${id(reviewId)}/keep`);
