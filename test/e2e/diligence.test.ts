// The AI due-diligence card in the browser: a visitor reads what is declared and what a curator checked, in both
// languages and in compare; a curator marks an answer checked from the profile.
import { describe, expect, it } from 'vitest';
import { SupplierModel } from '../../server/modules/suppliers/supplier.model';
import { buildSupplier } from '../factories';
import { staff } from '../server/accounts-helpers';
import { browserSuite, openPage, signInAt } from './browser';

const declared = buildSupplier({
  name: 'Tai Koo Voice AI',
  nameZh: '太古語音人工智能',
  diligence: { dataLocations: ['hong-kong'], aiSources: ['own-models'], languageCapabilities: ['cantonese', 'english'], dataProcessingTerms: true, retentionDays: 30 },
});
const silent = buildSupplier({ name: 'Quiet Vision Ltd', nameZh: '靜觀視覺' });

const suite = browserSuite({ suppliers: [declared, silent] });

describe('the AI due-diligence card', () => {
  it('shows declared answers and undeclared ones, a curator checks one, and compare shows both suppliers’ cards, in English and Chinese', async () => {
    const [card, quiet] = await Promise.all([SupplierModel.findOne({ externalId: declared.externalId }), SupplierModel.findOne({ externalId: silent.externalId })]);
    const slug = card!.slug;
    const curator = await staff(suite.server, 'curator');
    const page = await openPage(suite.browser);
    await signInAt(page, suite.server.url, curator.email, `/suppliers/${slug}`);

    const region = page.getByRole('region', { name: 'AI due diligence' });
    const location = region.locator('[data-field="dataLocations"]');
    expect((await location.innerText()).replace(/\s+/g, ' ')).toContain('Where data is stored and processed Hong Kong Declared by the supplier');
    expect(await region.locator('[data-field="onPremises"]').textContent()).toContain('Not declared');
    await location.getByRole('button', { name: /^Mark as checked\s?: Where data is stored and processed$/ }).click();
    await expect.poll(() => location.getAttribute('data-status')).toBe('checked');
    expect(await location.textContent()).toMatch(/Checked by a curator on/);

    await page.getByRole('button', { name: '繁中' }).click();
    const zhCard = page.getByRole('region', { name: '人工智能盡職審查' });
    expect((await zhCard.locator('[data-field="languageCapabilities"]').innerText()).replace(/\s+/g, ' ')).toContain('人工智能可處理的語言 廣東話 · 英文 供應商自行聲明');
    expect(await zhCard.locator('[data-field="dataLocations"]').textContent()).toMatch(/審核人員於.*查核/);

    await page.goto(`${suite.server.url}/compare?ids=${quiet!._id.toHexString()},${card!._id.toHexString()}`);
    const row = page.locator('[data-diligence="retentionDays"] td');
    await row.first().waitFor();
    expect((await row.allTextContents()).map((t) => t.trim())).toEqual(['未有聲明', '30日']);
    await page.close();
  }, 60_000);
});
