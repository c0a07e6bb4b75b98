// Inquiries in Chromium: an SME writes from the composer, the supplier's open pages get it without reloading
// (Server-Sent Events), replies flow back the same way, and hostile message text never runs.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { bearer, signUp, type Account } from '../server/accounts-helpers';
import { linkSupplier, makeSupplier, startInquiry } from '../server/inquiries-helpers';
import { browserSuite, signInAt } from './browser';

let sme: Account, supplier: Account;
let profile: { id: string; slug: string };

const suite = browserSuite({ env: { INQUIRIES_PER_DAY: '50' } });
beforeAll(async () => {
  [sme, supplier] = await Promise.all([signUp(suite.server, 'sme', 'Tai Po Textiles'), signUp(suite.server, 'supplier', 'Lantau Vision')]);
  profile = await makeSupplier();
  await linkSupplier(supplier, profile.id);
});

async function signedInPage(account: Account, next: string): Promise<Page> {
  const page = await suite.browser.newPage({ locale: 'en-GB' });
  await signInAt(page, suite.server.url, account.email, next);
  return page;
}

describe('inquiries in the browser', () => {
  it('delivers messages live both ways, and message text never executes', async () => {
    const supplierPage = await signedInPage(supplier, '/inquiries');
    const smePage = await signedInPage(sme, `/inquiries/new?supplierId=${profile.id}`);

    // The SME starts the inquiry from the composer.
    await smePage.getByLabel('Subject').fill('Fabric defect detection');
    await smePage.getByLabel('Message').fill('Can your cameras spot loose threads?');
    await smePage.getByRole('button', { name: 'Send' }).click();
    await smePage.getByRole('heading', { level: 1, name: 'Fabric defect detection' }).waitFor();
    const threadPath = new URL(smePage.url()).pathname;

    // The supplier's open inbox shows it and the unread count, without reloading.
    await supplierPage.getByRole('link', { name: /Fabric defect detection/ }).waitFor();
    await expect.poll(() => supplierPage.getByTestId('unread-count').textContent()).toBe('1');
    await supplierPage.getByRole('link', { name: /Fabric defect detection/ }).click();
    await supplierPage.getByText('Can your cameras spot loose threads?').waitFor();
    await supplierPage.getByText('Live updates on').waitFor();

    // The SME writes hostile text; it reaches the supplier's open thread live, as text.
    const hostile = [
      '<script>window.__pwned = "script"</script>',
      '<img src=x onerror="window.__pwned = \'img\'">',
      'javascript:window.__pwned="js"',
      'Docs: https://example.com/spec?a=1.',
    ].join('\n');
    await smePage.getByLabel('Write a message').fill(hostile);
    await smePage.getByRole('button', { name: 'Send' }).click();
    await supplierPage.getByText('<script>window.__pwned = "script"</script>').waitFor();
    expect(new URL(supplierPage.url()).pathname).toBe(threadPath);

    for (const page of [supplierPage, smePage]) {
      expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
      expect(await page.locator('.thread script, .thread img').count()).toBe(0);
      expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
      const link = page.getByRole('link', { name: 'https://example.com/spec?a=1' });
      expect(await link.getAttribute('href')).toBe('https://example.com/spec?a=1');
      expect(await link.getAttribute('rel')).toBe('noopener noreferrer nofollow');
    }
    // Clicking where the javascript: text is does nothing either.
    await supplierPage.getByText('javascript:window.__pwned="js"').click();
    expect(await supplierPage.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();

    // The supplier replies from the keyboard; the SME's open page shows it without reloading.
    await supplierPage.getByLabel('Write a message').focus();
    await supplierPage.keyboard.type('Yes: a two-week pilot would show it.');
    await supplierPage.keyboard.press('Tab');
    await supplierPage.keyboard.press('Enter');
    await smePage.getByText('Yes: a two-week pilot would show it.').waitFor();
    await smePage.close();
    await supplierPage.close();
  });

  it('offers "Send an inquiry" on a supplier profile: through sign-in to visitors, straight to the form for SMEs', async () => {
    const anonymous = await suite.browser.newPage({ locale: 'en-GB' });
    await anonymous.goto(`${suite.server.url}/suppliers/${profile.slug}`);
    await anonymous.getByRole('heading', { level: 1 }).waitFor();
    await anonymous.getByRole('link', { name: 'Send an inquiry' }).click();
    await expect.poll(() => new URL(anonymous.url()).pathname, { timeout: 10_000 }).toBe('/login');
    await anonymous.close();

    const page = await signedInPage(sme, `/suppliers/${profile.slug}`);
    await page.getByRole('link', { name: 'Send an inquiry' }).click();
    await page.getByLabel('Subject').waitFor();
    expect(new URL(page.url()).searchParams.get('supplierId')).toBe(profile.id);
    await page.close();
    expect((await suite.server.send('GET', '/api/inquiries/unread', undefined, bearer(sme))).status).toBe(200);
  });

  it('pages through a long inbox, with the page and the filter in the URL, in both languages', async () => {
    for (let i = 1; i <= 22; i++) await startInquiry(suite.server, sme, { supplierId: profile.id, subject: `Batch question ${String(i).padStart(2, '0')}` });
    const { total } = (await (await suite.server.send('GET', '/api/inquiries', undefined, bearer(supplier))).json()) as { total: number };
    const page = await signedInPage(supplier, '/inquiries');
    const threads = page.locator('.inbox-item');
    await expect.poll(() => threads.count()).toBe(20);
    await page.getByRole('link', { name: /Batch question 22/ }).waitFor();

    // Newest first: the oldest threads are on page 2, and the back button returns to page 1.
    await page.getByRole('navigation', { name: 'Pagination' }).getByRole('link', { name: /Next/ }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('page')).toBe('2');
    await expect.poll(() => threads.count()).toBe(total - 20);
    await page.getByRole('link', { name: /Batch question 01/ }).waitFor();
    await page.goBack();
    await page.getByRole('link', { name: /Batch question 22/ }).waitFor();

    // Another filter starts from its first page.
    await page.goto(`${suite.server.url}/inquiries?page=2`);
    await page.getByRole('link', { name: /Batch question 01/ }).waitFor();
    await page.getByLabel('Show').selectOption('closed');
    await expect.poll(() => new URL(page.url()).search).toBe('?status=closed');
    await page.getByText('No inquiries here yet.').waitFor();

    await page.getByRole('button', { name: '繁中' }).click();
    await page.goto(`${suite.server.url}/inquiries?page=2`);
    await page.getByRole('navigation', { name: '分頁' }).getByRole('link', { name: /上一頁/ }).waitFor();
    await page.goto(`${suite.server.url}/inquiries?page=9`);
    await page.getByText('這一頁沒有查詢。').waitFor();
    await page.getByRole('link', { name: '返回第一頁' }).click();
    await expect.poll(() => threads.count()).toBe(20);
    await page.close();
  });
});
