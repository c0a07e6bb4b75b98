// Defects seen on the way, checked in Chromium in both languages: quotes decided from the comparison page (with a
// way back to the need), labels and plurals as people read them, styled form controls, and curators reading field
// labels rather than field names.
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { bearer, signUp, staff, type Account } from '../server/accounts-helpers';
import { linkSupplier, makeSupplier, sendQuote, startInquiry } from '../server/inquiries-helpers';
import { buildSupplier } from '../factories';
import { browserSuite, openPage, signInAt } from './browser';

const suite = browserSuite({ env: { INQUIRIES_PER_DAY: '50' } });
let sme: Account, supplier: Account, other: Account;
let needId: string;

beforeAll(async () => {
  [sme, supplier, other] = await Promise.all([signUp(suite.server, 'sme', 'Yuen Long Dairy'), signUp(suite.server, 'supplier', 'Milk AI'), signUp(suite.server, 'supplier', 'Other AI')]);
  const [profile, profile2] = await Promise.all([makeSupplier(), makeSupplier()]);
  await Promise.all([linkSupplier(supplier, profile.id), linkSupplier(other, profile2.id)]);
  const need = await suite.server.send(
    'POST',
    '/api/needs',
    { title: 'Predict milk spoilage', description: 'Sensors in our cold room and a model that warns before milk spoils.', sector: 'manufacturing', applicationAreas: ['operations'], budgetBand: '100k-300k' },
    bearer(sme),
  );
  needId = (await need.json()).id;
  for (const [who, id, price] of [[supplier, profile.id, 120_000], [other, profile2.id, 95_000]] as const) {
    const thread = await startInquiry(suite.server, sme, { supplierId: id, needId, subject: `Spoilage sensors ${price}` });
    await sendQuote(suite.server, who, thread.id, price);
  }
});

async function signedIn(account: Account, next: string, zh: boolean): Promise<Page> {
  const page = await openPage(suite.browser);
  await signInAt(page, suite.server.url, account.email, next);
  if (zh) await page.getByRole('button', { name: '繁中' }).click();
  return page;
}

const styled = (page: Page, selector: string) =>
  page.locator(selector).evaluate((e) => {
    const s = getComputedStyle(e);
    return { radius: s.borderTopLeftRadius, border: `${s.borderTopWidth} ${s.borderTopStyle}` };
  });

describe('defects seen on the way', () => {
  it('decides quotes on the comparison page, which links back to the need (English, then 繁中)', async () => {
    const page = await signedIn(sme, `/needs/${needId}/quotes`, false);
    await page.getByRole('columnheader', { name: 'Deliverables', exact: true }).waitFor();
    expect(await page.getByText('(one per line)').count()).toBe(0);
    const cheaper = page.getByRole('row').filter({ hasText: 'HK$95,000' });
    await cheaper.getByRole('button', { name: 'Decline' }).click();
    await cheaper.getByLabel('Reason for declining').fill('Too little detail on the sensors');
    await cheaper.getByRole('button', { name: 'Decline quote' }).click();
    await page.getByRole('row').filter({ hasText: 'HK$95,000' }).getByText('Declined').waitFor();

    await page.getByRole('button', { name: '繁中' }).click();
    await page.getByRole('columnheader', { name: '交付項目', exact: true }).waitFor();
    expect(await page.getByText('每行一項').count()).toBe(0);
    await page.getByRole('row').filter({ hasText: 'HK$120,000' }).getByRole('button', { name: '接受報價' }).click();
    await page.getByRole('row').filter({ hasText: 'HK$120,000' }).getByText('已接受').waitFor();
    await page.getByRole('link', { name: '返回你的需要' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/needs/${needId}`);
    await page.close();
  });

  for (const zh of [false, true]) {
    it(`counts one message as one, and styles the Subject box and the Sort by select (${zh ? '繁中' : 'English'})`, async () => {
      const profile = await makeSupplier();
      await startInquiry(suite.server, sme, { supplierId: profile.id, subject: zh ? 'Only one message zh' : 'Only one message' });
      const page = await signedIn(sme, '/inquiries', zh);
      const row = page.getByRole('listitem').filter({ hasText: zh ? 'Only one message zh' : 'Only one message' });
      await row.getByText(zh ? '1 則訊息' : '1 message', { exact: false }).waitFor();
      if (!zh) expect(await row.textContent()).not.toContain('1 messages');

      await page.goto(`${suite.server.url}/inquiries/new?supplierId=${profile.id}`);
      await page.locator('#new-subject').waitFor();
      await mkdir(path.join(tmpdir(), 'aibridge-screenshots'), { recursive: true });
      await page.screenshot({ path: path.join(tmpdir(), 'aibridge-screenshots', `inquiry-new-${zh ? 'zh' : 'en'}.png`) });
      expect(await styled(page, '#new-subject')).toEqual({ radius: '6px', border: '1px solid' });
      await page.goto(`${suite.server.url}/search?q=vision`);
      await page.locator('#search-sort').waitFor();
      expect(await styled(page, '#search-sort')).toEqual({ radius: '6px', border: '1px solid' });
      await page.close();
    });
  }

  it('shows curators the labels of changed fields, not their names', async () => {
    const editor = await signUp(suite.server, 'supplier', 'Label Check AI');
    const profile = await makeSupplier();
    await linkSupplier(editor, profile.id);
    const res = await suite.server.send('PATCH', `/api/suppliers/${profile.id}`, { applicationAreas: ['marketing'], capabilities: ['churn prediction'] }, bearer(editor));
    expect(res.status, await res.clone().text()).toBe(200);
    const curator = await staff(suite.server, 'curator');
    for (const [zh, text] of [[false, 'Changed: application areas, capabilities'], [true, '修改項目：應用範疇, 專長']] as const) {
      const page = await signedIn(curator, '/curation', zh);
      await page.getByText(text).waitFor();
      expect(await page.getByText('applicationAreas').count()).toBe(0);
      await page.close();
    }
  });

  it('says why an import file was refused, and numbers record problems from 1 in the reader’s language', async () => {
    const curator = await staff(suite.server, 'curator');
    const bad = { ...buildSupplier({ externalId: 'sup-bad-sector' }), sectors: ['shipbuilding'] };
    const files = {
      bare: { name: 'suppliers.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify([buildSupplier()])) },
      wrapped: { name: 'suppliers.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ suppliers: [bad, buildSupplier()] })) },
    };
    const cases = [
      { zh: false, refused: 'the file is a JSON list of suppliers', row: 'Record 1 (sup-bad-sector): sectors.0: not one of the allowed values' },
      { zh: true, refused: '檔案是供應商的 JSON 列表', row: '第 1 項 (sup-bad-sector)：sectors.0：不是允許的值' },
    ];
    for (const { zh, refused, row } of cases) {
      const page = await signedIn(curator, '/curation', zh);
      const upload = page.getByRole('region', { name: zh ? '匯入供應商名單' : 'Import a supplier list' });
      await upload.getByLabel(zh ? '檔案' : 'File').setInputFiles(files.bare);
      await upload.getByRole('button', { name: zh ? '匯入' : 'Import', exact: true }).click();
      await upload.getByRole('alert').getByText(refused).waitFor();
      expect(await page.getByText(zh ? '請改正' : 'Please correct the highlighted fields').count()).toBe(0);
      await upload.getByLabel(zh ? '檔案' : 'File').setInputFiles(files.wrapped);
      await upload.getByRole('button', { name: zh ? '匯入' : 'Import', exact: true }).click();
      await upload.getByText(row).waitFor();
      await page.close();
    }
  });
});
