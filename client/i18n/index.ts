// vue-i18n in composition mode. The starting language is the remembered choice, else the browser's.
// Shared strings live in core.ts, each feature's in features/<feature>.ts (both bilingual), merged here.
import { createI18n } from 'vue-i18n';
import { LOCALE_STORAGE_KEY, pickLocale, type Locale } from '../lib/locale';
import core from './core';
import caseSearch from './features/caseSearch';
import claims from './features/claims';
import compare from './features/compare';
import curation from './features/curation';
import dashboard from './features/dashboard';
import diligence from './features/diligence';
import inquiries from './features/inquiries';
import insights from './features/insights';
import interests from './features/interests';
import needs from './features/needs';
import privacy from './features/privacy';
import reviews from './features/reviews';
import shortlists from './features/shortlists';
import showcases from './features/showcases';

const features = {
  caseSearch,
  claims,
  compare,
  curation,
  dashboard,
  diligence,
  inquiries,
  insights,
  interests,
  needs,
  privacy,
  reviews,
  shortlists,
  showcases,
};

function readStoredLocale(): string | null {
  try {
    return localStorage.getItem(LOCALE_STORAGE_KEY);
  } catch {
    return null; // storage blocked (private mode, sandboxed frame)
  }
}

function merged(locale: Locale) {
  const extra = Object.fromEntries(Object.entries(features).map(([name, f]) => [name, (f as Record<Locale, object>)[locale]]));
  return { ...core[locale], ...extra } as (typeof core)['en'] & { [K in keyof typeof features]: (typeof features)[K] extends { en: infer E } ? E : never };
}

export type Messages = ReturnType<typeof merged>;

export const initialLocale: Locale = pickLocale(readStoredLocale(), navigator.languages ?? [navigator.language]);

export const i18n = createI18n<[Messages], Locale, false>({
  legacy: false,
  locale: initialLocale,
  fallbackLocale: 'en',
  messages: { en: merged('en'), 'zh-Hant': merged('zh-Hant') },
});
