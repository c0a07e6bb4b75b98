// Re-reads a view's data when the signed-in side's event stream says something changed (a message, a quote, an
// interest in a need), for as long as the component lives. A failed re-read keeps what is shown.
import { onScopeDispose } from 'vue';
import { useInquiriesStore } from '../stores/inquiries';

export function useLiveRefresh(reload: () => Promise<void>): void {
  const unsubscribe = useInquiriesStore().subscribe(() => {
    reload().catch(() => undefined);
  });
  onScopeDispose(unsubscribe);
}
