// Strings that only a few lazily loaded pages use are loaded with them, keeping the first load small: each set is
// merged into vue-i18n's messages once, under its feature's key, before the page renders.
import { i18n } from './index';

let insights: Promise<void> | undefined;

export function loadInsightsMessages(): Promise<void> {
  insights ??= import('./lazy/insights').then(({ default: messages }) => {
    for (const locale of ['en', 'zh-Hant'] as const) i18n.global.mergeLocaleMessage(locale, { insights: messages[locale] } as never);
  });
  return insights;
}
