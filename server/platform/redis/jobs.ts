// Scheduled work that must run once across instances. One instance at a time holds the scheduler lock, a Redis
// key set with NX and an expiry (LOCK_MS) and renewed every RENEW_MS; the holder runs every job, the others wait.
// When the holder stops cleanly it deletes the lock, and another instance takes over within RENEW_MS. When it dies
// (killed, frozen, cut off from Redis) the lock expires: another instance takes over within LOCK_MS + RENEW_MS and
// runs each job at once, so a sweep is late by at most that. A holder that cannot renew (Redis unreachable) stops
// its jobs at once rather than risk running beside a new holder, and so does one whose connection to Redis closes
// (a restarted Redis has forgotten the lock); while Redis is down no job runs. A run already
// under way when the lock moves finishes, so two runs can overlap briefly: every job is idempotent (deletes by
// condition, sends decided by a unique delete), which is what makes that safe.
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';
import type { Logger } from '../log/logger';
import type { Jobs } from './port';

export const LOCK_MS = 15_000;
export const RENEW_MS = 5_000;

/** Takes the lock when it is free, or extends it when this instance holds it: 1 when held afterwards. */
const HOLD = `
local holder = redis.call('GET', KEYS[1])
if holder == ARGV[1] then redis.call('PEXPIRE', KEYS[1], ARGV[2]) return 1 end
if not holder then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) return 1 end
return 0`;
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;

type Job = { name: string; everyMs: number; run: () => Promise<unknown> };

/** Runs `job` now and every `everyMs` (never two runs of it at once here); returns a function that stops it. */
export function repeat(job: Job, log?: Logger): () => void {
  let running = false;
  const run = () => {
    if (running) return;
    running = true;
    log?.debug({ job: job.name }, 'scheduled job started');
    job
      .run()
      .catch((err) => log?.error({ err, job: job.name }, 'scheduled job failed'))
      .finally(() => (running = false));
  };
  run();
  const timer = setInterval(run, job.everyMs).unref();
  return () => clearInterval(timer);
}

/** How often a waiting instance asks for a lock another holds. */
const WAIT_MS = 250;

/** Runs `work` holding the lock `key` (renewed meanwhile), after waiting for whoever holds it now. */
async function whileHolding<T>(redis: Redis, key: string, work: () => Promise<T>): Promise<T> {
  const holder = randomUUID();
  while ((await redis.eval(HOLD, 1, key, holder, LOCK_MS)) !== 1) await sleep(WAIT_MS);
  const renew = setInterval(() => void redis.eval(HOLD, 1, key, holder, LOCK_MS).catch(() => undefined), RENEW_MS).unref();
  try {
    return await work();
  } finally {
    clearInterval(renew);
    await redis.eval(RELEASE, 1, key, holder).catch(() => undefined);
  }
}

/** `lockKey` names the scheduler's lock; locks of `exclusive` work are named after it. */
export function redisJobs(redis: Redis, lockKey: string, instanceId: string, log: Logger): Jobs & { close(): Promise<void> } {
  const jobs = new Set<Job>();
  const running = new Map<Job, () => void>();
  let holding = false;
  let closed = false;

  const startAll = () => jobs.forEach((job) => running.has(job) || running.set(job, repeat(job, log)));
  const stopAll = () => {
    running.forEach((stop) => stop());
    running.clear();
  };
  const hold = (held: boolean) => {
    if (held === holding || closed) return;
    holding = held;
    log.info({ instance: instanceId }, held ? 'this instance now runs the scheduled jobs' : 'this instance no longer runs the scheduled jobs');
    if (held) startAll();
    else stopAll();
  };
  const tick = () =>
    redis
      .eval(HOLD, 1, lockKey, instanceId, LOCK_MS)
      .then((held) => hold(held === 1))
      .catch((err) => {
        if (holding) log.warn({ err }, 'the scheduler lock could not be renewed; jobs stop until it is held again');
        hold(false);
      });
  // Asked for once there is a job: a command-line tool (no jobs) never takes the lock from the servers.
  let ticker: NodeJS.Timeout | undefined;
  // A lost connection may mean a lost lock (a restarted Redis forgets it, and another instance may take it as soon
  // as it is back): stop at once rather than at the next renewal, and ask again as soon as the connection is back.
  redis.on('close', () => hold(false));
  redis.on('ready', () => ticker && void tick());

  return {
    every(name, everyMs, run) {
      const job = { name, everyMs, run };
      jobs.add(job);
      if (!ticker && !closed) {
        void tick();
        ticker = setInterval(tick, RENEW_MS).unref();
      }
      if (holding) running.set(job, repeat(job, log));
      return () => {
        jobs.delete(job);
        running.get(job)?.();
        running.delete(job);
      };
    },
    exclusive: (name, work) => whileHolding(redis, `${lockKey}:${name}`, work),
    async close() {
      closed = true;
      clearInterval(ticker);
      stopAll();
      // Hand the lock over now rather than after it expires.
      if (holding) await redis.eval(RELEASE, 1, lockKey, instanceId).catch(() => undefined);
      holding = false;
    },
  };
}
