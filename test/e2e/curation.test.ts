// A supplier submits a case study, a curator approves it and features it in a showcase, and an anonymous visitor
// finds it on the home page, in English and in Traditional Chinese.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { bearer, signUp, staff, type Account } from '../server/accounts-helpers';
import { linkSupplier, makeSupplier, startInquiry } from '../server/inquiries-helpers';
import { browserSuite, signInAt } from './browser';

let supplier: Account;
let curator: Account;

const suite = browserSuite();
beforeAll(async () => {
  supplier = await signUp(suite.server, 'supplier', 'Lantau Robotics');
  curator = await staff(suite.server, 'curator');
  const res = await suite.server.send('POST', '/api/suppliers', { name: 'Lantau Robotics Ltd', nameZh: '大嶼山機械人有限公司', description: 'Warehouse robots.', layers: ['application'], sectors: ['logistics'] }, bearer(supplier));
  expect(res.status).toBe(201);
});

const signIn = (page: Page, account: Account, next: string) => signInAt(page, suite.server.url, account.email, next);

describe('from submission to the home page', () => {
  it('supplier submits, curator approves and showcases, visitor sees it in both languages', async () => {
    // The supplier writes a case study and submits it.
    const s = await suite.browser.newPage({ locale: 'en-GB' });
    await signIn(s, supplier, '/supplier');
    await s.getByRole('heading', { level: 1, name: 'My supplier profile' }).waitFor();
    await s.getByText(/Profile completeness: \d+%/).waitFor();
    const form = s.getByRole('form', { name: 'New case study' });
    await form.getByLabel('Title (English)').fill('Robot picking for a Kwai Chung warehouse');
    await form.getByLabel('Title (Chinese)').fill('葵涌貨倉機械人揀貨');
    await form.getByLabel('Client’s sector').selectOption('logistics');
    await form.getByLabel('Measured result (KPI)').fill('Picks per hour');
    await form.getByLabel('Before').fill('120');
    await form.getByLabel('After').fill('310');
    await form.getByRole('button', { name: 'Save draft' }).click();
    const item = s.getByRole('listitem').filter({ hasText: 'Robot picking for a Kwai Chung warehouse' });
    await item.getByText('Draft', { exact: true }).waitFor();
    await item.getByRole('button', { name: 'Submit for review' }).click();
    await item.getByText('Awaiting review').waitFor();
    await s.close();

    // The curator approves it, creates a showcase with it and publishes the showcase.
    const c = await suite.browser.newPage({ locale: 'en-GB' });
    await signIn(c, curator, '/curation');
    const submitted = c.getByRole('listitem', { name: 'Robot picking for a Kwai Chung warehouse' });
    await submitted.getByRole('button', { name: 'Approve' }).click();
    await c.getByText('Approved: Robot picking for a Kwai Chung warehouse').waitFor();
    await c.getByLabel('Title (English)').fill('Smarter logistics');
    await c.getByLabel('Title (Chinese)').fill('智慧物流');
    await c.getByLabel('Introduction (English)').fill('How Hong Kong warehouses use AI.');
    await c.getByLabel('Introduction (Chinese)').fill('香港貨倉如何應用人工智能。');
    await c.getByRole('button', { name: 'Create showcase' }).click();
    const showcase = c.getByRole('listitem', { name: 'Smarter logistics' });
    // The builder finds it by searching (the one just approved is offered even before the index has it).
    await showcase.getByRole('searchbox', { name: 'Add a published case study' }).fill('Kwai Chung');
    await showcase.getByRole('button', { name: 'Find', exact: true }).click();
    await showcase.getByRole('button', { name: 'Add “Robot picking for a Kwai Chung warehouse”' }).click();
    await showcase.getByRole('listitem').filter({ hasText: 'Already in this showcase' }).waitFor();
    await showcase.getByRole('button', { name: 'Publish' }).click();
    await showcase.getByText('Published', { exact: true }).waitFor();
    await c.close();

    // An anonymous visitor sees it on the home page, in English, then in Chinese, and follows it.
    const v = await suite.browser.newPage({ locale: 'en-GB' });
    await v.goto(suite.server.url);
    const featured = v.getByRole('region', { name: 'Featured showcases' });
    await featured.getByRole('link', { name: 'Smarter logistics' }).waitFor();
    await featured.getByRole('link', { name: 'Robot picking for a Kwai Chung warehouse' }).waitFor();
    await v.getByRole('button', { name: '繁中' }).click();
    const featuredZh = v.getByRole('region', { name: '精選專輯' });
    await featuredZh.getByRole('link', { name: '智慧物流' }).waitFor();
    await featuredZh.getByRole('link', { name: '葵涌貨倉機械人揀貨' }).click();
    await v.getByRole('heading', { level: 1, name: '葵涌貨倉機械人揀貨' }).waitFor();
    await v.getByRole('cell', { name: '310' }).waitFor();
    expect(await v.title()).toContain('葵涌貨倉機械人揀貨');
    await v.close();
  });

  it('shows a 404 page for an unknown showcase', async () => {
    const page = await suite.browser.newPage({ locale: 'en-GB' });
    await page.goto(`${suite.server.url}/showcases/no-such-showcase`);
    await page.getByRole('heading', { level: 1, name: /not found/i }).waitFor();
    await page.close();
  });

  it('lists reported inquiries for curators, who read the thread but cannot write in it, in both languages', async () => {
    const [sme, seller] = await Promise.all([signUp(suite.server, 'sme', 'Sai Kung Seafood'), signUp(suite.server, 'supplier', 'Tsuen Wan Tech')]);
    const profile = await makeSupplier();
    await linkSupplier(seller, profile.id);
    const thread = await startInquiry(suite.server, sme, { supplierId: profile.id, subject: 'Cold-chain sensors', message: 'Please call me on a personal number.' });
    const report = await suite.server.send('POST', `/api/inquiries/${thread.id}/report`, { reason: 'Asked for private contact details' }, bearer(seller));
    expect(report.status).toBe(200);

    const page = await suite.browser.newPage({ locale: 'en-GB' });
    await signIn(page, curator, '/curation');
    const queue = page.getByRole('region', { name: 'Reported inquiries' });
    await queue.getByText('Between Sai Kung Seafood and').waitFor();
    await queue.getByRole('link', { name: 'Cold-chain sensors' }).click();
    await page.getByText('Please call me on a personal number.').waitFor();
    expect(await page.getByLabel('Write a message').count()).toBe(0);

    await page.getByRole('button', { name: '繁中' }).click();
    await page.goto(`${suite.server.url}/curation`);
    await page.getByRole('region', { name: '被舉報的查詢' }).getByRole('link', { name: 'Cold-chain sensors' }).waitFor();
    await page.close();
  });

  it('verifies a supplier from its profile with the checks recorded, and revokes it with a reason, in both languages', async () => {
    const profile = await makeSupplier();
    const verified = async () => ((await (await suite.server.send('GET', `/api/suppliers/${profile.slug}`)).json()) as { verified: boolean }).verified;
    expect(await verified()).toBe(false);
    const page = await suite.browser.newPage({ locale: 'en-GB' });
    await signIn(page, curator, `/suppliers/${profile.slug}`);
    const panel = page.getByRole('region', { name: 'Verification' });
    await panel.getByRole('button', { name: 'Verify supplier' }).click();
    await panel.getByRole('alert').filter({ hasText: 'Record at least one check.' }).waitFor();
    expect(await verified()).toBe(false);

    await panel.getByLabel('Business registration seen').check();
    await panel.getByLabel('Business registration seen: Note (optional)').fill('CR 1234567 checked');
    await panel.getByRole('button', { name: 'Verify supplier' }).click();
    await panel.getByText(/^Verified by .+ on /).waitFor();
    await expect.poll(verified).toBe(true);

    await page.getByRole('button', { name: '繁中' }).click();
    const panelZh = page.getByRole('region', { name: '核實' });
    await panelZh.getByLabel('原因').fill('商業登記已過期');
    await panelZh.getByRole('button', { name: '撤銷核實' }).click();
    await panelZh.getByText(/撤銷：商業登記已過期/).waitFor();
    await panelZh.getByRole('button', { name: '核實供應商' }).waitFor();
    await expect.poll(verified).toBe(false);
    await page.close();
  });
});
