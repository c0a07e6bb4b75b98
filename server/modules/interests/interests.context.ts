// The interests module at run time: its batched notifier and the recovery of its pending emails (a scheduled job,
// one instance at a time), started and stopped with the server. Emails wait as long as inquiry emails do
// (INQUIRY_EMAIL_DELAY_SECONDS) and share their unsubscribe link.
import type { Config } from '../../config';
import type { Logger } from '../../platform/log/logger';
import { PENDING_RECOVERY, type Mailer } from '../../platform/mail/mailer';
import type { Jobs } from '../../platform/redis';
import type { InquiriesRuntime } from '../inquiries';
import { InterestNotifier } from './interest.notify';
import type { InterestsContext } from './interest.service';

export type InterestsRuntime = InterestsContext & { start(): void; stop(): void };

export function createInterests(config: Config, mailer: Mailer, inquiries: InquiriesRuntime, log: Logger, jobs: Jobs): InterestsRuntime {
  const notifier = new InterestNotifier({
    mailer,
    publicUrl: config.publicUrl,
    delayMs: config.INQUIRY_EMAIL_DELAY_SECONDS * 1000,
    log,
    unsubscribeToken: (userId) => inquiries.notifier.unsubscribeToken(userId),
  });
  let stopRecovery = () => {};
  return {
    notifier,
    inquiries,
    start: () => void (stopRecovery = jobs.every('interest-email-recovery', PENDING_RECOVERY.everyMs, () => notifier.recover())),
    stop: () => {
      stopRecovery();
      notifier.stop();
    },
  };
}
