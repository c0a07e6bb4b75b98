// Load data for a view: re-runs when `source` changes, cancels the superseded request, and exposes
// loading / error / data plus `retry` for the error state's button.
import { onScopeDispose, ref, shallowRef, watch, type Ref, type ShallowRef, type WatchSource } from 'vue';

export type AsyncState<T> = {
  data: ShallowRef<T | undefined>;
  error: ShallowRef<unknown>;
  loading: Ref<boolean>;
  retry: () => void;
};

export function useAsync<T, S>(source: WatchSource<S>, load: (value: S, signal: AbortSignal) => Promise<T>): AsyncState<T> {
  const data = shallowRef<T>();
  const error = shallowRef<unknown>();
  const loading = ref(true);
  let controller: AbortController | undefined;
  let current: S;

  async function run(value: S): Promise<void> {
    controller?.abort();
    const mine = new AbortController();
    controller = mine;
    current = value;
    loading.value = true;
    error.value = undefined;
    try {
      const result = await load(value, mine.signal);
      if (mine.signal.aborted) return;
      data.value = result;
    } catch (e) {
      if (mine.signal.aborted) return;
      error.value = e;
      data.value = undefined;
    } finally {
      if (controller === mine) loading.value = false;
    }
  }

  watch(source, (value) => void run(value), { immediate: true });
  onScopeDispose(() => controller?.abort());

  return { data, error, loading, retry: () => void run(current) };
}
