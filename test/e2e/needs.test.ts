// An SME describes a need in the wizard and reads its explained matches, in English and in Chinese;
// a supplier sees a published need as an opportunity without the SME's identity.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { OrganisationModel } from '../../server/modules/accounts/organisation.model';
import { SupplierModel } from '../../server/modules/suppliers/supplier.model';
import { buildCaseStudy, buildSupplier } from '../factories';
import { bearer, PASSWORD, signUp } from '../server/accounts-helpers';
import { browserSuite, openPage } from './browser';

const harbour = buildSupplier({
  name: 'Harbour Vision Analytics Ltd',
  nameZh: '港灣視覺分析有限公司',
  description: 'Computer-vision quality inspection and defect detection for garment and electronics factories.',
  descriptionZh: '為製衣及電子廠提供電腦視覺品質檢測及瑕疵檢測。',
  capabilities: ['computer vision', 'defect detection', 'quality inspection'],
  layers: ['application'],
  sectors: ['manufacturing'],
  applicationAreas: ['operations'],
  projectBudgetHKD: { min: 150_000, max: 800_000 },
  caseStudies: [buildCaseStudy({ title: 'Automated fabric defect detection', titleZh: '自動布料瑕疵檢測', clientSector: 'manufacturing' })],
});
const ledger = buildSupplier({
  name: 'Kowloon Ledger AI',
  nameZh: '九龍帳簿人工智能',
  description: 'Reads invoices and receipts automatically for accounting teams.',
  descriptionZh: '為會計團隊自動讀取發票及收據。',
  capabilities: ['document AI', 'invoice reading'],
  layers: ['application'],
  // It lists manufacturing among its sectors, so it is a candidate for a manufacturing need, with visible gaps.
  sectors: ['trade-retail', 'manufacturing'],
  applicationAreas: ['finance'],
  projectBudgetHKD: { min: 50_000, max: 200_000 },
});

const suite = browserSuite({ suppliers: [harbour, ledger] });

const newPage = () => openPage(suite.browser);

async function signIn(page: Page, email: string, text: { email: string; password: string; signIn: string }) {
  await page.getByRole('link', { name: text.signIn, exact: true }).click();
  await page.getByLabel(text.email).fill(email);
  await page.getByLabel(text.password, { exact: true }).fill(PASSWORD);
  await page.getByRole('main').getByRole('button', { name: text.signIn }).click();
}

const focusedTag = (page: Page) => page.evaluate(() => document.activeElement?.tagName);

const en = {
  email: 'Email address', password: 'Password', signIn: 'Sign in', myNeeds: 'My needs', describe: 'Describe a need', next: 'Next',
  sector: 'Your sector', title: 'A short title for the problem', description: 'The problem in your own words', budget: 'Budget for the project',
};
const zh = {
  email: '電郵地址', password: '密碼', signIn: '登入', myNeeds: '我的需要', describe: '描述你的需要', next: '下一步',
  sector: '你所屬的行業', title: '問題的簡短標題', description: '用你自己的說法描述問題', budget: '項目預算',
};

describe('needs in the browser', () => {
  it('walks the wizard in English, with the self-assessment, to explained matches', async () => {
    const sme = await signUp(suite.server, 'sme', 'Tsuen Wan Garments Ltd');
    const page = await newPage();
    await page.goto(suite.server.url);
    await signIn(page, sme.email, en);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: en.myNeeds }).click();
    await page.getByRole('heading', { name: 'You have not described a need yet' }).waitFor();
    await page.getByRole('link', { name: en.describe }).click();
    await page.getByRole('heading', { level: 1, name: en.describe }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Progress' }).locator('[aria-current="step"]').textContent()).toContain('Your business');

    // Step 1: nothing chosen → field errors, focus on the first invalid field.
    await page.getByRole('button', { name: en.next }).click();
    await page.getByRole('alert').filter({ hasText: 'Please correct the fields marked below.' }).waitFor();
    expect(await page.getByText('Please choose at least one.').count()).toBe(1);
    expect(await focusedTag(page)).toBe('SELECT');
    await page.getByLabel(en.sector).selectOption({ label: 'Manufacturing' });
    await page.getByRole('group', { name: /Where in the business should AI help/ }).getByLabel('Operations', { exact: true }).check();
    await page.getByRole('button', { name: en.next }).click();

    // Step 2: focus moves to the step heading.
    await page.getByRole('heading', { level: 2, name: /The problem/ }).waitFor();
    expect(await focusedTag(page)).toBe('H2');
    await page.getByLabel(en.title).fill('Spot fabric defects before shipping');
    await page.getByLabel(en.description).fill('Our inspectors miss small weaving faults in fabric; we want cameras and defect detection on the line.');
    await page.getByRole('group', { name: 'What has held you back so far?' }).getByLabel('Lack of funds').check();
    await page.getByRole('button', { name: en.next }).click();

    // Step 3: the budget; the draft is saved from here on.
    await page.getByLabel(en.budget).selectOption({ label: 'HK$300,000–500,000' });
    await page.getByLabel('Data must stay in Hong Kong').check();
    await page.getByRole('button', { name: en.next }).click();
    await page.getByText('Draft saved.').waitFor();

    // Step 4: the eight statements, then the level and its guidance.
    await page.getByRole('heading', { level: 2, name: /AI readiness/ }).waitFor();
    await page.getByText('Answer all eight statements to see your level.').waitFor();
    const statements = page.locator('.readiness-question');
    expect(await statements.count()).toBe(8);
    for (let i = 0; i < 8; i++) await statements.nth(i).getByLabel('4 · Agree').check();
    await page.getByRole('heading', { name: 'Your AI readiness: AI Ready' }).waitFor();
    await page.getByText('APIs, SDKs, platforms and integration partners fit best').waitFor();
    await page.getByRole('button', { name: en.next }).click();

    // Step 5: review, publish, results.
    await page.getByRole('heading', { level: 2, name: /Review/ }).waitFor();
    await page.getByText('AI Ready (from your self-assessment)').waitFor();
    await page.getByRole('button', { name: 'Publish and see matches' }).click();
    await page.getByRole('heading', { level: 1, name: 'Spot fabric defects before shipping' }).waitFor();
    await page.locator('.status-chip', { hasText: 'Published' }).waitFor();
    await page.getByText('This is information, not advice', { exact: false }).first().waitFor();

    const cards = page.locator('.match-card');
    await cards.first().waitFor();
    const first = cards.first();
    expect(await first.getByRole('heading', { level: 3 }).textContent()).toBe('Harbour Vision Analytics Ltd');
    const meter = first.getByRole('meter', { name: 'Fit score' });
    expect(Number(await meter.getAttribute('aria-valuenow'))).toBeGreaterThan(0);
    expect(await meter.getAttribute('aria-valuetext')).toMatch(/out of 100/);
    await first.getByText('Has published case studies in Manufacturing').waitFor();
    expect(await first.locator('.reason--strength .reason__kind').first().textContent()).toBe('Strength:');
    // Ranked by fit: the manufacturing supplier with a case study outranks the invoice reader.
    expect(await cards.count()).toBe(2);
    expect(await cards.nth(1).getByRole('heading', { level: 3 }).textContent()).toBe('Kowloon Ledger AI');
    expect(await cards.nth(1).locator('.reason--gap').count()).toBeGreaterThan(0);

    await first.getByText('Why this match').click();
    const sector = first.locator('[data-component="sector"]');
    await sector.getByText('Sector experience').waitFor();
    expect(await sector.locator('.why-panel__points').textContent()).toMatch(/^\d+(\.\d)? \/ \d+/);
    expect(await first.getByRole('link', { name: /Start an inquiry/ }).getAttribute('href')).toMatch(/^\/inquiries\/new\?supplierId=[a-f0-9]{24}&needId=[a-f0-9]{24}$/);

    // Compare: two ticks give a link to /compare with both ids.
    await cards.nth(0).getByLabel(/^Compare/).check();
    await cards.nth(1).getByLabel(/^Compare/).check();
    expect(await page.getByRole('link', { name: 'Compare selected (2)' }).getAttribute('href')).toMatch(/^\/compare\?ids=[a-f0-9]{24},[a-f0-9]{24}$/);

    // My needs lists it as published, with close and edit.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: en.myNeeds }).click();
    const item = page.locator('.my-needs__item').filter({ hasText: 'Spot fabric defects before shipping' });
    await item.locator('.status-chip', { hasText: 'Published' }).waitFor();
    // Editing brings the saved answers back; saving a change goes back to the results.
    await item.getByRole('link', { name: 'Edit' }).click();
    await page.getByRole('heading', { level: 1, name: 'Edit your need' }).waitFor();
    expect(await page.getByLabel(en.sector).inputValue()).toBe('manufacturing');
    await page.getByRole('button', { name: en.next }).click();
    expect(await page.getByLabel(en.title).inputValue()).toBe('Spot fabric defects before shipping');
    await page.getByLabel(en.title).fill('Spot fabric defects before shipping abroad');
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: en.next }).click();
    await page.getByText('AI Ready (from your self-assessment)').waitFor();
    await page.getByRole('button', { name: 'Save changes and see matches' }).click();
    await page.getByRole('heading', { level: 1, name: 'Spot fabric defects before shipping abroad' }).waitFor();
    await page.close();
  }, 90_000);

  it('walks the wizard in Traditional Chinese with a Chinese description and a picked level', async () => {
    const sme = await signUp(suite.server, 'sme', '荃灣製衣有限公司');
    const page = await newPage();
    await page.goto(suite.server.url);
    await page.getByRole('button', { name: '繁中' }).click();
    await signIn(page, sme.email, zh);
    await page.getByRole('navigation', { name: '主選單' }).getByRole('link', { name: zh.myNeeds }).click();
    await page.getByRole('link', { name: zh.describe }).click();

    await page.getByLabel(zh.sector).selectOption({ label: '製造業' });
    await page.getByLabel('營運', { exact: true }).check();
    await page.getByRole('button', { name: zh.next }).click();
    await page.getByLabel(zh.title).fill('出貨前檢查布料瑕疵');
    await page.getByLabel(zh.description).fill('我們的驗貨員經常看漏布料上細小的織造瑕疵，希望在生產線上用鏡頭自動檢測。');
    await page.getByRole('button', { name: zh.next }).click();
    await page.getByLabel(zh.budget).selectOption({ label: '港幣三十萬至五十萬元' });
    await page.getByRole('button', { name: zh.next }).click();

    await page.getByLabel('我已知道自己的程度').check();
    await page.getByRole('button', { name: zh.next }).click();
    await page.getByText('請填寫此欄。').waitFor(); // no level picked yet
    await page.getByLabel('認識人工智能', { exact: true }).check();
    await page.getByRole('heading', { name: '你的人工智能準備程度：認識人工智能' }).waitFor();
    await page.getByRole('button', { name: zh.next }).click();
    await page.getByRole('button', { name: '儲存草稿並查看配對' }).click();

    await page.getByRole('heading', { level: 1, name: '出貨前檢查布料瑕疵' }).waitFor();
    await page.getByText('這項需要仍是草稿').waitFor();
    await page.getByRole('heading', { name: '合適的供應商' }).waitFor();
    const first = page.locator('.match-card').first();
    await first.waitFor();
    expect(await first.getByRole('heading', { level: 3 }).textContent()).toBe('港灣視覺分析有限公司');
    await first.getByText('已發表製造業的個案研究').waitFor();
    expect(await first.getByRole('meter', { name: '配合分數' }).getAttribute('aria-valuetext')).toMatch(/滿分 100/);
    await first.getByText('為何配對').click();
    await first.locator('[data-component="sector"]').getByText('行業經驗').waitFor();

    // Switching language asks for the reasons again, now in English.
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.locator('.match-card').first().getByText('Has published case studies in Manufacturing').waitFor();

    // Closing from My needs asks first.
    await page.getByRole('button', { name: '繁中' }).click();
    await page.getByRole('navigation', { name: '主選單' }).getByRole('link', { name: zh.myNeeds }).click();
    const item = page.locator('.my-needs__item').filter({ hasText: '出貨前檢查布料瑕疵' });
    await item.locator('.status-chip', { hasText: '草稿' }).waitFor();
    await item.getByRole('button', { name: '關閉', exact: true }).click();
    await item.getByRole('button', { name: '關閉需要' }).click();
    await item.locator('.status-chip', { hasText: '已關閉' }).waitFor();
    await page.getByText('已關閉：供應商不會再看到這項需要。').waitFor();
    expect(await item.getByRole('link', { name: '修改' }).count()).toBe(0);
    await page.close();
  }, 90_000);

  it('shows a supplier a published need as an anonymous opportunity', async () => {
    const sme = await signUp(suite.server, 'sme', 'Secret Garments Holdings');
    const created = await suite.server.send('POST', '/api/needs', {
      title: 'Camera inspection of knitted fabric', description: 'Find knitting defects in fabric rolls before they ship to customers.',
      sector: 'manufacturing', applicationAreas: ['operations'], budgetBand: '300k-500k', readiness: 'aware',
    }, bearer(sme));
    expect(created.status).toBe(201);
    const need = (await created.json()) as { id: string };
    expect((await suite.server.send('POST', `/api/needs/${need.id}/publish`, {}, bearer(sme))).status).toBe(200);

    const unlinked = await signUp(suite.server, 'supplier', 'Unlinked Robotics');
    const supplier = await signUp(suite.server, 'supplier', 'Harbour Vision Analytics Ltd');
    const profile = await SupplierModel.findOne({ externalId: harbour.externalId });
    await OrganisationModel.updateOne({ _id: supplier.user.organisation!.id }, { supplierId: profile!._id });

    const page = await newPage();
    await page.goto(suite.server.url);
    await signIn(page, unlinked.email, en);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Opportunities' }).click();
    await page.getByRole('heading', { name: 'Link your supplier profile first' }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();

    await signIn(page, supplier.email, en);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Opportunities' }).click();
    const card = page.locator('.opportunity-card').filter({ hasText: 'Camera inspection of knitted fabric' });
    await card.waitFor();
    await card.getByText('Business identity hidden').waitFor();
    await card.getByRole('meter', { name: 'Fit score' }).waitFor();
    expect(await card.locator('.reason').count()).toBeGreaterThan(0);
    await card.getByText('Why this match').click();
    await card.locator('[data-component="budget"]').getByText('Budget fit').waitFor();
    const text = (await page.getByRole('main').textContent()) ?? '';
    expect(text).not.toContain('Secret Garments Holdings');
    expect(text).not.toContain(sme.email);
    await page.close();
  }, 90_000);
});
