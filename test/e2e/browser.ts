// Debian's Chromium driven by playwright-core: no browser download, no outside network.
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { PASSWORD } from '../server/accounts-helpers';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
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
  await expect.poll(() => new URL(page.url()).pathname).toBe(next.split('?')[0]);
}
