// Debian's Chromium driven by playwright-core: no browser download, no outside network.
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { importSuppliers } from '../../server/modules/imports/import.service';
import type { InterchangeSupplier } from '../../shared/schemas/interchange';
import { PASSWORD } from '../server/accounts-helpers';
import { startTestServer, type TestServer } from '../server/harness';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export type BrowserSuite = { server: TestServer; browser: Browser };

/**
 * A browser test file's set-up: the app serving its client (with `env` on top), `suppliers` imported and
 * indexed, and Chromium, all closed after the file. Read `server` and `browser` inside tests and hooks.
 */
export function browserSuite(options: { suppliers?: InterchangeSupplier[]; env?: Record<string, string> } = {}): BrowserSuite {
  const suite = {} as BrowserSuite;
  beforeAll(async () => {
    suite.server = await startTestServer({ SERVE_CLIENT: 'true', ...options.env });
    if (options.suppliers?.length) {
      await importSuppliers(options.suppliers);
      await suite.server.indexer.settled();
    }
    suite.browser = await launchChromium();
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}

/** A page in a context of its own (no shared storage), whose waits fail after 10 s rather than the test's timeout. */
export async function openPage(browser: Browser, locale = 'en-GB'): Promise<Page> {
  const page = await browser.newPage({ locale });
  page.setDefaultTimeout(10_000);
  return page;
}

/** Signs in through the login page (English) and waits until the app has gone on to `next`. */
export async function signInAt(page: Page, baseUrl: string, email: string, next: string): Promise<void> {
  await page.goto(`${baseUrl}/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
  // Sign-in hashes with argon2 (19 MiB): on a loaded CI machine it can take longer than expect.poll's default 1 s.
  await expect.poll(() => new URL(page.url()).pathname, { timeout: 10_000 }).toBe(next.split('?')[0]);
}
