// The "why this match" panel names what of the SME's own words a supplier covers, in both languages, and the
// supplier sees the same score for the same need on its opportunities page.
import { describe, expect, it } from 'vitest';
import { OrganisationModel } from '../../server/modules/accounts/organisation.model';
import { SupplierModel } from '../../server/modules/suppliers/supplier.model';
import { buildCaseStudy, buildSupplier } from '../factories';
import { bearer, signUp } from '../server/accounts-helpers';
import { browserSuite, openPage, signInAt } from './browser';

const lamma = buildSupplier({
  name: 'Lamma Semantic Solutions',
  nameZh: '南丫語義方案',
  description: 'Bilingual chatbots for restaurant groups: orders, bookings and questions on WhatsApp.',
  descriptionZh: '為餐飲集團提供中英雙語聊天機械人，在WhatsApp處理訂位及查詢。',
  capabilities: ['chatbot', 'Cantonese NLP'],
  sectors: ['food-beverage', 'trade-retail'],
  applicationAreas: ['customer-service'],
  projectBudgetHKD: { min: 60_000, max: 300_000 },
  caseStudies: [buildCaseStudy({ title: 'Cantonese WhatsApp chatbot for a noodle chain', titleZh: '麵店連鎖廣東話WhatsApp聊天機械人', clientSector: 'food-beverage', applicationAreas: ['customer-service'], outcome: 'Answered 70% of questions without staff' })],
});
const pattern = buildSupplier({
  name: 'Cyberport Pattern Analytics',
  description: 'Sales dashboards and footfall analytics for restaurant groups.',
  descriptionZh: '為餐飲集團提供銷售儀表板及人流分析。',
  capabilities: ['business intelligence', 'footfall analytics'],
  sectors: ['food-beverage'],
  applicationAreas: ['marketing'],
  caseStudies: [buildCaseStudy({ title: 'Sales dashboard for a dim sum group', titleZh: '點心集團銷售儀表板', clientSector: 'food-beverage', outcome: 'Weekly reports in minutes' })],
});

const suite = browserSuite({ suppliers: [pattern, lamma] });

describe('why this match, in the browser', () => {
  it('shows the chatbot supplier’s matched concepts for a mixed Cantonese-English need, in English and Chinese, and the same score to the supplier', async () => {
    const sme = await signUp(suite.server, 'sme', 'Sai Ying Pun Noodles');
    const created = await suite.server.send('POST', '/api/needs', {
      title: '餐廳 WhatsApp chatbot',
      description: '我哋間餐廳想搵個 chatbot 喺 WhatsApp 用廣東話答客人嘅 booking 同 menu 問題',
      sector: 'food-beverage', applicationAreas: ['customer-service'], budgetBand: '100k-300k', readiness: 'aware',
    }, bearer(sme));
    const need = (await created.json()) as { id: string };
    expect((await suite.server.send('POST', `/api/needs/${need.id}/publish`, {}, bearer(sme))).status).toBe(200);

    const page = await openPage(suite.browser);
    await signInAt(page, suite.server.url, sme.email, `/needs/${need.id}`);
    const first = page.locator('.match-card').first();
    await first.waitFor();
    expect(await first.getByRole('heading', { level: 3 }).textContent()).toBe('Lamma Semantic Solutions');
    expect(await first.getByRole('meter').getAttribute('aria-valuetext')).toMatch(/Strong fit|Good fit/);
    await first.getByText('Why this match').click();
    const found = first.locator('[data-component="relevance"] [data-concepts="matched"]');
    expect(await found.textContent()).toMatch(/^Found in the supplier’s profile and case studies: .*chatbot/);
    for (const word of ['whatsapp', '廣東話', 'booking']) expect((await found.textContent())!.toLowerCase()).toContain(word);
    const englishScore = await first.getByRole('meter').getAttribute('aria-valuenow');

    // The supplier with only sector dashboards is not called a good fit for a chatbot.
    const second = page.locator('.match-card').filter({ hasText: 'Cyberport Pattern Analytics' });
    expect(await second.getByRole('meter').getAttribute('aria-valuetext')).toMatch(/Partial fit|Weak fit/);

    await page.getByRole('button', { name: '繁中' }).click();
    const firstZh = page.locator('.match-card').first();
    await firstZh.getByText('為何配對').click();
    await firstZh.locator('[data-component="relevance"] [data-concepts="matched"]').getByText(/^供應商簡介及個案研究中找到：.*chatbot/).waitFor();
    await page.close();

    // The supplier's opportunities page gives the pair the same score.
    const member = await signUp(suite.server, 'supplier', 'Lamma Semantic Solutions');
    const profile = await SupplierModel.findOne({ externalId: lamma.externalId });
    await OrganisationModel.updateOne({ _id: member.user.organisation!.id }, { supplierId: profile!._id });
    const supplierPage = await openPage(suite.browser);
    await signInAt(supplierPage, suite.server.url, member.email, '/opportunities');
    const card = supplierPage.locator('.opportunity-card').filter({ hasText: '餐廳 WhatsApp chatbot' });
    await card.waitFor();
    expect(await card.getByRole('meter').getAttribute('aria-valuenow')).toBe(englishScore);
    await supplierPage.close();
  }, 90_000);
});
