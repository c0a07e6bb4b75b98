// Personal data: the deletion's confirmation step and the "account deleted" page.
import { defineMessages } from './define';

export default defineMessages(
  {
    exportLead: 'Download every record that refers to you or your organisation (needs, shortlists, inquiries, quotes, settings, security events), as a JSON file that explains each part.',
    review: 'Review what will be deleted…',
    confirmTitle: 'Before you delete your account',
    confirmLead: 'This is what deleting your account does. It cannot be undone.',
    effects: { deleted: 'Deleted', anonymised: 'Anonymised', kept: 'Kept' },
    records: 'no records | 1 record | {n} records',
    confirm: 'Yes, delete my account',
    cancel: 'Keep my account',
    deletedTitle: 'Your account has been deleted',
    deletedLead: 'You have been signed out on every device. Your name, email address and password are gone; your messages are signed “Deleted user”.',
    deletedKept: 'Records that belong to your organisation stay with it, as the confirmation said. You can register again with the same email address at any time.',
    home: 'Back to the home page',
  },
  {
    exportLead: '下載與你或你的機構有關的所有記錄（需求、候選名單、查詢、報價、設定、保安事件），以 JSON 檔案提供，並說明每一部分。',
    review: '查看將會刪除的內容…',
    confirmTitle: '刪除帳戶前請確認',
    confirmLead: '以下是刪除帳戶的結果。此操作無法復原。',
    effects: { deleted: '刪除', anonymised: '匿名化', kept: '保留' },
    records: '沒有記錄 | 1 項記錄 | {n} 項記錄',
    confirm: '確定刪除我的帳戶',
    cancel: '保留我的帳戶',
    deletedTitle: '你的帳戶已刪除',
    deletedLead: '你已在所有裝置登出。你的姓名、電郵地址及密碼已被刪除；你的訊息會署名「Deleted user」。',
    deletedKept: '屬於你機構的記錄會如確認頁所述留在機構內。你隨時可以用同一電郵地址重新註冊。',
    home: '返回首頁',
  },
);
