// Number and money formatting shared by cards and profiles. Pure functions: the locale is an argument.
import type { Locale } from './locale';

const grouping = new Intl.NumberFormat('en-HK', { maximumFractionDigits: 0 });

export function formatHKD(amount: number): string {
  return `HK$${grouping.format(amount)}`;
}

export function formatCount(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'zh-Hant' ? 'zh-HK' : 'en-HK').format(value);
}

/** A supplier's typical project budget: "HK$100,000 – HK$300,000" / "HK$100,000 至 HK$300,000". */
export function formatBudgetRange(range: { min: number; max: number } | undefined, locale: Locale): string | null {
  if (!range) return null;
  const { min, max } = range;
  const zh = locale === 'zh-Hant';
  if (min <= 0 && max > 0) return zh ? `${formatHKD(max)} 或以下` : `Up to ${formatHKD(max)}`;
  if (max === min) return formatHKD(min);
  if (max < min) return zh ? `${formatHKD(min)} 或以上` : `${formatHKD(min)} or more`;
  return zh ? `${formatHKD(min)} 至 ${formatHKD(max)}` : `${formatHKD(min)} – ${formatHKD(max)}`;
}

/** A round HK$ figure for a sentence: "HK$150K", "HK$1.2M" / "HK$15萬". */
export function formatHKDCompact(amount: number, locale: Locale): string {
  return `HK$${new Intl.NumberFormat(locale === 'zh-Hant' ? 'zh-HK' : 'en-HK', { notation: 'compact', maximumFractionDigits: 1 }).format(amount)}`;
}
