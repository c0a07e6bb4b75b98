// Normal pages log no console errors (a failed request shows up there too): anonymous visitors make no refresh
// call that fails with 401, and a supplier without a profile opens no inquiry stream that answers 404.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildCaseStudy, buildSupplier } from '../factories';
import { signUp } from '../server/accounts-helpers';
import { browserSuite, openPage, signInAt } from './browser';

const supplier = buildSupplier({ caseStudies: [buildCaseStudy()] });
const suite = browserSuite({ suppliers: [supplier] });

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${m.text()} ${m.location().url}`);
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`${r.status()} ${r.request().method()} ${new URL(r.url()).pathname}`);
  });
  return errors;
}

async function visit(page: Page, paths: string[]): Promise<void> {
  for (const path of paths) {
    await page.goto(suite.server.url + path);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.waitForLoadState('networkidle');
  }
}

describe('console errors on normal pages', () => {
  it('none for an anonymous visitor', async () => {
    const page = await openPage(suite.browser);
    const errors = collectErrors(page);
    const slug = (await (await suite.server.get('/api/suppliers?pageSize=1')).json()).items[0].slug;
    await visit(page, ['/', '/suppliers', `/suppliers/${slug}`, '/search?q=vision', '/cases', '/showcases', '/market', '/costs', '/login', '/register']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('none for a supplier without a profile, nor for an SME', async () => {
    for (const role of ['supplier', 'sme'] as const) {
      const account = await signUp(suite.server, role);
      const page = await openPage(suite.browser);
      const errors = collectErrors(page);
      // Signing in lands on the dashboard, as it does for people.
      await signInAt(page, suite.server.url, account.email, '/dashboard');
      // Client-side navigation, as people move around: the app stays loaded, the stream would retry on each page.
      for (const name of role === 'supplier' ? ['Suppliers', 'Case studies', 'Showcases', 'Inquiries', 'My profile'] : ['Suppliers', 'My needs', 'Inquiries', 'Shortlists']) {
        await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await page.waitForTimeout(300); // the page's own requests (an open event stream never lets the network idle)
      }
      await page.waitForTimeout(1500);
      expect(errors, role).toEqual([]);
      await page.close();
    }
  });
});
