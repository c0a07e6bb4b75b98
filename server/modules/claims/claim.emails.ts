// The claimant hears of a curator's decision by email (in both languages: we do not know which they read).
import type { Mail, Mailer } from '../../platform/mail/mailer';
import { UserModel } from '../accounts';
import { SupplierModel } from '../suppliers';
import type { ClaimDoc } from './claim.model';

const sign = '\n\nAI Bridge · 人工智能橋\n';

function decisionMail(to: string, profile: string, claim: ClaimDoc, publicUrl: string): Mail {
  if (claim.status === 'approved') {
    return {
      to,
      subject: `Your claim of ${profile} was approved · 認領已獲批准`,
      text: `A curator approved your claim: ${profile} is now your organisation's profile. Keep it current and read its inquiries at ${publicUrl}/supplier\n\n策展人已批准你的認領：${profile} 現已成為你機構的資料頁。請在 ${publicUrl}/supplier 更新資料頁及閱讀查詢。${sign}`,
    };
  }
  return {
    to,
    subject: `Your claim of ${profile} was not approved · 認領未獲批准`,
    text: `A curator did not approve your claim of ${profile}. The reason:\n${claim.reason ?? ''}\n\n策展人未有批准你對 ${profile} 的認領。理由：\n${claim.reason ?? ''}${sign}`,
  };
}

export async function sendDecision(mailer: Mailer, publicUrl: string, claim: ClaimDoc): Promise<void> {
  const [user, supplier] = await Promise.all([claim.requestedBy ? UserModel.findById(claim.requestedBy) : null, SupplierModel.findById(claim.supplierId, { name: 1 }).lean()]);
  if (!user || user.deletedAt) return;
  await mailer.send(decisionMail(user.email, supplier?.name ?? 'the profile', claim, publicUrl));
}
