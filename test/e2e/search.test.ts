// A visitor searches with a typo, narrows by two facets, shares the URL and gets the same results in a
// new page — in English and in Traditional Chinese.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildSupplier } from '../factories';
import { browserSuite } from './browser';

const labs = buildSupplier({ name: 'Kowloon Vision Labs', nameZh: '九龍視覺實驗室', layers: ['application'], sectors: ['manufacturing'], verified: true });
const retail = buildSupplier({ name: 'Kowloon Vision Retail', nameZh: '九龍視覺零售', layers: ['application'], sectors: ['trade-retail'] });
const chips = buildSupplier({ name: 'Kowloon Vision Chips', nameZh: '九龍視覺晶片', layers: ['basic'], sectors: ['manufacturing'] });

const suite = browserSuite({ suppliers: [labs, retail, chips] });

const resultNames = async (page: Page) => {
  const results = page.getByRole('region', { name: /Search results|搜尋結果/ });
  await results.locator('[aria-busy="false"], :scope[aria-busy="false"]').or(results).first().waitFor();
  return (await results.locator('article h2 a').allTextContents()).map((s) => s.trim()).sort();
};

async function narrowAndShare(page: Page, labels: { query: string; corrected: string; layers: string; layer: string; sectors: string; sector: string; names: string[] }) {
  const box = page.getByRole('combobox', { name: labels.query });
  await box.fill('Kowlon Vison');
  await box.press('Enter');
  await expect.poll(() => resultNames(page)).toHaveLength(3);
  // The page says what it searched for, so the visitor knows the typo was read.
  await expect.poll(async () => (await page.locator('.search-corrected').textContent())?.replace(/\s+/g, ' ').trim()).toBe(`${labels.corrected} kowloon vision`);

  await page.getByRole('group', { name: labels.layers }).getByRole('checkbox', { name: new RegExp(labels.layer) }).check();
  await expect.poll(() => resultNames(page)).toHaveLength(2);
  await page.getByRole('group', { name: labels.sectors }).getByRole('checkbox', { name: new RegExp(`^${labels.sector}`) }).check();
  await expect.poll(() => resultNames(page)).toEqual(labels.names);
  await expect.poll(() => page.url()).toMatch(/layer=application/);
  expect(page.url()).toMatch(/sector=manufacturing/);
  expect(page.url()).toMatch(/q=Kowlon/);
  return page.url();
}

describe('search page', () => {
  it('in English: typo, two facets, chips, back button, and a shared URL gives the same results', async () => {
    const page = await suite.browser.newPage({ locale: 'en-GB' });
    await page.goto(suite.server.url);
    await page.getByRole('link', { name: 'Search' }).click();
    await page.getByRole('heading', { level: 1, name: 'Search suppliers' }).waitFor();
    const url = await narrowAndShare(page, {
      query: 'What do you need?', corrected: 'Showing results for', layers: 'Industry-chain layer', layer: 'Application layer', sectors: 'Sector', sector: 'Manufacturing',
      names: ['Kowloon Vision Labs'],
    });
    const highlighted = page.locator('article h2 a mark');
    expect(await highlighted.allTextContents()).toEqual(['Kowloon', 'Vision']);
    await page.getByRole('button', { name: 'Remove filter: Manufacturing' }).waitFor();

    await page.goBack();
    await expect.poll(() => resultNames(page)).toHaveLength(2);
    await page.goForward();
    await expect.poll(() => resultNames(page)).toEqual(['Kowloon Vision Labs']);

    const shared = await suite.browser.newPage({ locale: 'en-GB' });
    await shared.goto(url);
    await expect.poll(() => resultNames(shared)).toEqual(['Kowloon Vision Labs']);
    expect(await shared.getByRole('combobox', { name: 'What do you need?' }).inputValue()).toBe('Kowlon Vison');
    await shared.close();
    await page.close();
  });

  it('offers keyboard autocomplete as an accessible combobox', async () => {
    const page = await suite.browser.newPage({ locale: 'en-GB' });
    await page.goto(`${suite.server.url}/search`);
    const box = page.getByRole('combobox', { name: 'What do you need?' });
    await box.pressSequentially('kowloon vision l', { delay: 20 });
    await expect.poll(() => box.getAttribute('aria-expanded')).toBe('true');
    await box.press('ArrowDown');
    const active = await box.getAttribute('aria-activedescendant');
    expect(await page.locator(`#${active}`).textContent()).toContain('Kowloon Vision Labs');
    await box.press('Escape');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    await box.press('ArrowDown');
    await box.press('Enter');
    await expect.poll(() => page.url()).toMatch(/q=Kowloon\+Vision\+Labs|q=Kowloon%20Vision%20Labs/);
    await page.close();
  });

  it('in Traditional Chinese: the same journey, and the shared URL shows the same results', async () => {
    const page = await suite.browser.newPage({ locale: 'en-GB' });
    await page.goto(suite.server.url);
    await page.getByRole('button', { name: '繁中' }).click();
    await page.getByRole('link', { name: '搜尋' }).click();
    await page.getByRole('heading', { level: 1, name: '搜尋供應商' }).waitFor();
    const url = await narrowAndShare(page, {
      query: '你需要甚麼？', corrected: '顯示以下字詞的結果：', layers: '產業鏈層級', layer: '應用層', sectors: '行業', sector: '製造業', names: ['九龍視覺實驗室'],
    });
    const shared = await suite.browser.newPage({ locale: 'en-GB' });
    await shared.goto(suite.server.url);
    await shared.getByRole('button', { name: '繁中' }).click();
    await shared.goto(url);
    await expect.poll(() => resultNames(shared)).toEqual(['九龍視覺實驗室']);
    await shared.getByRole('button', { name: '移除篩選：製造業' }).waitFor();
    await shared.close();
    await page.close();
  });
});
