// Emails to the SME about interest in its needs, batched as inquiry emails are: the first interest in a need
// inserts a pending record `<userId>:<needId>` (the first insert wins) and starts a timer; later ones in the burst
// add to its count; when it fires the record is deleted and one email goes out, with no supplier note in it.
// They follow the "new inquiry" email preference and its one-click unsubscribe link.
import type { Types } from 'mongoose';
import type { Logger } from '../../platform/log/logger';
import { PENDING_RECOVERY, type Mail, type Mailer } from '../../platform/mail/mailer';
import { isDuplicateKeyError } from '../../platform/errors/duplicate-key';
import { UserModel } from '../accounts';
import { notificationPrefsOf } from '../inquiries';
import { NeedModel } from '../needs';
import { PendingInterestMailModel } from './interest.model';

export type InterestNotifierOptions = { mailer: Mailer; publicUrl: string; delayMs: number; log: Logger; unsubscribeToken: (userId: string) => string };

export class InterestNotifier {
  /** Pending keys this instance has a timer for. */
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private stopped = false;

  constructor(private readonly o: InterestNotifierOptions) {}

  /** A supplier expressed interest in the need: every member of the SME organisation hears of it, once per burst. */
  async notify(need: { _id: Types.ObjectId; organisationId: Types.ObjectId }): Promise<void> {
    const members = await UserModel.find({ organisationId: need.organisationId, deletedAt: null }, { _id: 1 }).lean();
    for (const { _id: userId } of members) {
      if (!(await notificationPrefsOf(userId.toHexString())).newInquiry) continue;
      const key = `${userId.toHexString()}:${need._id.toHexString()}`;
      try {
        await PendingInterestMailModel.create({ _id: key, userId, needId: need._id, dueAt: new Date(Date.now() + this.o.delayMs) });
        this.schedule(key, this.o.delayMs);
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
        await PendingInterestMailModel.updateOne({ _id: key }, { $inc: { count: 1 } });
      }
    }
  }

  private schedule(key: string, ms: number): void {
    if (this.stopped) return;
    clearTimeout(this.timers.get(key));
    const timer = setTimeout(() => {
      this.timers.delete(key);
      this.flush(key).catch((err) => this.o.log.error({ err }, 'interest notification failed'));
    }, Math.max(0, ms));
    this.timers.set(key, timer);
  }

  /** Sends the batched email for one pending record; the delete decides which caller sends it. */
  async flush(key: string): Promise<boolean> {
    const pending = await PendingInterestMailModel.findById(key);
    if (!pending) return false;
    if ((await PendingInterestMailModel.deleteOne({ _id: key })).deletedCount !== 1) return false;
    const [user, need, prefs] = await Promise.all([
      UserModel.findById(pending.userId),
      NeedModel.findById(pending.needId, { title: 1 }),
      notificationPrefsOf(pending.userId.toHexString()),
    ]);
    if (!user || user.deletedAt || !need || !prefs.newInquiry) return false;
    await this.o.mailer.send(this.mail(user.email, user._id.toHexString(), need._id.toHexString(), need.title, pending.count));
    return true;
  }

  private mail(to: string, userId: string, needId: string, title: string, count: number): Mail {
    const url = `${this.o.publicUrl}/needs/${needId}`;
    const token = this.o.unsubscribeToken(userId);
    const who = count === 1 ? 'A supplier has' : `${count} suppliers have`;
    return {
      to,
      subject: `AI Bridge: suppliers interested in "${title}" · 有供應商對你的需要感興趣`,
      text:
        `${who} expressed interest in your need "${title}". See who, and why they fit, on AI Bridge:\n${url}\n` +
        `They do not know who you are until you reply.\n\n` +
        `有${count}家供應商對你的需要「${title}」表示興趣。請在 AI Bridge 查看供應商及其配對原因：\n${url}\n` +
        `在你回覆之前，供應商不會知道你的身分。\n\n` +
        `Stop these emails · 停止接收此類電郵: ${this.o.publicUrl}/unsubscribe#token=${token}\n\nAI Bridge · 人工智能橋\n`,
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
    const pending = await PendingInterestMailModel.find({}, { dueAt: 1 }).lean();
    for (const p of pending) if (p._id && !this.timers.has(p._id)) this.schedule(p._id, p.dueAt.getTime() + PENDING_RECOVERY.graceMs - Date.now());
  }

  stop(): void {
    this.stopped = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
