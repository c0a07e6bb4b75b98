// Choice lists for the needs wizard in the current language: taxonomy labels through useLabel, and the
// need-only lists (timelines, data constraints) from the needs messages.
import { useI18n } from 'vue-i18n';
import { DATA_CONSTRAINT_KEYS, TIMELINE_KEYS } from '../../shared/needKeys';
import type { TaxonomyName } from '../../shared/taxonomy';
import { keysOf } from '../lib/labels';
import { useLabel } from './useLabel';

export type Option = { key: string; label: string };

export function useNeedOptions() {
  const label = useLabel();
  const { t } = useI18n();
  return {
    taxonomy: (name: TaxonomyName): Option[] => keysOf(name).map((key) => ({ key, label: label(name, key) })),
    timelines: (): Option[] => TIMELINE_KEYS.map((key) => ({ key, label: t(`needs.timelines.${key}`) })),
    dataConstraints: (): Option[] => DATA_CONSTRAINT_KEYS.map((key) => ({ key, label: t(`needs.dataConstraints.${key}`) })),
  };
}
