// Per-page <title> ("Harbour Vision Analytics Ltd · AI Bridge") and meta description; reactive, so it
// follows the data and the language.
import { watchEffect } from 'vue';

const SITE = 'AI Bridge';

export function usePageMeta(meta: () => { title?: string; description?: string }): void {
  watchEffect(() => {
    const { title, description } = meta();
    document.title = title ? `${title} · ${SITE}` : SITE;
    if (description) {
      let tag = document.querySelector<HTMLMetaElement>('meta[name="description"]');
      if (!tag) {
        tag = document.createElement('meta');
        tag.name = 'description';
        document.head.append(tag);
      }
      tag.content = description;
    }
  });
}
