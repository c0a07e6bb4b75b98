// The inquiries module's public surface: what other modules and the entry points (app.ts, runtime.ts, cli/) may use.
// Everything else in this folder is internal; eslint.config.js forbids importing it from outside.
// Models: the dashboard counts an SME's threads and quotes; reviews are written from accepted quotes.
export { createInquiries, type InquiriesRuntime } from './inquiries.context';
export type { ThreadIndex } from './inquiry.threads';
export type { KeptQuote, QuoteIndex } from './inquiry.quotes';
export { inquiriesRoutes, needQuotesRoutes, notificationRoutes } from './inquiries.router';
export { type InquiryDoc, InquiryModel, type QuoteDoc, QuoteModel } from './inquiry.model';
export type { Viewer } from './inquiry.policy';
export { isUnread, presentDetail } from './inquiry.presenter';
export { type InquiriesKept, inquiriesPart, notificationPreferencesPart } from './inquiry.privacy';
export { repairThreads } from './inquiry.repair';
export { responsivenessLookup, responsivenessOf } from './inquiry.responsiveness';
export { createInquiry, type InquiriesContext, threadOf } from './inquiry.service';
export { notificationPrefsOf } from './notification-prefs';
