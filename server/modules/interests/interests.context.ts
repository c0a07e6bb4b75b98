// The interests module at run time: its batched notifier and the recovery of its pending emails (a scheduled job,
// one instance at a time), started and stopped with the server. Emails wait as long as inquiry emails do
// (INQUIRY_EMAIL_DELAY_SECONDS) and share their unsubscribe link.
import type { Config } from '../../config';
import type { Logger } from '../../platform/log/logger';
import { PENDING_RECOVERY, type Mailer } from '../../platform/mail/mailer';
import { domainEvents } from '../../platform/events';
import type { Instances } from '../../platform/redis';
import type { InquiriesRuntime } from '../inquiries';
import { InterestIndex } from './interest.kept';
import { InterestNotifier } from './interest.notify';
import type { InterestsContext } from './interest.service';

export type InterestsRuntime = InterestsContext & { start(): void; stop(): void };

export function createInterests(config: Config, mailer: Mailer, inquiries: InquiriesRuntime, log: Logger, instances: Instances): InterestsRuntime {
  const notifier = new InterestNotifier({
    mailer,
    publicUrl: config.publicUrl,
    delayMs: config.INQUIRY_EMAIL_DELAY_SECONDS * 1000,
    log,
    unsubscribeToken: (userId) => inquiries.notifier.unsubscribeToken(userId),
  });
  // What the two lists show, in memory, following the writes announced here and on other instances; after a lost
  // connection to those, announcements may be missing: read in full again.
  const kept = new InterestIndex();
  const follow = (ids: string[]) => kept.changed(ids);
  domainEvents.on('interests.changed', follow);
  instances.peers.onRejoin(() => kept.changed([]));
  let stopRecovery = () => {};
  let stopped = false;
  return {
    notifier,
    inquiries,
    kept,
    start: () => {
      // A read cut short by a stop (the database closing) is no news.
      kept.warm().catch((err: unknown) => stopped || log.warn({ err }, 'interests not read at start-up; the first request reads them'));
      stopRecovery = instances.jobs.every('interest-email-recovery', PENDING_RECOVERY.everyMs, () => notifier.recover());
    },
    stop: () => {
      stopped = true;
      stopRecovery();
      domainEvents.off('interests.changed', follow);
      notifier.stop();
    },
  };
}
