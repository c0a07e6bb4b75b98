import { describe, expect, it } from 'vitest';
import { labelOf } from '../../client/lib/labels';
import { localized, localizedLang, pickLocale } from '../../client/lib/locale';
import { sectors } from '../../shared/taxonomy';

describe('labelOf', () => {
  it('returns the taxonomy label in the requested language', () => {
    expect(labelOf('layers', 'basic', 'en')).toBe('Basic layer (upstream)');
    expect(labelOf('layers', 'basic', 'zh-Hant')).toBe('基礎層（上游）');
    expect(labelOf('sectors', 'logistics', 'zh-Hant')).toBe(sectors.find((s) => s.key === 'logistics')?.label['zh-Hant']);
  });

  it('keeps the same key distinct across lists', () => {
    expect(labelOf('sectors', 'other', 'en')).toBe('Other');
    expect(labelOf('budgetBands', 'unknown', 'zh-Hant')).toBe('不清楚');
  });

  it('falls back to the key itself for an unknown key', () => {
    expect(labelOf('sectors', 'space-mining', 'en')).toBe('space-mining');
  });
});

describe('pickLocale', () => {
  it('prefers a remembered choice', () => {
    expect(pickLocale('zh-Hant', ['en-GB'])).toBe('zh-Hant');
    expect(pickLocale('en', ['zh-HK'])).toBe('en');
  });

  it('maps any Chinese browser language to zh-Hant and everything else to English', () => {
    expect(pickLocale(null, ['zh-HK', 'en'])).toBe('zh-Hant');
    expect(pickLocale(null, ['zh'])).toBe('zh-Hant');
    expect(pickLocale('garbage', ['zh-CN'])).toBe('zh-Hant');
    expect(pickLocale(null, ['en-HK'])).toBe('en');
    expect(pickLocale(null, [])).toBe('en');
  });
});

describe('localized', () => {
  const supplier = { name: 'Harbour Vision Analytics Ltd', nameZh: '海港視覺分析有限公司', description: 'Vision AI', descriptionZh: '' };

  it('uses the Chinese field in zh-Hant', () => {
    expect(localized(supplier, 'name', 'zh-Hant')).toBe('海港視覺分析有限公司');
    expect(localizedLang(supplier, 'name', 'zh-Hant')).toBe('zh-Hant');
  });

  it('uses English in English, and falls back to English when the Chinese is missing or blank', () => {
    expect(localized(supplier, 'name', 'en')).toBe('Harbour Vision Analytics Ltd');
    expect(localized(supplier, 'description', 'zh-Hant')).toBe('Vision AI');
    expect(localizedLang(supplier, 'description', 'zh-Hant')).toBe('en');
  });
});
