// The curator's session: case studies approved here, offered when adding items to a showcase.
import { defineStore } from 'pinia';
import { ref } from 'vue';

export type ApprovedCase = { id: string; title: string; titleZh?: string };

export const useCurationStore = defineStore('curation', () => {
  const approved = ref<ApprovedCase[]>([]);
  function remember(c: ApprovedCase): void {
    approved.value = [c, ...approved.value.filter((x) => x.id !== c.id)].slice(0, 20);
  }
  return { approved, remember };
});
