// The accounts module's parts of the personal-data registry: the account, sessions, security events and emailed
// links (the organisation's part is the privacy module's: it shows the supplier profile too).
import { presentAuditEvent } from '../audit';
import { presentMe } from './account.presenter';
import { LinkTokenModel } from './link-token.model';
import { DELETED_NAME, label, type PersonalDataPart } from './personal-data';
import { SessionModel } from './session.model';
import { revokeAllSessions } from './session.service';
import { UserModel } from './user.model';

export const accountPart: PersonalDataPart = {
  key: 'account',
  about: label('Your name, email address, role and when you registered.', '你的姓名、電郵地址、角色及註冊日期。'),
  exports: ['User'],
  erases: ['User'],
  export: async ({ user, organisation }) => presentMe(user, organisation),
  erasure: () => ({
    effect: 'anonymised',
    text: label(
      `Your name becomes "${DELETED_NAME}", your email address is replaced and your password destroyed. You can register again with the same address.`,
      `你的姓名會改為「${DELETED_NAME}」，電郵地址會被取代，密碼會被銷毀。你之後可用同一地址重新註冊。`,
    ),
  }),
  erase: async ({ userId }) => {
    await UserModel.updateOne(
      { _id: userId },
      { $set: { email: `deleted-${userId.toHexString()}@deleted.invalid`, name: DELETED_NAME, passwordHash: '!', deletedAt: new Date() } },
    );
  },
};

export const sessionsPart: PersonalDataPart = {
  key: 'sessions',
  about: label('Your sign-in sessions: when each started, was last used and ended, and the browser it was in.', '你的登入工作階段：每次開始、最後使用及結束的時間，以及所用的瀏覽器。'),
  exports: ['Session'],
  erases: ['Session'],
  export: async ({ userId }) =>
    (await SessionModel.find({ userId }, { createdAt: 1, lastUsedAt: 1, revokedAt: 1, userAgent: 1 }).sort({ createdAt: 1 }).lean()).map((s) => ({
      startedAt: s.createdAt.toISOString(),
      lastUsedAt: s.lastUsedAt?.toISOString(),
      endedAt: s.revokedAt?.toISOString(),
      userAgent: s.userAgent ?? undefined,
    })),
  erasure: () => ({ effect: 'deleted', text: label('Every session ends on every device, and the browser names are deleted.', '所有裝置上的工作階段都會結束，瀏覽器名稱會被刪除。') }),
  erase: async ({ userId }) => {
    await revokeAllSessions(userId, 'account deleted');
    await SessionModel.updateMany({ userId }, { $unset: { userAgent: 1 } });
  },
};

export const securityEventsPart: PersonalDataPart = {
  key: 'securityEvents',
  about: label('Security events about your account or done by you: sign-ins, password changes, invitations, with the IP address.', '與你帳戶有關或由你作出的保安事件：登入、更改密碼、邀請等，連同 IP 位址。'),
  exports: ['AuditEvent'],
  erases: [],
  export: async ({ auditEvents }) => (await auditEvents()).map(presentAuditEvent).map(({ type, at, ip, detail }) => ({ type, at, ip, detail })),
  erasure: () => ({
    effect: 'kept',
    text: label('Security events are kept as the platform’s security record; they name the account by number only, never by name or email.', '保安事件會保留作平台的保安記錄；記錄只以編號識別帳戶，不含姓名或電郵。'),
  }),
  erase: async () => undefined,
};

export const linksPart: PersonalDataPart = {
  key: 'invitationsSent',
  about: label('Colleagues you invited, by email address, and whether they joined.', '你以電郵邀請的同事，以及他們是否已加入。'),
  exports: ['LinkToken'],
  erases: ['LinkToken'],
  export: async ({ userId }) =>
    (await LinkTokenModel.find({ invitedBy: userId }).sort({ createdAt: 1 })).map((i) => ({ email: i.email, sentAt: i.createdAt.toISOString(), accepted: Boolean(i.usedAt) })),
  erasure: () => ({ effect: 'deleted', text: label('Emailed links not yet used (verification, password reset, your invitations) are deleted.', '尚未使用的電郵連結（驗證、重設密碼、你發出的邀請）會被刪除。') }),
  erase: async ({ userId }) => {
    await LinkTokenModel.deleteMany({ $or: [{ userId }, { invitedBy: userId }], usedAt: null });
  },
};
