// The inquiries module at run time: the real-time hub, the batched notifier and the retention job, started and
// stopped with the server (timers cleared and streams ended on shutdown).
import type { Config } from '../../config';
import type { Logger } from '../../platform/log/logger';
import type { Mailer } from '../../platform/mail/mailer';
import { ClaimInviter } from '../claims';
import { InquiryNotifier } from './inquiry.notify';
import { deleteClosedInquiries, type InquiriesContext } from './inquiry.service';
import { InquiryHub } from './inquiry.stream';

export type InquiriesRuntime = InquiriesContext & { retentionDays: number; start(): Promise<void>; stop(): void };

export function createInquiries(config: Config, mailer: Mailer, secret: string, log: Logger): InquiriesRuntime {
  const hub = new InquiryHub();
  const notifier = new InquiryNotifier({ mailer, publicUrl: config.publicUrl, delayMs: config.INQUIRY_EMAIL_DELAY_SECONDS * 1000, secret, log });
  let sweep: NodeJS.Timeout | undefined;
  const retentionDays = config.INQUIRY_RETENTION_DAYS;
  const runRetention = () =>
    deleteClosedInquiries(retentionDays)
      .then((deleted) => deleted && log.info({ deleted }, 'closed inquiries past retention deleted'))
      .catch((err) => log.error({ err }, 'inquiry retention job failed'));
  const inviter = new ClaimInviter({ mailer, publicUrl: config.publicUrl, secret });
  return {
    hub,
    notifier,
    inviter,
    perDay: config.INQUIRIES_PER_DAY,
    retentionDays,
    async start() {
      await notifier.start();
      void runRetention();
      sweep = setInterval(runRetention, config.INQUIRY_RETENTION_SWEEP_MINUTES * 60_000);
      sweep.unref();
    },
    stop() {
      clearInterval(sweep);
      notifier.stop();
      hub.closeAll();
    },
  };
}
