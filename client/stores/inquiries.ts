// Inquiry real time: one event stream per signed-in SME or supplier user (fetch-based SSE, since EventSource
// cannot send the bearer token). It reconnects after a drop with growing delays; after repeated failures it
// falls back to polling the unread count, and pages subscribe to refresh themselves. Owns the unread count.
import { defineStore } from 'pinia';
import { ref, watch } from 'vue';
import type { InquiryEvent } from '../../shared/schemas/inquiries';
import { openStream } from '../api/client';
import * as api from '../api/inquiries';
import { parseSseBlock } from '../lib/linkify';
import { useAuthStore } from './auth';

const POLL_MS = 15_000;
const MAX_FAILURES_BEFORE_POLLING = 3;

export const useInquiriesStore = defineStore('inquiries', () => {
  const auth = useAuthStore();
  const unread = ref(0);
  const mode = ref<'off' | 'live' | 'polling'>('off');
  const listeners = new Set<(event: InquiryEvent) => void>();
  let controller: AbortController | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let pollTimer: ReturnType<typeof setInterval> | undefined;
  let failures = 0;

  async function refreshUnread(): Promise<void> {
    try {
      unread.value = (await api.unreadCount()).count;
    } catch {
      /* the next event or poll tries again */
    }
  }

  function emit(event: InquiryEvent): void {
    for (const listener of listeners) listener(event);
    void refreshUnread();
  }

  /** Pages hear every event (live or, when polling, a synthetic one each poll); returns the unsubscribe. */
  function subscribe(listener: (event: InquiryEvent) => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }

  async function readStream(signal: AbortSignal): Promise<void> {
    const response = await openStream('/inquiries/events', signal);
    mode.value = 'live';
    failures = 0;
    stopPolling();
    void refreshUnread();
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value.replace(/\r\n/g, '\n');
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const parsed = parseSseBlock(buffer.slice(0, end));
        buffer = buffer.slice(end + 2);
        if (parsed) {
          try {
            emit(JSON.parse(parsed.data) as InquiryEvent);
          } catch {
            /* ignore a malformed event */
          }
        }
      }
    }
  }

  function connect(): void {
    disconnect();
    const mine = new AbortController();
    controller = mine;
    readStream(mine.signal)
      .catch(() => undefined)
      .finally(() => {
        if (controller !== mine || mine.signal.aborted) return;
        failures += 1;
        if (failures >= MAX_FAILURES_BEFORE_POLLING) startPolling();
        // Reconnect with growing delays; polling keeps the page current meanwhile.
        retryTimer = setTimeout(connect, Math.min(30_000, 1000 * 2 ** Math.min(failures, 5)));
      });
  }

  function startPolling(): void {
    if (pollTimer) return;
    mode.value = 'polling';
    pollTimer = setInterval(() => emit({ type: 'unread' }), POLL_MS);
  }

  function stopPolling(): void {
    clearInterval(pollTimer);
    pollTimer = undefined;
  }

  function disconnect(): void {
    controller?.abort();
    controller = null;
    clearTimeout(retryTimer);
  }

  function stop(): void {
    disconnect();
    stopPolling();
    mode.value = 'off';
    unread.value = 0;
    failures = 0;
  }

  /**
   * Starts with a signed-in SME, or a supplier whose organisation has a profile (without one there is no inbox, and
   * the stream would answer 404 on every page), and stops at sign-out.
   */
  function watchSession(): void {
    watch(
      () => {
        const u = auth.user;
        if (u?.role === 'sme') return u.id;
        return u?.role === 'supplier' && u.organisation?.supplierId ? `${u.id}:${u.organisation.supplierId}` : null;
      },
      (side) => (side ? connect() : stop()),
      { immediate: true },
    );
  }

  return { unread, mode, subscribe, refreshUnread, watchSession, stop };
});
