// Layout checked in Chromium, with screenshots kept in the system's temporary folder for a person to look at:
// the signed-in header fits one row at 1280 px in both languages; on a 390 px phone it is one short row with a
// "Menu" button that opens the navigation; the comparison table scrolls inside its box instead of being clipped.
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildSupplier } from '../factories';
import { signUp, staff } from '../server/accounts-helpers';
import { browserSuite, openPage, signInAt } from './browser';

const SHOTS = path.join(tmpdir(), 'aibridge-screenshots');
const suppliers = Array.from({ length: 4 }, (_, i) => buildSupplier({ name: `Harbour Layout Analytics ${i + 1} Company Limited` }));
const suite = browserSuite({ suppliers });

const path_ = (name: string) => path.join(SHOTS, `${name}.png`);

async function shot(page: Page, name: string): Promise<void> {
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: path_(name) });
}

/** The distinct top edges of the header's visible links and buttons: one value means one row. */
const rowsOfHeader = (page: Page) =>
  page.locator('.site-header a:visible, .site-header button:visible').evaluateAll((els) => [...new Set(els.map((e) => Math.round(e.getBoundingClientRect().top / 8)))].length);
const headerHeight = (page: Page) => page.locator('.site-header').evaluate((e) => e.getBoundingClientRect().height);

describe('layout', () => {
  for (const role of ['sme', 'supplier', 'curator'] as const) {
    for (const lang of ['en', '繁中'] as const) {
      it(`the signed-in ${role}'s header is one row at 1280 px (${lang})`, async () => {
        const account = role === 'curator' ? await staff(suite.server, 'curator') : await signUp(suite.server, role);
        const page = await openPage(suite.browser);
        await page.setViewportSize({ width: 1280, height: 800 });
        await signInAt(page, suite.server.url, account.email, '/account');
        if (lang === '繁中') await page.getByRole('button', { name: '繁中' }).click();
        await shot(page, `header-1280-${role}-${lang === 'en' ? 'en' : 'zh'}`);
        expect(await rowsOfHeader(page)).toBe(1);
        expect(await headerHeight(page)).toBeLessThan(80);
        await page.close();
      });
    }
  }

  for (const { lang, menu, nav, cases, showcases, suppliers } of [
    { lang: 'en', menu: 'Menu', nav: 'Main', cases: 'Case studies', showcases: 'Showcases', suppliers: 'Suppliers' },
    { lang: 'zh', menu: '選單', nav: '主選單', cases: '個案', showcases: '專輯', suppliers: '供應商' },
  ]) {
    it(`on a 390 px phone the header is one short row, and "Menu" opens the navigation (${lang})`, async () => {
      const sme = await signUp(suite.server, 'sme');
      const page = await openPage(suite.browser);
      await page.setViewportSize({ width: 390, height: 844 });
      await signInAt(page, suite.server.url, sme.email, '/account');
      if (lang === 'zh') await page.getByRole('button', { name: '繁中' }).click();
      await shot(page, `header-390-closed-${lang}`);
      expect(await headerHeight(page)).toBeLessThan(70);
      const main = page.getByRole('navigation', { name: nav });
      await expect.poll(() => main.getByRole('link', { name: suppliers, exact: true }).isVisible()).toBe(false);
      await page.getByRole('button', { name: menu }).click();
      await main.getByRole('link', { name: cases, exact: true }).waitFor();
      await shot(page, `header-390-open-${lang}`);
      await page.keyboard.press('Escape');
      await expect.poll(() => main.getByRole('link', { name: cases, exact: true }).isVisible()).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))).toBe('false');
      await page.getByRole('button', { name: menu }).click();
      await main.getByRole('link', { name: showcases, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: showcases }).waitFor();
      await expect.poll(() => main.getByRole('link', { name: suppliers, exact: true }).isVisible()).toBe(false); // closed again
      await page.close();
    });
  }

  it('the comparison scrolls sideways inside its box on a phone, and the page itself does not', async () => {
    const page = await openPage(suite.browser);
    await page.setViewportSize({ width: 390, height: 844 });
    const ids = await Promise.all(suppliers.map(async (s) => (await (await suite.server.get(`/api/search/suppliers?q=${encodeURIComponent(s.name)}&pageSize=1`)).json()).hits[0].id));
    await page.goto(`${suite.server.url}/compare?ids=${ids.join(',')}`);
    const table = page.getByRole('table');
    await table.waitFor();
    await shot(page, 'compare-390');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const box = table.locator('xpath=..');
    expect(await box.evaluate((e) => e.scrollWidth > e.clientWidth && getComputedStyle(e).overflowX === 'auto')).toBe(true);
    await page.close();
  });

  for (const width of [1280, 390]) {
    it(`the new pages fit a ${width} px screen without sideways scrolling`, async () => {
      const sme = await signUp(suite.server, 'sme');
      const page = await openPage(suite.browser);
      await page.setViewportSize({ width, height: 900 });
      await signInAt(page, suite.server.url, sme.email, '/account');
      for (const [name, path] of [['cases', '/cases?q=analytics'], ['showcases', '/showcases'], ['account', '/account']] as const) {
        await page.goto(suite.server.url + path);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        if (name === 'account') await page.getByRole('button', { name: 'Review what will be deleted…' }).click();
        if (name === 'account') await page.getByRole('form', { name: 'Before you delete your account' }).waitFor();
        await page.waitForTimeout(300);
        await page.screenshot({ path: path_(`${name}-${width}`), fullPage: true });
        expect(await page.evaluate(() => document.documentElement.scrollWidth), name).toBeLessThanOrEqual(width);
      }
      await page.close();
    });
  }
});
