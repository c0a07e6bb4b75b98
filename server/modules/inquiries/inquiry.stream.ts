// Real time for inquiries: Server-Sent Events from a hub in each instance. Each open stream subscribes to its side's
// key (`sme:<organisationId>` or `supplier:<supplierId>`); services publish after the database write succeeded.
// A publish reaches this instance's streams at once and the other instances' through their peers (Redis pub/sub
// with REDIS_URL), so a client hears of a write whichever instance its stream is connected to. The cap of streams
// per user counts per instance.
import type { Request, Response } from 'express';
import type { InquiryEvent } from '../../../shared/schemas/inquiries';
import { AppError } from '../../platform/errors/errors';
import type { Peers } from '../../platform/redis';

type Subscriber = (event: InquiryEvent) => void;
type Published = { keys: string[]; event: InquiryEvent };

export const HEARTBEAT_MS = 20_000;
/**
 * Open streams one user may hold (one per tab; one token once held 1,000). The next one is refused with 429 rather
 * than closing the oldest, which would make a sixth tab and the one it displaced take turns reconnecting; the client
 * falls back to polling after three refused attempts.
 */
export const STREAMS_PER_USER = 5;

export class InquiryHub {
  private readonly subscribers = new Map<string, Set<Subscriber>>();
  private readonly streams = new Set<Response>();
  private readonly perUser = new Map<string, number>();
  private readonly stopHearing: () => void;

  constructor(private readonly peers: Peers) {
    this.stopHearing = peers.on('inquiry-events', (message) => {
      const { keys, event } = message as Published;
      this.deliver(keys, event);
    });
  }

  publish(keys: string[], event: InquiryEvent): void {
    this.deliver(keys, event);
    this.peers.send('inquiry-events', { keys, event } satisfies Published);
  }

  private deliver(keys: string[], event: InquiryEvent): void {
    for (const key of keys) for (const send of this.subscribers.get(key) ?? []) send(event);
  }

  private subscribe(key: string, send: Subscriber): () => void {
    const set = this.subscribers.get(key) ?? new Set();
    set.add(send);
    this.subscribers.set(key, set);
    return () => {
      set.delete(send);
      if (!set.size) this.subscribers.delete(key);
    };
  }

  /** Holds the response open as an event stream until the client goes or the server stops; 429 beyond the cap. */
  open(key: string, userId: string, req: Request, res: Response): void {
    const held = this.perUser.get(userId) ?? 0;
    if (held >= STREAMS_PER_USER) {
      throw new AppError(429, 'rate-limited', `At most ${STREAMS_PER_USER} event streams may be open at once. Close another tab first.`, undefined, { 'Retry-After': '30' });
    }
    this.perUser.set(userId, held + 1);
    res.status(200).set({
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    res.flushHeaders();
    let id = 0;
    const write = (event: InquiryEvent) => res.write(`id: ${++id}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
    res.write('retry: 3000\n: connected\n\n');
    const unsubscribe = this.subscribe(key, write);
    const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
    this.streams.add(res);
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      const left = (this.perUser.get(userId) ?? 1) - 1;
      if (left) this.perUser.set(userId, left);
      else this.perUser.delete(userId);
      clearInterval(heartbeat);
      unsubscribe();
      this.streams.delete(res);
    };
    req.on('close', end);
    res.on('close', end);
  }

  get openStreams(): number {
    return this.streams.size;
  }

  /** Ends every stream (shutdown): otherwise server.close() would wait for them forever. */
  closeAll(): void {
    this.stopHearing();
    for (const res of [...this.streams]) res.end();
    this.streams.clear();
    this.subscribers.clear();
    this.perUser.clear();
  }
}

export const sideKeys = (t: { smeOrganisationId: { toHexString(): string }; supplierId: { toHexString(): string } }) => [
  `sme:${t.smeOrganisationId.toHexString()}`,
  `supplier:${t.supplierId.toHexString()}`,
];
