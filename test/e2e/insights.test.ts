// Market insights in the browser: a curator reads the charts and tables, changes the period and downloads a CSV;
// the need wizard shows what similar projects cost and warns about a low budget; the public market and cost pages
// in both languages.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { buildCaseStudy, buildSupplier } from '../factories';
import { bearer, signUp, staff } from '../server/accounts-helpers';
import { browserSuite, openPage, signInAt } from './browser';

const bands = ['300k-500k', '300k-500k', '300k-500k', '500k-1m', '500k-1m', '1m-2m'] as const;
const harbour = buildSupplier({
  name: 'Harbour Vision Analytics Ltd',
  description: 'Computer-vision quality inspection and defect detection for garment and electronics factories.',
  capabilities: ['computer vision', 'defect detection'],
  sectors: ['manufacturing'],
  applicationAreas: ['operations'],
  caseStudies: bands.map((budgetBand) => buildCaseStudy({ clientSector: 'manufacturing', applicationAreas: ['operations'], budgetBand })),
});

const suite = browserSuite({ suppliers: [harbour] });

describe('market insights in the browser', () => {
  it('lets a curator read the insights, change the period and download a table as CSV', async () => {
    const sme = await signUp(suite.server, 'sme');
    const need = await (
      await suite.server.send('POST', '/api/needs', { title: 'Find fabric defects', description: 'Cameras and computer vision to catch weaving defects.', sector: 'manufacturing', applicationAreas: ['operations'], budgetBand: '300k-500k' }, bearer(sme))
    ).json();
    await suite.server.send('POST', `/api/needs/${need.id}/publish`, undefined, bearer(sme));
    const curator = await staff(suite.server, 'curator');
    const page = await openPage(suite.browser);
    await signInAt(page, suite.server.url, curator.email, '/curation');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Insights' }).click();
    await page.getByRole('heading', { level: 1, name: 'Market insights' }).waitFor();

    await page.getByRole('img', { name: /^Chart: Demand and supply by sector/ }).waitFor();
    const sectors = page.getByRole('table', { name: 'Figures: Demand and supply by sector' });
    expect(await sectors.getByRole('row', { name: /Manufacturing/ }).getByRole('cell').allTextContents()).toEqual(['1', '1', '1']);
    expect(await page.getByRole('img', { name: /^Chart:/ }).count()).toBe(10);

    await page.getByLabel('Period').selectOption({ label: 'Last 3 months' });
    await expect.poll(() => new URL(page.url()).searchParams.get('period')).toBe('3m');
    await page.getByRole('table', { name: 'Figures: From needs to accepted quotes' }).getByRole('row').nth(3).waitFor();
    expect(await page.getByRole('table', { name: 'Figures: From needs to accepted quotes' }).getByRole('row').count()).toBe(4);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV: Demand and supply by sector' }).click()]);
    expect(download.suggestedFilename()).toBe('insights-demand-by-sector-3m.csv');
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('"key","label","needs","suppliers","suppliersPerNeed"');
    expect(csv).toContain('"manufacturing","Manufacturing",1,1,1');

    await page.getByRole('button', { name: '繁中' }).click();
    await page.getByRole('heading', { level: 1, name: '市場洞察' }).waitFor();
    await page.getByRole('img', { name: /^圖表：按行業劃分的需求與供應/ }).waitFor();
    await page.getByRole('button', { name: '下載 CSV：按行業劃分的需求與供應' }).waitFor();
  });

  it('shows SMEs in the wizard what similar projects cost, and warns without blocking when the budget is low', async () => {
    const sme = await signUp(suite.server, 'sme');
    const page = await openPage(suite.browser);
    await signInAt(page, suite.server.url, sme.email, '/needs/new');
    await page.getByLabel('Your sector').selectOption({ label: 'Manufacturing' });
    await page.getByRole('group', { name: /Where in the business should AI help/ }).getByLabel('Operations', { exact: true }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByLabel('A short title for the problem').fill('Spot fabric defects before shipping');
    await page.getByLabel('The problem in your own words').fill('Our inspectors miss small weaving faults; we want cameras and defect detection on the line.');
    await page.getByRole('button', { name: 'Next' }).click();

    await page.getByLabel('Budget for the project').selectOption({ label: 'Below HK$100,000' });
    await page.getByText('Similar projects here cost HK$400K–HK$750K, from 6 case studies (median HK$575K).', { exact: false }).waitFor();
    const warning = page.getByText('Your budget band is below what most of these projects cost.', { exact: false });
    await warning.waitFor();
    await page.getByLabel('Budget for the project').selectOption({ label: 'HK$500,000–1 million' });
    await warning.waitFor({ state: 'detached' });
    await page.getByLabel('Budget for the project').selectOption({ label: 'Below HK$100,000' });
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('Draft saved.').waitFor();

    await page.getByRole('button', { name: '繁中' }).click();
    await page.getByRole('button', { name: '上一步' }).click();
    await page.getByText('本地類似項目的費用為', { exact: false }).waitFor();
    await page.getByText('你的預算範圍低於大部分這類項目的費用。', { exact: false }).waitFor();
  });

  it('shows anyone the market and what AI costs, in Chinese, from the footer', async () => {
    const page = await openPage(suite.browser, 'zh-HK');
    await page.goto(suite.server.url);
    await page.getByRole('contentinfo').getByRole('link', { name: '市場概覽' }).click();
    await page.getByRole('heading', { level: 1, name: '香港人工智能市場' }).waitFor();
    await page.getByRole('img', { name: /^圖表：按行業劃分的供應商及公開需求/ }).waitFor();
    const sectors = page.getByRole('table', { name: '數字：按行業劃分的供應商及公開需求' });
    expect(await sectors.getByRole('row', { name: /製造/ }).getByRole('cell').allTextContents()).toEqual(['1', '少於 5']);
    await page.getByRole('contentinfo').getByRole('link', { name: '人工智能項目費用' }).click();
    await page.getByRole('heading', { level: 1, name: '香港人工智能項目的費用' }).waitFor();
    expect(await page.getByRole('row', { name: /製造/ }).first().getByRole('cell').last().textContent()).toBe('6');
  });
});
