// Every email leaves through a Mailer: SMTP (nodemailer) when SMTP_URL is set, otherwise the database outbox
// (development and tests), which tests read and admins can view at /api/admin/outbox.
import nodemailer from 'nodemailer';
import type { Logger } from '../log/logger';
import { OutboxModel } from './outbox.model';

/** `headers`: extra headers such as List-Unsubscribe (kept in the outbox too). */
/**
 * Batched notification emails wait in pending records, each timed by the instance that wrote it. Records without a
 * timer (left by a stop, or by an instance that died) are looked for this often by a scheduled job, and sent this
 * long after they were due, so that their own instance, if alive, sends them first.
 */
export const PENDING_RECOVERY = { everyMs: 60_000, graceMs: 5_000 };

export type Mail = { to: string; subject: string; text: string; headers?: Record<string, string> };
export type Mailer = { kind: 'smtp' | 'outbox'; send(mail: Mail): Promise<void> };

export function createMailer(options: { smtpUrl?: string; from: string; log: Logger }): Mailer {
  if (!options.smtpUrl) {
    return {
      kind: 'outbox',
      async send(mail) {
        await OutboxModel.create(mail);
      },
    };
  }
  const transport = nodemailer.createTransport(options.smtpUrl);
  return {
    kind: 'smtp',
    async send(mail) {
      await transport.sendMail({ from: options.from, ...mail });
      options.log.info({ subject: mail.subject }, 'email sent');
    },
  };
}
