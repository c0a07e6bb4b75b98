// A person's choice of inquiry emails (new inquiry, reply, quote): every kind is on until they turn it off.
import type { NotificationPrefs } from '../../../shared/schemas/inquiries';
import { NotificationPrefsModel } from './inquiry.model';

export async function notificationPrefsOf(userId: string): Promise<NotificationPrefs> {
  const p = await NotificationPrefsModel.findById(userId).lean();
  return { newInquiry: p?.newInquiry ?? true, reply: p?.reply ?? true, quote: p?.quote ?? true };
}

export async function setNotificationPrefs(userId: string, prefs: Partial<NotificationPrefs>): Promise<void> {
  await NotificationPrefsModel.updateOne({ _id: userId }, { $set: prefs }, { upsert: true });
}

/** The one-click unsubscribe: every kind off. */
export const unsubscribeAll = (userId: string) => setNotificationPrefs(userId, { newInquiry: false, reply: false, quote: false });
