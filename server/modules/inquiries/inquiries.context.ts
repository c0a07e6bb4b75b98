// The inquiries module at run time: the real-time hub, the batched notifier and the retention job, started and
// stopped with the server (timers cleared and streams ended on shutdown). The retention sweep and the recovery of
// pending emails run on one instance at a time (the scheduler's jobs); the hub hears the other instances' events.
import type { Config } from '../../config';
import type { Logger } from '../../platform/log/logger';
import { PENDING_RECOVERY, type Mailer } from '../../platform/mail/mailer';
import type { Instances } from '../../platform/redis';
import type { SearchEngine } from '../../platform/search/port';
import { domainEvents } from '../../platform/events';
import type { OrganisationDirectory } from '../accounts';
import { ClaimInviter } from '../claims';
import { InquiryNotifier } from './inquiry.notify';
import { deleteClosedInquiries, type InquiriesContext } from './inquiry.service';
import { InquiryHub } from './inquiry.stream';
import { QuoteIndex } from './inquiry.quotes';
import { ThreadIndex } from './inquiry.threads';

export type InquiriesRuntime = InquiriesContext & { retentionDays: number; start(): void; stop(): void };

/** `organisations`: the accounts module's directory, which the runtime keeps current. */
export function createInquiries(config: Config, mailer: Mailer, secret: string, log: Logger, instances: Instances, search: SearchEngine, organisations: OrganisationDirectory): InquiriesRuntime {
  const hub = new InquiryHub(instances.peers);
  const notifier = new InquiryNotifier({ mailer, publicUrl: config.publicUrl, delayMs: config.INQUIRY_EMAIL_DELAY_SECONDS * 1000, secret, log });
  const stops: (() => void)[] = [];
  const retentionDays = config.INQUIRY_RETENTION_DAYS;
  /** After stop(): reads and sweeps cut short by the database closing are no news (the sweep runs again next start). */
  let stopped = false;
  const runRetention = () =>
    deleteClosedInquiries(retentionDays)
      .then((deleted) => deleted && log.info({ deleted }, 'closed inquiries past retention deleted'))
      .catch((err) => stopped || log.error({ err }, 'inquiry retention job failed'));
  const inviter = new ClaimInviter({ mailer, publicUrl: config.publicUrl, secret });
  // What the lists, thread pages and quote comparisons show, in memory, following the writes announced here and on
  // other instances; after a lost connection to those, announcements may be missing: both are read in full again.
  const threads = new ThreadIndex();
  const quotes = new QuoteIndex();
  const followThreads = (ids: string[]) => threads.changed(ids);
  const followQuotes = (ids: string[]) => quotes.changed(ids);
  domainEvents.on('inquiries.changed', followThreads);
  domainEvents.on('quotes.changed', followQuotes);
  const unfollow = () => {
    domainEvents.off('inquiries.changed', followThreads);
    domainEvents.off('quotes.changed', followQuotes);
  };
  instances.peers.onRejoin(() => {
    threads.changed([]);
    quotes.changed([]);
  });
  return {
    hub,
    notifier,
    inviter,
    search,
    threads,
    quotes,
    organisations,
    perDay: config.INQUIRIES_PER_DAY,
    retentionDays,
    start() {
      const warm = (what: string) => (err: unknown) => stopped || log.warn({ err }, `${what} not read at start-up; the first request reads them`);
      threads.warm().catch(warm('inquiry threads'));
      quotes.warm().catch(warm('quotes'));
      stops.push(
        instances.jobs.every('inquiry-email-recovery', PENDING_RECOVERY.everyMs, () => notifier.recover()),
        instances.jobs.every('inquiry-retention', config.INQUIRY_RETENTION_SWEEP_MINUTES * 60_000, runRetention),
      );
    },
    stop() {
      stopped = true;
      stops.splice(0).forEach((stop) => stop());
      unfollow();
      notifier.stop();
      hub.closeAll();
    },
  };
}
