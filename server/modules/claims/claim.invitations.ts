// Invitations to claim a profile: an inquiry to a profile nobody owns emails the profile's public contact address
// (when it is an email address) an invitation to claim the profile and read the inquiry. The email names no one
// and quotes nothing of the SME's inquiry, so it cannot leak the SME's contact details. At most one invitation per
// address per interval (a unique insert per address and interval decides which inquiry sends it), none after the
// address unsubscribed through the signed link every invitation carries.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { claimOnce } from '../../platform/db/claim';
import type { Mailer } from '../../platform/mail/mailer';
import type { SupplierDoc } from '../suppliers';
import { InvitationOptOutModel } from './claim.model';

export const INVITATION_INTERVAL_HOURS = 24;
const sign = '\n\nAI Bridge · 人工智能橋\n';

export type InviterOptions = { mailer: Mailer; publicUrl: string; secret: string; intervalHours?: number };

export class ClaimInviter {
  constructor(private readonly o: InviterOptions) {}

  unsubscribeToken(address: string): string {
    const encoded = Buffer.from(address).toString('base64url');
    return `${encoded}.${this.mac(address)}`;
  }

  /** The address a token was made for, or undefined. */
  verifyUnsubscribe(token: string): string | undefined {
    const [encoded, mac] = token.split('.');
    if (!encoded || !mac) return undefined;
    const address = Buffer.from(encoded, 'base64url').toString();
    const expected = Buffer.from(this.mac(address));
    const given = Buffer.from(mac);
    return expected.length === given.length && timingSafeEqual(expected, given) ? address : undefined;
  }

  async unsubscribe(address: string): Promise<void> {
    await InvitationOptOutModel.updateOne({ _id: address }, { $setOnInsert: { _id: address } }, { upsert: true });
  }

  private mac(address: string): string {
    return createHmac('sha256', this.o.secret).update(`claim-invitation-unsubscribe:${address}`).digest('base64url').slice(0, 32);
  }

  /** Invites the profile's public contact to claim it; true when an email went out. */
  async invite(supplier: SupplierDoc): Promise<boolean> {
    if (supplier.contact?.channel !== 'email') return false;
    const address = supplier.contact.value.trim().toLowerCase();
    if (await InvitationOptOutModel.exists({ _id: address })) return false;
    const interval = Math.floor(Date.now() / ((this.o.intervalHours ?? INVITATION_INTERVAL_HOURS) * 3_600_000));
    if (!(await claimOnce(`claim-invitation:${address}:${interval}`))) return false;
    const token = this.unsubscribeToken(address);
    // The profile page: visitors are offered registration with the claim, signed-in supplier members the claim form.
    const claimUrl = `${this.o.publicUrl}/suppliers/${supplier.slug}`;
    const stop = `${this.o.publicUrl}/unsubscribe?kind=invitation#token=${token}`;
    await this.o.mailer.send({
      to: address,
      subject: `An inquiry is waiting for ${supplier.name} on AI Bridge · 有查詢等待你回覆`,
      text:
        `A Hong Kong business sent an inquiry to ${supplier.name} through AI Bridge, the directory of AI suppliers where your company is listed. ` +
        `To read it and reply, register as a supplier and claim your company's profile (free):\n${claimUrl}\n\n` +
        `一家香港企業透過 AI Bridge 向 ${supplier.nameZh ?? supplier.name} 發出查詢。AI Bridge 是收錄貴公司的人工智能供應商名錄。` +
        `如欲閱讀及回覆，請以供應商身分註冊並認領貴公司的資料頁（免費）：\n${claimUrl}\n\n` +
        `No more invitations to this address · 不再向此地址發出邀請: ${stop}${sign}`,
      headers: {
        'List-Unsubscribe': `<${this.o.publicUrl}/api/claims/invitations/unsubscribe?token=${token}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
    });
    return true;
  }
}
