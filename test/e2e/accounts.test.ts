// Register, confirm the address with the link from the outbox, sign in and out: in English and in Chinese.
import { describe, expect, it } from 'vitest';
import { latestMail, uniqueEmail } from '../server/accounts-helpers';
import { browserSuite } from './browser';

const suite = browserSuite();

const languages = [
  {
    locale: 'en-GB',
    switchTo: undefined,
    text: {
      register: 'Register', supplier: 'an AI supplier', name: 'Your name', org: 'Supplier company name', email: 'Email address',
      newPassword: 'New password', password: 'Password', acknowledge: 'I have read the personal information collection statement.',
      create: 'Create account', check: 'Check your email', confirmed: 'Your email address is confirmed', signIn: 'Sign in', account: 'My account', dashboard: 'Your supplier dashboard', signOut: 'Sign out',
    },
  },
  {
    locale: 'en-GB',
    switchTo: '繁中',
    text: {
      register: '註冊', supplier: '人工智能供應商', name: '你的姓名', org: '供應商公司名稱', email: '電郵地址',
      newPassword: '新密碼', password: '密碼', acknowledge: '我已閱讀收集個人資料聲明。',
      create: '建立帳戶', check: '請查看你的電郵', confirmed: '你的電郵地址已確認', signIn: '登入', account: '我的帳戶', dashboard: '供應商主頁', signOut: '登出',
    },
  },
];

describe('accounts in the browser', () => {
  for (const { locale, switchTo, text } of languages) {
    it(`registers, verifies, signs in and out (${switchTo ?? 'English'})`, async () => {
      const page = await suite.browser.newPage({ locale });
      const email = uniqueEmail('browser');
      await page.goto(suite.server.url);
      if (switchTo) await page.getByRole('button', { name: switchTo }).click();
      await page.getByRole('link', { name: text.register, exact: true }).click();
      await page.getByLabel(text.supplier).check();
      await page.getByLabel(text.name).fill('Chan Siu Ming');
      await page.getByLabel(text.org).fill('Harbour Robotics');
      await page.getByLabel(text.email).fill(email);
      await page.getByLabel(text.newPassword).fill('Star-ferry-crossing-1898');
      await page.getByLabel(text.acknowledge).check();
      await page.getByRole('button', { name: text.create }).click();
      await page.getByRole('heading', { name: text.check }).waitFor();

      const mail = await latestMail(email);
      const link = mail!.text.match(/http\S+\/verify-email#token=[A-Za-z0-9_-]+/)![0];
      await page.goto(link.replace(suite.server.config.publicUrl, suite.server.url));
      await page.getByText(text.confirmed).waitFor();
      await page.getByRole('main').getByRole('link', { name: text.signIn }).click();
      // The verify-email page has an email field too: wait until the sign-in page is the one showing.
      await expect.poll(() => new URL(page.url()).pathname).toBe('/login');
      await page.getByRole('main').getByRole('button', { name: text.signIn }).waitFor();

      await page.getByLabel(text.email).fill(email);
      await page.getByLabel(text.password, { exact: true }).fill('Star-ferry-crossing-1898');
      await page.getByRole('main').getByRole('button', { name: text.signIn }).click();
      // Signing in lands on the dashboard; the account page is one link away.
      await page.getByRole('heading', { level: 1, name: text.dashboard }).waitFor();
      await page.getByRole('link', { name: text.account, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: text.account }).waitFor();
      await expect.poll(() => page.getByText(email).count()).toBeGreaterThan(0);

      // Reloading keeps the session (refresh cookie), then signing out ends it.
      await page.reload();
      await page.getByRole('heading', { level: 1, name: text.account }).waitFor();
      await page.getByRole('button', { name: text.signOut, exact: true }).click();
      await page.getByRole('link', { name: text.signIn, exact: true }).waitFor();
      await page.goto(`${suite.server.url}/account`);
      await expect.poll(() => new URL(page.url()).pathname).toBe('/login');
      await page.close();
    });
  }
});
