// Taxonomy key → label in the current UI language: `const label = useLabel(); label('sectors', 'logistics')`.
import type { TaxonomyName } from '../../shared/taxonomy';
import { labelOf } from '../lib/labels';
import { useLocaleStore } from '../stores/locale';

export function useLabel(): (name: TaxonomyName, key: string) => string {
  const store = useLocaleStore();
  return (name, key) => labelOf(name, key, store.locale);
}
