// The current UI language: owns remembering it and keeping <html lang> in step.
import { defineStore } from 'pinia';
import { computed, watch } from 'vue';
import { i18n } from '../i18n';
import { LOCALE_STORAGE_KEY, type Locale } from '../lib/locale';

export const useLocaleStore = defineStore('locale', () => {
  const locale = computed<Locale>(() => i18n.global.locale.value);

  function setLocale(next: Locale): void {
    i18n.global.locale.value = next;
    try {
      localStorage.setItem(LOCALE_STORAGE_KEY, next);
    } catch {
      // Not remembered, but the switch still works for this visit.
    }
  }

  watch(locale, (value) => document.documentElement.setAttribute('lang', value), { immediate: true });

  return { locale, setLocale };
});
