// Several app instances: with REDIS_URL they share events, rate limits and scheduled work through Redis;
// without it this process is the only instance and everything stays in it.
import type { Logger } from '../log/logger';
import { redisInstances } from './connection';
import { localInstances } from './local';
import type { Instances } from './port';

export type { Counters, Instances, Jobs, Peers } from './port';

export function connectInstances(o: { redisUrl?: string; dbName: string; log: Logger }): Promise<Instances> {
  return o.redisUrl ? redisInstances(o.redisUrl, o.dbName, o.log) : Promise.resolve(localInstances(o.log));
}
