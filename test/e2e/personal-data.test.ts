// Download my data and delete my account, in English and Chinese: the export holds the organisation's records with
// explanations; deleting shows what is deleted, anonymised and kept, asks for the password and ends on its own page.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { bearer, signUp } from '../server/accounts-helpers';
import { browserSuite, openPage, signInAt } from './browser';

const suite = browserSuite();

const languages = [
  { switchTo: undefined, text: { download: 'Download my data', review: 'Review what will be deleted…', deleted: 'Deleted', anonymised: 'Anonymised', kept: 'Kept', form: 'Before you delete your account', password: 'Current password', confirm: 'Yes, delete my account', done: 'Your account has been deleted' } },
  { switchTo: '繁中', text: { download: '下載我的資料', review: '查看將會刪除的內容…', deleted: '刪除', anonymised: '匿名化', kept: '保留', form: '刪除帳戶前請確認', password: '現有密碼', confirm: '確定刪除我的帳戶', done: '你的帳戶已刪除' } },
];

describe('personal data in the browser', () => {
  for (const { switchTo, text } of languages) {
    it(`downloads everything, then deletes the account after confirming (${switchTo ?? 'English'})`, async () => {
      const sme = await signUp(suite.server, 'sme', 'Mong Kok Florist');
      expect((await suite.server.send('POST', '/api/shortlists', { name: 'Chatbot vendors' }, bearer(sme))).status).toBe(201);
      const page = await openPage(suite.browser);
      await signInAt(page, suite.server.url, sme.email, '/account');
      if (switchTo) await page.getByRole('button', { name: switchTo }).click();

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: text.download }).click()]);
      const data = JSON.parse(await readFile((await download.path())!, 'utf8'));
      expect(data.shortlists).toEqual([expect.objectContaining({ name: 'Chatbot vendors' })]);
      expect(data.explanations.shortlists['zh-Hant']).toBeTruthy();

      await page.getByRole('button', { name: text.review }).click();
      for (const heading of [text.deleted, text.anonymised, text.kept]) await page.getByRole('heading', { level: 5, name: heading, exact: true }).waitFor();
      const form = page.getByRole('form', { name: text.form });
      await form.getByLabel(text.password).fill(sme.password);
      await form.getByRole('button', { name: text.confirm }).click();
      await page.getByRole('heading', { level: 1, name: text.done }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/account/deleted');
      await page.close();
    });
  }
});
