import type { InquiryDetail, InquiryMessage, InquiryPage, InquiryStatus, InquirySummary, NotificationPrefs, Quote, QuoteInput } from '../../shared/schemas/inquiries';
import { request } from './client';

const post = <T>(path: string, body?: unknown) => request<T>(path, { method: 'POST', body: body ?? {} });
const id = encodeURIComponent;

export const listInquiries = (params: { page?: number; status?: InquiryStatus }, signal?: AbortSignal) =>
  request<InquiryPage>('/inquiries', { query: { page: params.page, status: params.status }, signal });
/** Curators: threads a participant reported, most recently reported first. */
export const reportedInquiries = (page: number, signal?: AbortSignal) => request<InquiryPage>('/inquiries/reported', { query: { page }, signal });
export const getInquiry = (inquiryId: string, signal?: AbortSignal) => request<InquiryDetail>(`/inquiries/${id(inquiryId)}`, { signal });
export const startInquiry = (body: { supplierId: string; needId?: string; subject: string; message: string }) => post<InquiryDetail>('/inquiries', body);
export const sendMessage = (inquiryId: string, text: string) => post<InquiryMessage>(`/inquiries/${id(inquiryId)}/messages`, { text });
export const markRead = (inquiryId: string) => post<void>(`/inquiries/${id(inquiryId)}/read`);
export const setStatus = (inquiryId: string, status: 'open' | 'closed' | 'archived') => post<InquirySummary>(`/inquiries/${id(inquiryId)}/status`, { status });
export const reportInquiry = (inquiryId: string, reason: string) => post<InquirySummary>(`/inquiries/${id(inquiryId)}/report`, { reason });
export const sendQuote = (inquiryId: string, quote: QuoteInput) => post<Quote>(`/inquiries/${id(inquiryId)}/quotes`, quote);
export const acceptQuote = (inquiryId: string, quoteId: string) => post<Quote>(`/inquiries/${id(inquiryId)}/quotes/${id(quoteId)}/accept`);
export const declineQuote = (inquiryId: string, quoteId: string, reason: string) => post<Quote>(`/inquiries/${id(inquiryId)}/quotes/${id(quoteId)}/decline`, { reason });
export const quotesForNeed = (needId: string, signal?: AbortSignal) => request<{ needId: string; items: Quote[] }>(`/needs/${id(needId)}/quotes`, { signal });
export const unreadCount = () => request<{ count: number }>('/inquiries/unread');
export const getPrefs = () => request<NotificationPrefs>('/me/notifications');
export const putPrefs = (prefs: NotificationPrefs) => request<NotificationPrefs>('/me/notifications', { method: 'PUT', body: prefs });
export const unsubscribe = (token: string) => request<void>('/notifications/unsubscribe', { method: 'POST', query: { token } });
export const getNeedTitle = (needId: string, signal?: AbortSignal) => request<{ id: string; title: string }>(`/needs/${id(needId)}`, { signal });
