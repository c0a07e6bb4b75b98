// Domain events across instances: what this instance emits goes to the others, and what they emit is emitted
// here, so each instance's indexer and caches follow writes made anywhere. Events heard from the
// others are not sent on again (emit is synchronous, so a flag marks them while they are delivered).
import type { EventEmitter } from 'node:events';
import { domainEvents, RELAYED, type RelayedEvent } from '../events';
import type { Peers } from './port';

type Relayed = { name: RelayedEvent; args: unknown[] };

/** Starts relaying; returns a function that stops it. One relay per process. */
export function relayDomainEvents(peers: Peers): () => void {
  const events = domainEvents as unknown as EventEmitter;
  let hearing = false;
  const senders = RELAYED.map((name) => {
    const send = (...args: unknown[]) => {
      if (!hearing) peers.send('events', { name, args } satisfies Relayed);
    };
    events.on(name, send);
    return () => events.off(name, send);
  });
  const stopHearing = peers.on('events', (message) => {
    const { name, args } = message as Relayed;
    if (!(RELAYED as readonly string[]).includes(name) || !Array.isArray(args)) return;
    hearing = true;
    try {
      events.emit(name, ...args);
    } finally {
      hearing = false;
    }
  });
  return () => {
    senders.forEach((stop) => stop());
    stopHearing();
  };
}
