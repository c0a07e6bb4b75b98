// A visitor picks suppliers to compare from their profiles and shares the comparison; a signed-in SME keeps a
// shortlist and compares it; both in English and in Chinese.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildSupplier } from '../factories';
import { signUp } from '../server/accounts-helpers';
import { browserSuite, openPage, signInAt } from './browser';

const vision = buildSupplier({ name: 'Tai Po Vision Works', nameZh: '大埔視覺工房', layers: ['application'], projectBudgetHKD: { min: 100_000, max: 400_000 } });
const voice = buildSupplier({ name: 'Lantau Voice Labs', nameZh: '大嶼山語音實驗室', layers: ['technology'], projectBudgetHKD: { min: 500_000, max: 900_000 } });

const suite = browserSuite({ suppliers: [vision, voice] });

const newPage = () => openPage(suite.browser);

const profile = (page: Page, slug: string) => page.goto(`${suite.server.url}/suppliers/${slug}`);
const columnHeads = (page: Page) => page.locator('.compare-table thead th').allTextContents();

describe('compare and shortlists in the browser', () => {
  it('compares two suppliers picked on their profiles, and the shared link shows the same, in Chinese too', async () => {
    const page = await newPage();
    await profile(page, 'tai-po-vision-works');
    await page.getByRole('button', { name: 'Compare Tai Po Vision Works' }).click();
    expect(await page.getByRole('button', { name: 'Stop comparing Tai Po Vision Works' }).getAttribute('aria-pressed')).toBe('true');
    await profile(page, 'lantau-voice-labs');
    await page.getByRole('button', { name: 'Compare Lantau Voice Labs' }).click();
    await page.getByRole('main').getByRole('link', { name: 'Compare (2)' }).click();

    await page.getByRole('heading', { level: 1, name: 'Compare suppliers' }).waitFor();
    await page.locator('.compare-table').waitFor();
    expect((await columnHeads(page)).join(' ')).toMatch(/Tai Po Vision Works.*Lantau Voice Labs/);
    await page.locator('.compare-table').getByText(/100,000 – .*400,000/).waitFor();
    await page.locator('.compare-table').getByText(/500,000 – .*900,000/).waitFor();

    const shared = await newPage();
    await shared.goto(page.url());
    await shared.locator('.compare-table').waitFor();
    expect(await columnHeads(shared)).toEqual(await columnHeads(page));
    await shared.getByRole('button', { name: '繁中' }).click();
    await shared.getByRole('heading', { level: 1, name: '比較供應商' }).waitFor();
    expect((await columnHeads(shared)).join(' ')).toMatch(/大埔視覺工房.*大嶼山語音實驗室/);
  });

  it('keeps an SME’s shortlist and compares it, in both languages', async () => {
    const sme = await signUp(suite.server, 'sme', 'Sha Tin Bakery');
    const page = await newPage();
    await signInAt(page, suite.server.url, sme.email, '/needs');

    for (const slug of ['tai-po-vision-works', 'lantau-voice-labs']) {
      await profile(page, slug);
      await page.getByRole('button', { name: 'Add to shortlist' }).click();
      await page.getByRole('button', { name: 'Remove from shortlist' }).waitFor();
    }
    await page.goto(`${suite.server.url}/shortlists`);
    await page.getByRole('heading', { level: 2, name: 'My shortlist' }).waitFor();
    await page.getByRole('main').getByText('Lantau Voice Labs').waitFor();
    await page.getByRole('button', { name: '繁中' }).click();
    await page.getByRole('heading', { level: 1, name: '候選名單' }).waitFor();
    await page.getByRole('link', { name: '比較這些供應商' }).click();
    await page.locator('.compare-table').waitFor();
    expect((await columnHeads(page)).join(' ')).toMatch(/大埔視覺工房.*大嶼山語音實驗室/);
  });
});
