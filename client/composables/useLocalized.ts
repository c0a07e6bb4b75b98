// Pick nameZh / descriptionZh / titleZh… in zh-Hant, falling back to English; `langOf` gives the
// language of the text actually shown, for a `lang` attribute.
import { localized, localizedLang, type Locale } from '../lib/locale';
import { useLocaleStore } from '../stores/locale';

type Bilingual<F extends string> = { [K in F]?: string } & { [K in `${F}Zh`]?: string };

export function useLocalized() {
  const store = useLocaleStore();
  return {
    text: <F extends string>(record: Bilingual<F>, field: F): string => localized(record, field, store.locale),
    langOf: <F extends string>(record: Bilingual<F>, field: F): Locale => localizedLang(record, field, store.locale),
  };
}
