// What several app instances must share, as three small interfaces. Without REDIS_URL one instance is all there
// is (local.ts); with it, the instances behind a load balancer share them through Redis (connection.ts).
import type { Store } from 'express-rate-limit';

/** The other instances: what one instance tells them, and hears from them. Never this instance itself. */
export type Peers = {
  /** Sends `message` (JSON) to every other instance listening on `topic`. Best effort: a lost message is logged. */
  send(topic: string, message: unknown): void;
  /** Calls `handler` with every message another instance sends on `topic`; returns a function that stops it. */
  on(topic: string, handler: (message: unknown) => void): () => void;
  /** Calls `handler` when messages may have been missed (the connection to the others was lost and is back). */
  onRejoin(handler: () => void): void;
};

/** Hit counters for rate limits, one store per limiter (`name` unique among them). */
export type Counters = { store(name: string): Store };

/** Work that must run once, not once per instance (sweeps, recoveries). */
export type Jobs = {
  /**
   * Runs `job` now and then every `everyMs`, on one instance at a time: the holder of the scheduler lock.
   * Returns a function that stops it.
   */
  every(name: string, everyMs: number, job: () => Promise<unknown>): () => void;
  /** Runs `work` while no other instance runs work of that name (start-up seeding): the later one waits for it. */
  exclusive<T>(name: string, work: () => Promise<T>): Promise<T>;
};

export type Instances = {
  peers: Peers;
  counters: Counters;
  jobs: Jobs;
  /** True when other instances may exist (Redis), so in-process caches must hear about their writes. */
  shared: boolean;
  close(): Promise<void>;
};
