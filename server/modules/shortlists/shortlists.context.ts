// The shortlists module at run time: the shortlists in memory (shortlist.kept.ts), following the writes announced
// here and on other instances; after a lost connection to those, announcements may be missing: read in full again.
import type { Logger } from '../../platform/log/logger';
import { domainEvents } from '../../platform/events';
import type { Instances } from '../../platform/redis';
import { ShortlistIndex } from './shortlist.kept';

export type ShortlistsRuntime = { kept: ShortlistIndex; start(): void; stop(): void };

export function createShortlists(instances: Instances, log: Logger): ShortlistsRuntime {
  const kept = new ShortlistIndex();
  const follow = (ids: string[]) => kept.changed(ids);
  domainEvents.on('shortlists.changed', follow);
  instances.peers.onRejoin(() => kept.changed([]));
  let stopped = false;
  return {
    kept,
    // A read cut short by a stop (the database closing) is no news.
    start: () => void kept.warm().catch((err: unknown) => stopped || log.warn({ err }, 'shortlists not read at start-up; the first request reads them')),
    stop: () => {
      stopped = true;
      domainEvents.off('shortlists.changed', follow);
    },
  };
}
