// Every email leaves through a Mailer: SMTP (nodemailer) when SMTP_URL is set, otherwise the database outbox
// (development and tests), which tests read and admins can view at /api/admin/outbox.
import nodemailer from 'nodemailer';
import type { Logger } from '../log/logger';
import { OutboxModel } from './outbox.model';

/** `headers`: extra headers such as List-Unsubscribe (kept in the outbox too). */
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
