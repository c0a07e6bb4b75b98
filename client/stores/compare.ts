// The suppliers picked for side-by-side comparison: at most 4, remembered in localStorage across pages and visits.
// The compare page is /compare?ids=<id>,<id>; `CompareToggle` adds and removes from any card.
import { defineStore } from 'pinia';
import { computed, ref, watch } from 'vue';

export const COMPARE_MAX = 4;
const KEY = 'aibridge.compare';

function read(): string[] {
  try {
    const value = JSON.parse(localStorage.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && /^[a-f0-9]{24}$/.test(v)).slice(0, COMPARE_MAX) : [];
  } catch {
    return [];
  }
}

export const useCompareStore = defineStore('compare', () => {
  const ids = ref<string[]>(read());
  const full = computed(() => ids.value.length >= COMPARE_MAX);

  watch(ids, (value) => {
    try {
      localStorage.setItem(KEY, JSON.stringify(value));
    } catch {
      // storage blocked: the choice lasts for this page only
    }
  }, { deep: true });

  const has = (id: string) => ids.value.includes(id);
  /** False when already full. */
  function add(id: string): boolean {
    if (has(id)) return true;
    if (full.value) return false;
    ids.value = [...ids.value, id];
    return true;
  }
  function remove(id: string): void {
    ids.value = ids.value.filter((x) => x !== id);
  }
  function clear(): void {
    ids.value = [];
  }
  return { ids, full, has, add, remove, clear };
});
