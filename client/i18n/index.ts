// vue-i18n in composition mode. The starting language is the remembered choice, else the browser's.
import { createI18n } from 'vue-i18n';
import { LOCALE_STORAGE_KEY, pickLocale, type Locale } from '../lib/locale';
import en, { type Messages } from './en';
import zhHant from './zh-Hant';

function readStoredLocale(): string | null {
  try {
    return localStorage.getItem(LOCALE_STORAGE_KEY);
  } catch {
    return null; // storage blocked (private mode, sandboxed frame)
  }
}

export const initialLocale: Locale = pickLocale(readStoredLocale(), navigator.languages ?? [navigator.language]);

export const i18n = createI18n<[Messages], Locale, false>({
  legacy: false,
  locale: initialLocale,
  fallbackLocale: 'en',
  messages: { en, 'zh-Hant': zhHant },
});
