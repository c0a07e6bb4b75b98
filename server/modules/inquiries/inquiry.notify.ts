// Email notifications for inquiries, batched: the first event for a recipient and thread inserts a pending record
// (`<userId>:<inquiryId>` as _id, so exactly one insert wins) and starts a timer; later events in the burst only
// add to it; when the timer fires the record is deleted and one email goes out. Pending records left by a stop (or
// by an instance that died) are picked up by the recovery job. Preferences and a signed one-click unsubscribe link
// decide who gets one.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Types } from 'mongoose';
import { isObjectId } from '../../platform/db/hex-id';
import type { Logger } from '../../platform/log/logger';
import { PENDING_RECOVERY, type Mail, type Mailer } from '../../platform/mail/mailer';
import { isDuplicateKeyError } from '../../platform/errors/duplicate-key';
import { OrganisationModel, UserModel } from '../accounts';
import type { Side } from '../../../shared/schemas/inquiries';
import { InquiryModel, MessageModel, NotificationPrefsModel, PendingNotificationModel, type InquiryDoc } from './inquiry.model';

type PendingDoc = { since?: Date | null; kinds: string[]; count: number };
type NotificationPrefs = Record<NotificationKind, boolean>;

export type NotificationKind = 'newInquiry' | 'reply' | 'quote';
export type NotifierOptions = { mailer: Mailer; publicUrl: string; delayMs: number; secret: string; log: Logger };

const sign = '\n\nAI Bridge · 人工智能橋\n';
const kindText: Record<NotificationKind, { en: string; zh: string }> = {
  newInquiry: { en: 'a new inquiry', zh: '一項新查詢' },
  reply: { en: 'new messages', zh: '新訊息' },
  quote: { en: 'a quote', zh: '一份報價' },
};

/** The users of a thread's side: the SME organisation's members, or those of the organisation linked to the supplier. */
export async function sideUserIds(inquiry: InquiryDoc, side: 'sme' | 'supplier'): Promise<Types.ObjectId[]> {
  const orgIds: Types.ObjectId[] = side === 'sme' ? [inquiry.smeOrganisationId] : (await OrganisationModel.find({ supplierId: inquiry.supplierId })).map((o) => o._id);
  if (!orgIds.length) return [];
  const users = await UserModel.find({ organisationId: { $in: orgIds }, deletedAt: null });
  return users.map((u) => u._id);
}

export class InquiryNotifier {
  /** Pending keys this instance has a timer for. */
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private stopped = false;

  constructor(private readonly o: NotifierOptions) {}

  unsubscribeToken(userId: string): string {
    return `${userId}.${this.mac(userId)}`;
  }

  /** The user id a token was made for, or undefined. */
  verifyUnsubscribe(token: string): string | undefined {
    const [userId, mac] = token.split('.');
    if (!userId || !mac || !isObjectId(userId)) return undefined;
    const expected = Buffer.from(this.mac(userId));
    const given = Buffer.from(mac);
    return expected.length === given.length && timingSafeEqual(expected, given) ? userId : undefined;
  }

  private mac(userId: string): string {
    return createHmac('sha256', this.o.secret).update(`inquiry-unsubscribe:${userId}`).digest('base64url').slice(0, 32);
  }

  /**
   * A message (`at`) in the thread that `recipients` should hear about, once per burst. Only the first event of a
   * burst writes (the insert that wins); later ones change nothing, and the email counts the burst's messages when
   * it is sent (an `$inc` per event loses updates on FerretDB under concurrent messages).
   */
  async notify(inquiry: InquiryDoc, recipients: Types.ObjectId[], kind: NotificationKind, at: Date): Promise<void> {
    for (const userId of recipients) {
      const prefs = await NotificationPrefsModel.findById(userId);
      if (prefs && !prefs[kind]) continue;
      const key = `${userId.toHexString()}:${inquiry._id.toHexString()}`;
      try {
        await PendingNotificationModel.create({ _id: key, userId, inquiryId: inquiry._id, kinds: [kind], since: at, dueAt: new Date(Date.now() + this.o.delayMs) });
        this.schedule(key, this.o.delayMs);
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
      }
    }
  }

  /** What one email reports: the kinds and number of the burst's messages from the other side, as `prefs` allow. */
  private async burst(pending: PendingDoc, inquiry: InquiryDoc, recipientSide: Side, prefs: NotificationPrefs | null, until: Date) {
    let events: NotificationKind[];
    if (!pending.since) {
      events = Array.from({ length: pending.count }, (_, i) => (pending.kinds[Math.min(i, pending.kinds.length - 1)] ?? 'reply') as NotificationKind);
    } else {
      const [messages, first] = await Promise.all([
        MessageModel.find({ inquiryId: inquiry._id, createdAt: { $gte: pending.since, $lte: until } }, { side: 1, quoteId: 1 }).sort({ createdAt: 1, _id: 1 }).lean(),
        MessageModel.findOne({ inquiryId: inquiry._id }, { _id: 1 }).sort({ createdAt: 1, _id: 1 }).lean(),
      ]);
      events = messages.filter((m) => m.side !== recipientSide).map((m) => (m.quoteId ? 'quote' : first?._id.equals(m._id) ? 'newInquiry' : 'reply'));
    }
    const wanted = events.filter((k) => !prefs || prefs[k]);
    return { kinds: [...new Set(wanted)], count: wanted.length };
  }

  private schedule(key: string, ms: number): void {
    if (this.stopped) return;
    clearTimeout(this.timers.get(key));
    const timer = setTimeout(() => {
      this.timers.delete(key);
      this.flush(key).catch((err) => this.o.log.error({ err }, 'inquiry notification failed'));
    }, Math.max(0, ms));
    this.timers.set(key, timer);
  }

  /** Sends the batched email for one pending record; the delete decides which caller sends it. */
  async flush(key: string): Promise<boolean> {
    const pending = await PendingNotificationModel.findById(key);
    if (!pending) return false;
    const { deletedCount } = await PendingNotificationModel.deleteOne({ _id: key });
    if (deletedCount !== 1) return false;
    const [user, inquiry, prefs] = await Promise.all([
      UserModel.findById(pending.userId),
      InquiryModel.findById(pending.inquiryId),
      NotificationPrefsModel.findById(pending.userId),
    ]);
    if (!user || user.deletedAt || !inquiry) return false;
    const side: Side = user.organisationId?.equals(inquiry.smeOrganisationId) ? 'sme' : 'supplier';
    const { kinds, count } = await this.burst(pending, inquiry, side, prefs, new Date());
    if (!kinds.length) return false;
    await this.o.mailer.send(this.mail(user.email, user._id.toHexString(), inquiry, kinds, count));
    return true;
  }

  private mail(to: string, userId: string, inquiry: InquiryDoc, kinds: NotificationKind[], count: number): Mail {
    const url = `${this.o.publicUrl}/inquiries/${inquiry._id.toHexString()}`;
    const token = this.unsubscribeToken(userId);
    const unsubscribePage = `${this.o.publicUrl}/unsubscribe#token=${token}`;
    const what = { en: kinds.map((k) => kindText[k].en).join(', '), zh: kinds.map((k) => kindText[k].zh).join('、') };
    const updates = count > 1 ? ` (${count} updates)` : '';
    return {
      to,
      subject: `AI Bridge inquiry: ${inquiry.subject} · 查詢更新`,
      text:
        `You have ${what.en}${updates} in the inquiry "${inquiry.subject}". Read and reply on AI Bridge:\n${url}\n\n` +
        `你在查詢「${inquiry.subject}」有${what.zh}。請在 AI Bridge 閱讀及回覆：\n${url}\n\n` +
        `Stop these emails · 停止接收此類電郵: ${unsubscribePage}${sign}`,
      headers: {
        'List-Unsubscribe': `<${this.o.publicUrl}/api/notifications/unsubscribe?token=${token}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
    };
  }

  /**
   * Pending records without a timer here: left by an earlier run, or by another instance that may have stopped.
   * Each is flushed PENDING_RECOVERY.graceMs after it was due (its own instance, if alive, has sent it by then, and
   * the flush finds nothing). A scheduled job: one instance runs it at a time.
   */
  async recover(): Promise<void> {
    const pending = await PendingNotificationModel.find({}, { dueAt: 1 }).lean();
    for (const p of pending) if (p._id && !this.timers.has(p._id)) this.schedule(p._id, p.dueAt.getTime() + PENDING_RECOVERY.graceMs - Date.now());
  }

  stop(): void {
    this.stopped = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
