// Small helpers shared by the review components.
import { isApiError } from '../api/client';
import type { Locale } from './locale';

export const shortDate = (iso: string, locale: Locale) => new Date(iso).toLocaleDateString(locale === 'zh-Hant' ? 'zh-HK' : 'en-GB');

/** What went wrong, in the server's words when it said (the problem's detail). */
export const problemText = (e: unknown) => (isApiError(e) ? (e.problem.detail ?? e.problem.title) : String(e));
