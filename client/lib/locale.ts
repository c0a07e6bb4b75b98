// Locale choice, kept free of Vue so it can be unit-tested.
export const LOCALES = ['en', 'zh-Hant'] as const;
export type Locale = (typeof LOCALES)[number];

export const LOCALE_STORAGE_KEY = 'ai-bridge.locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** A remembered choice wins; otherwise any Chinese browser language (zh, zh-HK, zh-TW, zh-CN…) gets zh-Hant. */
export function pickLocale(stored: string | null | undefined, browserLanguages: readonly string[]): Locale {
  if (isLocale(stored)) return stored;
  const first = browserLanguages[0]?.toLowerCase() ?? '';
  return first === 'zh' || first.startsWith('zh-') ? 'zh-Hant' : 'en';
}

/**
 * Pick the Traditional Chinese text when the language is zh-Hant and it exists, else the English.
 * `localized(supplier, 'name', locale)` reads `nameZh` / `name`.
 */
export function localized<F extends string>(
  record: { [K in F]?: string } & { [K in `${F}Zh`]?: string },
  field: F,
  locale: Locale,
): string {
  const zh = (record as Record<string, string | undefined>)[`${field}Zh`];
  const en = (record as Record<string, string | undefined>)[field];
  if (locale === 'zh-Hant' && zh?.trim()) return zh;
  return en ?? zh ?? '';
}

/** The language the text chosen by `localized` is actually in (for a `lang` attribute on fallbacks). */
export function localizedLang<F extends string>(
  record: { [K in F]?: string } & { [K in `${F}Zh`]?: string },
  field: F,
  locale: Locale,
): Locale {
  const zh = (record as Record<string, string | undefined>)[`${field}Zh`];
  const en = (record as Record<string, string | undefined>)[field];
  if (locale === 'zh-Hant' && zh?.trim()) return 'zh-Hant';
  return en ? 'en' : 'zh-Hant';
}
