// One instance alone (no REDIS_URL): nobody to tell, counters in memory, every job runs here.
import { MemoryStore } from 'express-rate-limit';
import type { Logger } from '../log/logger';
import { repeat } from './jobs';
import type { Instances, Jobs } from './port';

/** Runs every job in this process; `stopAll` ends them all. */
export function jobsHere(log?: Logger): Jobs & { stopAll(): void } {
  const stops = new Set<() => void>();
  return {
    every(name, everyMs, run) {
      const stop = repeat({ name, everyMs, run }, log);
      stops.add(stop);
      return () => {
        stop();
        stops.delete(stop);
      };
    },
    exclusive: (_name, work) => work(),
    stopAll: () => stops.forEach((stop) => stop()),
  };
}

export function localInstances(log: Logger): Instances {
  const jobs = jobsHere(log);
  return {
    peers: { send: () => {}, on: () => () => {}, onRejoin: () => {} },
    counters: { store: () => new MemoryStore() },
    jobs,
    shared: false,
    async close() {
      jobs.stopAll();
    },
  };
}
