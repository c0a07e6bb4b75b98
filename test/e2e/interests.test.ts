// Closing the loop in Chromium, in English and in Chinese: a supplier expresses interest from its opportunities,
// the SME signs in to its dashboard, sees the interest on the need's page with why the supplier fits and answers
// with an inquiry; visitors get a "describe your need" call to action and reach the inquiry form through sign-in.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SupplierModel } from '../../server/modules/suppliers/supplier.model';
import { buildCaseStudy, buildSupplier } from '../factories';
import { bearer, PASSWORD, signUp, type Account } from '../server/accounts-helpers';
import { linkSupplier } from '../server/inquiries-helpers';
import { browserSuite, openPage, signInAt } from './browser';

const harbour = buildSupplier({
  name: 'Harbour Vision Analytics Ltd',
  nameZh: '港灣視覺分析有限公司',
  description: 'Computer-vision quality inspection and defect detection for garment and electronics factories.',
  capabilities: ['computer vision', 'defect detection'],
  layers: ['application'],
  sectors: ['manufacturing'],
  applicationAreas: ['operations'],
  caseStudies: [buildCaseStudy({ clientSector: 'manufacturing' })],
});
const suite = browserSuite({ suppliers: [harbour] });

const languages = [
  {
    name: 'English',
    switchTo: undefined,
    text: {
      email: 'Email address', password: 'Password', signIn: 'Sign in', express: 'Express interest', note: 'A short note to the enterprise',
      send: 'Send interest', sent: 'Interest sent: waiting for the enterprise', dashboard: 'Your dashboard', describeNeed: 'Describe a need',
      interested: '1 supplier interested', noneInterested: 'no supplier interested', interestsTitle: /Suppliers interested in this need/, reply: /Reply with an inquiry/, message: 'Message',
      sendInquiry: 'Send inquiry', supplierName: 'Harbour Vision Analytics Ltd', cta: 'Describe your need', contact: 'Send an inquiry', newInquiry: /New inquiry to/,
    },
  },
  {
    name: '繁體中文',
    switchTo: '繁中',
    text: {
      email: '電郵地址', password: '密碼', signIn: '登入', express: '表示興趣', note: '給企業的簡短留言',
      send: '送出', sent: '已表示興趣：等待企業回覆', dashboard: '我的主頁', describeNeed: '描述需要',
      interested: '1家供應商感興趣', noneInterested: '沒有供應商感興趣', interestsTitle: /對這項需要感興趣的供應商/, reply: /以查詢回覆/, message: '訊息',
      sendInquiry: '送出查詢', supplierName: '港灣視覺分析有限公司', cta: '描述你的需要', contact: '發送查詢', newInquiry: /發送查詢/,
    },
  },
];

async function publishedNeed(sme: Account, title: string): Promise<string> {
  const body = { title, description: 'Cameras and computer vision to catch weaving defects before shipping.', sector: 'manufacturing', applicationAreas: ['operations'], budgetBand: '300k-500k' };
  const { id } = (await (await suite.server.send('POST', '/api/needs', body, bearer(sme))).json()) as { id: string };
  await suite.server.send('POST', `/api/needs/${id}/publish`, {}, bearer(sme));
  return id;
}

async function signInFromLoginPage(page: Page, email: string, text: { email: string; password: string; signIn: string }): Promise<void> {
  await page.getByLabel(text.email).fill(email);
  await page.getByLabel(text.password, { exact: true }).fill(PASSWORD);
  await page.getByRole('main').getByRole('button', { name: text.signIn }).click();
}

describe('interests and dashboards in the browser', () => {
  for (const { name, switchTo, text } of languages) {
    it(`a supplier expresses interest; the SME sees it from its dashboard and answers with an inquiry (${name})`, async () => {
      const [sme, supplier] = await Promise.all([signUp(suite.server, 'sme', `Sham Shui Po Weavers ${name}`), signUp(suite.server, 'supplier', `Harbour Vision ${name}`)]);
      await linkSupplier(supplier, (await SupplierModel.findOne({ externalId: harbour.externalId }))!._id.toHexString());
      const title = `Weaving defects (${name})`;
      const needId = await publishedNeed(sme, title);

      // Signing in lands on the dashboard: the need, and "describe a need".
      const smePage = await openPage(suite.browser);
      await smePage.goto(`${suite.server.url}/login`);
      if (switchTo) await smePage.getByRole('button', { name: switchTo }).click();
      await signInFromLoginPage(smePage, sme.email, text);
      await smePage.getByRole('heading', { level: 1, name: text.dashboard }).waitFor();
      expect(new URL(smePage.url()).pathname).toBe('/dashboard');
      await smePage.getByRole('main').getByRole('link', { name: text.describeNeed }).waitFor();
      await smePage.getByRole('link', { name: title }).waitFor();
      await smePage.getByText(text.noneInterested).waitFor();

      const supplierPage = await openPage(suite.browser);
      await signInAt(supplierPage, suite.server.url, supplier.email, '/opportunities');
      if (switchTo) await supplierPage.getByRole('button', { name: switchTo }).click();
      const card = supplierPage.getByRole('article').filter({ has: supplierPage.getByRole('heading', { name: title }) });
      await card.getByRole('button', { name: text.express }).click();
      await card.getByLabel(text.note).fill('We inspect fabric with cameras for three mills in Kwai Chung.');
      await card.getByRole('button', { name: text.send }).click();
      await card.getByText(text.sent).waitFor();
      // The supplier never sees who wrote the need.
      expect(await supplierPage.getByText(`Sham Shui Po Weavers ${name}`).count()).toBe(0);
      await supplierPage.close();

      // The SME's open dashboard is told without reloading.
      await smePage.getByRole('link', { name: text.interested }).waitFor();
      await smePage.getByRole('link', { name: title }).click();
      await expect.poll(() => new URL(smePage.url()).pathname).toBe(`/needs/${needId}`);
      const interests = smePage.getByRole('region', { name: text.interestsTitle });
      await interests.getByRole('link', { name: text.supplierName }).waitFor();
      await interests.getByText('We inspect fabric with cameras for three mills in Kwai Chung.').waitFor();
      await interests.getByRole('meter').first().waitFor();
      await interests.getByRole('button', { name: text.reply }).click();
      await interests.getByLabel(text.message).fill('Could you visit our factory next week?');
      await interests.getByRole('button', { name: text.sendInquiry }).click();
      await expect.poll(() => new URL(smePage.url()).pathname).toMatch(/^\/inquiries\/[a-f0-9]{24}$/);
      await smePage.getByText('Could you visit our factory next week?').waitFor();
      await smePage.close();
    });

    it(`visitors get a call to action, and "contact this supplier" leads through sign-in to the inquiry form (${name})`, async () => {
      const sme = await signUp(suite.server, 'sme', `Visitor SME ${name}`);
      const page = await openPage(suite.browser);
      await page.goto(suite.server.url);
      if (switchTo) await page.getByRole('button', { name: switchTo }).click();
      await page.getByRole('main').getByRole('link', { name: text.cta }).click();
      await expect.poll(() => new URL(page.url()).pathname).toBe('/login');
      expect(new URL(page.url()).searchParams.get('next')).toBe('/needs/new');

      const slug = (await SupplierModel.findOne({ externalId: harbour.externalId }))!.slug;
      await page.goto(`${suite.server.url}/suppliers/${slug}`);
      await page.getByRole('link', { name: text.contact }).click();
      await expect.poll(() => new URL(page.url()).pathname).toBe('/login');
      await signInFromLoginPage(page, sme.email, text);
      await page.getByRole('heading', { level: 1, name: text.newInquiry }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/inquiries/new');
      await page.close();
    });
  }
});
