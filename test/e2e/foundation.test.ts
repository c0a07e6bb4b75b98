// A visitor opens the home page in both languages and follows a supplier to its profile.
import { describe, expect, it } from 'vitest';
import { buildCaseStudy, buildSupplier } from '../factories';
import { browserSuite } from './browser';

const harbour = buildSupplier({
  name: 'Harbour Vision Analytics Ltd',
  nameZh: '港灣視覺分析有限公司',
  layers: ['application'],
  sectors: ['manufacturing'],
  caseStudies: [buildCaseStudy({ title: 'Automated fabric defect detection', titleZh: '自動布料瑕疵檢測' })],
});
const cloud = buildSupplier({ name: 'Bowen GPU Cloud', nameZh: '寶雲GPU雲端', layers: ['basic'], sectors: ['telecom-it'] });

const suite = browserSuite({ suppliers: [harbour, cloud] });

describe('home page to supplier profile', () => {
  it('shows live counts in English and follows a supplier to its profile and case study', async () => {
    const page = await suite.browser.newPage({ locale: 'en-GB' });
    await page.goto(suite.server.url);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    const layers = page.getByRole('region', { name: 'Suppliers by industry-chain layer' });
    await layers.getByText('Basic layer (upstream)').waitFor();
    expect(await layers.textContent()).toMatch(/Basic layer \(upstream\)\s*1/);

    await page.getByRole('link', { name: 'Browse all suppliers' }).first().click();
    await page.getByRole('link', { name: 'Harbour Vision Analytics Ltd' }).click();
    await page.getByRole('heading', { level: 1, name: 'Harbour Vision Analytics Ltd' }).waitFor();
    expect(await page.title()).toContain('Harbour Vision Analytics Ltd');
    await page.getByRole('link', { name: 'Automated fabric defect detection' }).click();
    await page.getByRole('heading', { level: 1, name: 'Automated fabric defect detection' }).waitFor();
    await page.close();
  });

  it('switches to Traditional Chinese, remembers it, and shows Chinese names', async () => {
    const page = await suite.browser.newPage({ locale: 'en-GB' });
    await page.goto(suite.server.url);
    await page.getByRole('button', { name: '繁中' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('zh-Hant');
    await page.getByText('基礎層（上游）').first().waitFor();
    await page.reload();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('zh-Hant');
    await page.goto(`${suite.server.url}/suppliers`);
    await page.getByRole('link', { name: '港灣視覺分析有限公司' }).click();
    await page.getByRole('heading', { level: 1, name: '港灣視覺分析有限公司' }).waitFor();
    await page.close();
  });

  it('shows a 404 page for an unknown supplier', async () => {
    const page = await suite.browser.newPage({ locale: 'en-GB' });
    await page.goto(`${suite.server.url}/suppliers/no-such-supplier`);
    await page.getByRole('heading', { level: 1, name: /not found/i }).waitFor();
    await page.close();
  });
});
