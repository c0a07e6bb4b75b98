// Verified-engagement reviews in Chromium: after an accepted quote the SME marks the project delivered, writes a
// review (in English, then another in Chinese), and everyone sees them on the profile, newest first, with the
// engagement's sector and budget band, in both languages; compare shows the count and average.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { bearer, signUp, staff, type Account } from '../server/accounts-helpers';
import { linkSupplier, makeSupplier, sendQuote, startInquiry } from '../server/inquiries-helpers';
import { browserSuite, openPage, signInAt } from './browser';

let sme: Account, supplier: Account;
let profile: { id: string; slug: string };

const suite = browserSuite();

/** An accepted quote, made through the API: the review is what this test drives in the browser. */
async function acceptedQuote(priceHKD: number): Promise<string> {
  const needRes = await suite.server.send('POST', '/api/needs', { title: 'Defect detection', description: 'Cameras to find defects on our line.', sector: 'manufacturing', applicationAreas: ['operations'], budgetBand: '100k-300k' }, bearer(sme));
  const thread = await startInquiry(suite.server, sme, { supplierId: profile.id, needId: ((await needRes.json()) as { id: string }).id });
  const quote = await sendQuote(suite.server, supplier, thread.id, priceHKD);
  expect((await suite.server.send('POST', `/api/inquiries/${thread.id}/quotes/${quote.id}/accept`, {}, bearer(sme))).status).toBe(200);
  return quote.id;
}

async function review(page: Page, quoteId: string, labels: { delivered: string; write: string; text: RegExp; send: string }, text: string, showName: boolean) {
  const card = page.locator(`[data-quote="${quoteId}"]`);
  await card.getByRole('button', { name: labels.delivered }).click();
  await card.getByRole('button', { name: labels.write }).click();
  for (const fieldset of await card.locator('fieldset').all()) await fieldset.getByLabel('4').check();
  await card.locator('[data-criterion="communication"]').getByLabel('5').check();
  await card.getByLabel(labels.text).fill(text);
  if (showName) await card.getByRole('checkbox').check();
  await card.getByRole('button', { name: labels.send }).click();
}

beforeAll(async () => {
  [sme, supplier] = await Promise.all([signUp(suite.server, 'sme', 'Sham Shui Po Garments'), signUp(suite.server, 'supplier', 'Lantau Vision')]);
  profile = await makeSupplier();
  await linkSupplier(supplier, profile.id);
});

describe('verified-engagement reviews in the browser', () => {
  it('an SME reviews after an accepted quote, in English and in Chinese, and the profile shows both reviews', async () => {
    const [first, second] = [await acceptedQuote(180_000), await acceptedQuote(650_000)];
    const page = await openPage(suite.browser);
    await signInAt(page, suite.server.url, sme.email, '/reviews');

    await page.locator(`[data-quote="${first}"]`).getByText(/You can review it from/).waitFor();
    await review(page, first, { delivered: 'Mark the project delivered', write: 'Write a review', text: /What was it like/, send: 'Publish review' }, 'The defect cameras went live on time and work well.', false);
    await page.locator(`[data-quote="${first}"]`).getByText('Reviewed').waitFor();

    await page.getByRole('button', { name: '繁中' }).click();
    await review(page, second, { delivered: '標示項目已交付', write: '撰寫評價', text: /與他們合作的經驗如何/, send: '發佈評價' }, '項目按報價交付，溝通良好，會再合作。', true);
    await page.locator(`[data-quote="${second}"]`).getByText('已評價').waitFor();

    // The profile, in Chinese: newest first, the engagement's sector and band, the name only where chosen.
    await page.locator(`[data-quote="${second}"]`).getByRole('link', { name: '在簡介查看' }).click();
    const zh = page.getByRole('region', { name: '評價' });
    await zh.locator('.review').first().waitFor();
    const zhReviews = await zh.locator('.review').allInnerTexts();
    expect(zhReviews).toHaveLength(2);
    expect(zhReviews[0]).toContain('項目按報價交付');
    expect(zhReviews[0]).toContain('評價機構：Sham Shui Po Garments');
    expect(zhReviews[0]).toContain('港幣五十萬至一百萬元');
    expect(zhReviews[1]).toContain('已核實的客戶');
    expect(zhReviews[1]).not.toContain('Sham Shui Po');
    expect(await zh.textContent()).toContain('2 則評價，平均 4.2 分');

    // In English, and in compare.
    await page.getByRole('button', { name: 'EN' }).click();
    const en = page.getByRole('region', { name: 'Reviews' });
    expect(await en.locator('.review').nth(1).innerText()).toMatch(/Engagement: Manufacturing[\s\S]*HK\$100,000–300,000/);
    expect(await en.textContent()).toContain('4.2 out of 5 from 2 reviews');
    await page.goto(`${suite.server.url}/compare?ids=${profile.id}`);
    await expect.poll(() => page.locator('[data-compare="reviews"] td').first().textContent()).toMatch(/4\.2 \/ 5 \(2\)/);
    await page.close();
  }, 90_000);

  it('the supplier replies once, publicly', async () => {
    const page = await openPage(suite.browser);
    await signInAt(page, suite.server.url, supplier.email, `/suppliers/${profile.slug}`);
    const latest = page.getByRole('region', { name: 'Reviews' }).locator('.review').first();
    await latest.getByLabel('Reply publicly (once)').fill('Thank you for working with us.');
    await latest.getByRole('button', { name: 'Publish reply' }).click();
    await latest.getByText('The supplier’s reply').waitFor();
    expect(await latest.getByLabel('Reply publicly (once)').count()).toBe(0);
    await page.close();
  }, 60_000);

  it('anyone signed in reports a review; a curator removes it from the desk with a reason, and the profile drops it', async () => {
    const reader = await openPage(suite.browser);
    await signInAt(reader, suite.server.url, supplier.email, `/suppliers/${profile.slug}`);
    const oldest = reader.getByRole('region', { name: 'Reviews' }).locator('.review').last();
    await oldest.getByRole('button', { name: 'Report as abusive' }).click();
    await oldest.getByLabel('Why is this review abusive?').fill('It names the wrong project');
    await oldest.getByRole('button', { name: 'Send report' }).click();
    await oldest.getByText('a curator will look at this review').waitFor();
    await reader.close();

    const desk = await openPage(suite.browser);
    await signInAt(desk, suite.server.url, (await staff(suite.server, 'curator')).email, '/curation');
    const queued = desk.getByRole('region', { name: 'Reported reviews' }).locator('.queue-item');
    expect(await queued.innerText()).toContain('It names the wrong project');
    await queued.getByLabel('Reason for removing').fill('Describes another supplier’s project');
    await queued.getByRole('button', { name: 'Remove review' }).click();
    await desk.getByText('No reported reviews.').waitFor();
    await desk.goto(`${suite.server.url}/suppliers/${profile.slug}`);
    const left = desk.getByRole('region', { name: 'Reviews' });
    await expect.poll(() => left.textContent()).toContain('from 1 review');
    expect(await left.locator('.review').count()).toBe(1);
    await desk.close();
  }, 60_000);
});
