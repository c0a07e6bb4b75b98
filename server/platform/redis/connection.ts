// The Redis side of several instances: two connections (commands, and one in subscriber mode for the other
// instances' messages), every key and channel under `aibridge:<database name>:`, so deployments or test runs
// sharing one Redis stay apart. Redis holds nothing that must survive: counters, one lock, messages in flight.
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Logger } from '../log/logger';
import { RedisCounters } from './counters';
import { redisJobs } from './jobs';
import type { Instances, Peers } from './port';

const CONNECT_TIMEOUT_MS = 10_000;

type Envelope = { from: string; body: unknown };

function redisPeers(publisher: Redis, subscriber: Redis, namespace: string, instanceId: string, log: Logger): Peers {
  const handlers = new Map<string, Set<(message: unknown) => void>>();
  const rejoins: (() => void)[] = [];
  subscriber.on('message', (channel: string, raw: string) => {
    const topic = channel.slice(namespace.length);
    let envelope: Envelope;
    try {
      envelope = JSON.parse(raw) as Envelope;
    } catch {
      return;
    }
    if (envelope.from === instanceId) return;
    for (const handler of handlers.get(topic) ?? []) {
      try {
        handler(envelope.body);
      } catch (err) {
        log.error({ err, topic }, 'a message from another instance could not be handled');
      }
    }
  });
  // ioredis subscribes again by itself after a reconnect; what was published meanwhile is lost.
  let connected = true;
  subscriber.on('close', () => (connected = false));
  subscriber.on('ready', () => {
    if (connected) return;
    connected = true;
    log.warn('reconnected to Redis: messages from other instances may have been missed; catching up');
    rejoins.forEach((rejoin) => rejoin());
  });
  return {
    send(topic, body) {
      publisher.publish(namespace + topic, JSON.stringify({ from: instanceId, body } satisfies Envelope)).catch((err: unknown) => {
        log.warn({ err, topic }, 'a message to the other instances was lost (Redis unavailable)');
      });
    },
    on(topic, handler) {
      let set = handlers.get(topic);
      if (!set) {
        handlers.set(topic, (set = new Set()));
        subscriber.subscribe(namespace + topic).catch((err: unknown) => log.error({ err, topic }, 'could not subscribe to the other instances'));
      }
      set.add(handler);
      return () => set.delete(handler);
    },
    onRejoin: (handler) => void rejoins.push(handler),
  };
}

export async function redisInstances(url: string, dbName: string, log: Logger): Promise<Instances> {
  const namespace = `aibridge:${dbName}:`;
  const instanceId = randomUUID();
  // Commands fail at once while Redis is unreachable (no offline queue): rate limits then let requests through
  // and messages are logged as lost, rather than requests waiting for Redis.
  const commands = new Redis(url, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: CONNECT_TIMEOUT_MS });
  const subscriber = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: null, connectTimeout: CONNECT_TIMEOUT_MS });
  for (const connection of [commands, subscriber]) connection.on('error', (err: Error) => log.warn({ err }, 'Redis connection error'));
  try {
    await Promise.all([commands.connect(), subscriber.connect()]);
  } catch (error) {
    commands.disconnect();
    subscriber.disconnect();
    throw new Error(`Redis at REDIS_URL is unreachable: ${(error as Error).message}`, { cause: error });
  }
  const jobs = redisJobs(commands, `${namespace}scheduler`, instanceId, log);
  log.info({ instance: instanceId }, 'sharing events, rate limits and scheduled jobs with other instances through Redis');
  return {
    peers: redisPeers(commands, subscriber, namespace, instanceId, log),
    counters: { store: (name) => new RedisCounters(commands, `${namespace}rate:${name}:`) },
    jobs,
    shared: true,
    async close() {
      await jobs.close();
      // Nothing to flush (the lock is released above): no QUIT, which would wait on a Redis that is gone.
      commands.disconnect();
      subscriber.disconnect();
    },
  };
}
