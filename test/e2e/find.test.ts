// Finding case studies and showcases, in English and Chinese: the case-study search with its facets, and the
// showcases page reached from the menu.
import { describe, expect, it } from 'vitest';
import { CaseStudyModel } from '../../server/modules/cases/case.model';
import { bearer, staff } from '../server/accounts-helpers';
import { buildCaseStudy, buildSupplier } from '../factories';
import { browserSuite, openPage } from './browser';

const loom = buildCaseStudy({ title: 'Loom camera catches weaving faults', titleZh: '織機鏡頭找出織造瑕疵' });
const chatbot = buildCaseStudy({
  title: 'Bilingual chatbot answers a clinic’s bookings',
  titleZh: '雙語聊天機械人處理診所預約',
  clientSector: 'healthcare',
  applicationAreas: ['customer-service'],
  problem: 'Receptionists spent the morning answering the same booking questions.',
});
const suite = browserSuite({ suppliers: [buildSupplier({ caseStudies: [loom] }), buildSupplier({ sectors: ['healthcare'], caseStudies: [chatbot] })] });

const languages = [
  { switchTo: undefined, text: { cases: 'Case studies', title: 'Search case studies', box: 'What problem or technology?', search: 'Search', healthcare: 'Medical, health', showcases: 'Showcases', one: '1 case study found', chatbot: chatbot.title, loom: loom.title } },
  { switchTo: '繁中', text: { cases: '個案', title: '搜尋個案', box: '甚麼問題或技術？', search: '搜尋', healthcare: '醫療、健康', showcases: '專輯', one: '找到 1 個個案', chatbot: chatbot.titleZh!, loom: loom.titleZh! } },
];

describe('finding case studies and showcases', () => {
  for (const { switchTo, text } of languages) {
    it(`searches case studies by words and facets (${switchTo ?? 'English'})`, async () => {
      const page = await openPage(suite.browser);
      await page.goto(suite.server.url);
      if (switchTo) await page.getByRole('button', { name: switchTo }).click();
      await page.getByRole('navigation').getByRole('link', { name: text.cases, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: text.title }).waitFor();
      await page.getByRole('link', { name: text.loom }).waitFor();

      await page.getByLabel(text.box).fill('booking');
      await page.getByRole('main').getByRole('button', { name: text.search, exact: true }).click();
      await page.getByText(text.one).waitFor();
      await page.getByRole('link', { name: text.chatbot }).waitFor();
      expect(await page.getByRole('link', { name: text.loom }).count()).toBe(0);

      await page.goto(`${suite.server.url}/cases`);
      await page.getByRole('checkbox', { name: new RegExp(text.healthcare) }).check();
      await expect.poll(() => new URL(page.url()).searchParams.get('sector')).toBe('healthcare');
      await page.getByText(text.one).waitFor();
      await page.getByRole('link', { name: text.chatbot }).click();
      await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/cases\/.+/);
      await page.close();
    });
  }

  it('lists published showcases from the menu, in both languages', async () => {
    const curator = await staff(suite.server, 'curator');
    const caseId = (await CaseStudyModel.findOne({ externalId: loom.externalId }))!._id.toHexString();
    const created = await suite.server.send(
      'POST',
      '/api/showcases',
      { title: 'Smarter factories', titleZh: '智能工廠', intro: 'Vision on the factory floor.', introZh: '工廠裡的電腦視覺。', items: [caseId] },
      bearer(curator),
    );
    expect(created.status).toBe(201);
    expect((await suite.server.send('POST', `/api/showcases/${(await created.json()).id}/publish`, undefined, bearer(curator))).status).toBe(200);

    const page = await openPage(suite.browser);
    for (const { switchTo, text } of languages) {
      await page.goto(suite.server.url);
      if (switchTo) await page.getByRole('button', { name: switchTo }).click();
      await page.getByRole('navigation').getByRole('link', { name: text.showcases, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: text.showcases }).waitFor();
      await page.getByRole('link', { name: switchTo ? '智能工廠' : 'Smarter factories' }).click();
      await page.getByRole('link', { name: text.loom }).waitFor();
    }
    await page.close();
  });
});
