// The interests module at run time: its batched notifier, started and stopped with the server. Emails wait as
// long as inquiry emails do (INQUIRY_EMAIL_DELAY_SECONDS) and share their unsubscribe link.
import type { Config } from '../../config';
import type { Logger } from '../../platform/log/logger';
import type { Mailer } from '../../platform/mail/mailer';
import type { InquiriesRuntime } from '../inquiries';
import { InterestNotifier } from './interest.notify';
import type { InterestsContext } from './interest.service';

export type InterestsRuntime = InterestsContext & { start(): Promise<void>; stop(): void };

export function createInterests(config: Config, mailer: Mailer, inquiries: InquiriesRuntime, log: Logger): InterestsRuntime {
  const notifier = new InterestNotifier({
    mailer,
    publicUrl: config.publicUrl,
    delayMs: config.INQUIRY_EMAIL_DELAY_SECONDS * 1000,
    log,
    unsubscribeToken: (userId) => inquiries.notifier.unsubscribeToken(userId),
  });
  return { notifier, inquiries, start: () => notifier.start(), stop: () => notifier.stop() };
}
