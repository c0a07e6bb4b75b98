// The texts of account emails, in English and Traditional Chinese in one message (we do not know which the
// reader prefers before they sign in). Links carry the token in the fragment, which browsers never send to servers.
import type { Mail } from '../../platform/mail/mailer';

const sign = '\n\nAI Bridge · 人工智能橋\n';

export const link = (publicUrl: string, path: string, token: string) => `${publicUrl}${path}#token=${token}`;

export function verifyEmailMail(to: string, url: string): Mail {
  return {
    to,
    subject: 'Confirm your email address · 確認你的電郵地址',
    text: `Confirm your email address for AI Bridge by opening this link within 24 hours:\n${url}\n\nIf you did not register, ignore this email.\n\n請於 24 小時內開啟以下連結，確認你在 AI Bridge 的電郵地址：\n${url}\n\n如你沒有註冊，請忽略本電郵。${sign}`,
  };
}

export function alreadyRegisteredMail(to: string, publicUrl: string): Mail {
  return {
    to,
    subject: 'You already have an AI Bridge account · 你已有 AI Bridge 帳戶',
    text: `Someone tried to register with this address, which already has an account. If it was you, sign in at ${publicUrl}/login or reset your password at ${publicUrl}/forgot-password.\n\n有人嘗試以此電郵地址註冊，但此地址已有帳戶。如果是你，請在 ${publicUrl}/login 登入，或在 ${publicUrl}/forgot-password 重設密碼。${sign}`,
  };
}

export function resetPasswordMail(to: string, url: string): Mail {
  return {
    to,
    subject: 'Reset your password · 重設密碼',
    text: `Choose a new password for AI Bridge by opening this link within one hour:\n${url}\n\nIf you did not ask for this, ignore this email; your password stays the same.\n\n請於一小時內開啟以下連結，為 AI Bridge 設定新密碼：\n${url}\n\n如你沒有提出此要求，請忽略本電郵，你的密碼不會改變。${sign}`,
  };
}

export function invitationMail(to: string, organisation: string, inviter: string, url: string): Mail {
  return {
    to,
    subject: `Join ${organisation} on AI Bridge · 加入 ${organisation}`,
    text: `${inviter} invited you to join ${organisation} on AI Bridge. Accept within 7 days:\n${url}\n\n${inviter} 邀請你在 AI Bridge 加入 ${organisation}。請於 7 日內接受邀請：\n${url}${sign}`,
  };
}

export function passwordChangedMail(to: string): Mail {
  return {
    to,
    subject: 'Your password was changed · 你的密碼已更改',
    text: `The password of your AI Bridge account was changed and every session was signed out. If this was not you, reset your password at once.\n\n你的 AI Bridge 帳戶密碼已更改，所有登入工作階段已登出。如非你本人操作，請立即重設密碼。${sign}`,
  };
}
