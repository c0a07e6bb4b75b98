// Claiming a listed profile from its page, and the "not yet on the platform" notice before an inquiry is sent, in
// English and 繁體中文.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { OrganisationModel } from '../../server/modules/accounts/organisation.model';
import { SupplierModel } from '../../server/modules/suppliers/supplier.model';
import { buildSupplier } from '../factories';
import { linkToken, login, PASSWORD, signUp, staff, type Account } from '../server/accounts-helpers';
import { browserSuite, openPage } from './browser';

const listed = (domain: string, name: string) => buildSupplier({ name, website: `https://www.${domain}` });
const vision = listed('kwai-chung-vision.hk', 'Kwai Chung Vision Ltd');
const ledger = listed('sha-tin-ledger.hk', 'Sha Tin Ledger AI Ltd');
const quiet = listed('tsing-yi-robotics.hk', 'Tsing Yi Robotics Ltd');
const suite = browserSuite({ suppliers: [vision, ledger, quiet] });

const text = {
  en: { locale: 'en-GB', email: 'Email address', password: 'Password', signIn: 'Sign in', subject: 'Subject', message: 'Message', send: 'Send' },
  zh: { locale: 'zh-HK', email: '電郵地址', password: '密碼', signIn: '登入', subject: '主旨', message: '訊息', send: '發送' },
};
type Lang = (typeof text)['en'];

let sme: Account;
const slugOf = async (externalId: string) => (await SupplierModel.findOne({ externalId }))!;

beforeAll(async () => {
  sme = await signUp(suite.server, 'sme', 'Yuen Long Florist');
  // Only `vision` has a public email address: an inquiry to it sends an invitation.
  await SupplierModel.updateOne({ externalId: vision.externalId }, { $set: { contact: { channel: 'email', value: 'hello@kwai-chung-vision.hk' } } });
});

async function supplierAt(email: string): Promise<Account> {
  const res = await suite.server.send('POST', '/api/auth/register', { email, password: PASSWORD, name: 'Ada Chan', accountType: 'supplier', organisationName: `Org of ${email}` });
  expect(res.status).toBe(202);
  await suite.server.send('POST', '/api/auth/verify-email', { token: await linkToken(email, '/verify-email') });
  return login(suite.server, email);
}

async function signedIn(lang: Lang, email: string, next: string): Promise<Page> {
  const page = await openPage(suite.browser, lang.locale);
  await page.goto(`${suite.server.url}/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel(lang.email).fill(email);
  await page.getByLabel(lang.password, { exact: true }).fill(PASSWORD);
  await page.getByRole('main').getByRole('button', { name: lang.signIn }).click();
  await expect.poll(() => new URL(page.url()).pathname).toBe(next.split('?')[0]);
  return page;
}

describe('claiming a listed profile', () => {
  it('is granted at once from the profile page for a matching email domain (English)', async () => {
    const profile = await slugOf(vision.externalId!);
    const anonymous = await openPage(suite.browser);
    await anonymous.goto(`${suite.server.url}/suppliers/${profile.slug}`);
    await anonymous.getByText('Kwai Chung Vision Ltd has not joined AI Bridge yet').waitFor();
    await anonymous.getByRole('link', { name: 'Register to claim this profile' }).click();
    await anonymous.getByText('You will claim “Kwai Chung Vision Ltd” once your email address is confirmed.').waitFor();
    // Or by searching the listing while registering as a supplier.
    await anonymous.getByRole('button', { name: 'Not my company' }).click();
    await anonymous.getByLabel('Find your company').fill('Kwai Chung');
    await anonymous.getByRole('listitem').filter({ hasText: 'Kwai Chung Vision Ltd' }).getByRole('button', { name: 'This is my company' }).click();
    await anonymous.getByText('You will claim “Kwai Chung Vision Ltd” once your email address is confirmed.').waitFor();

    const member = await supplierAt('ada@kwai-chung-vision.hk');
    const page = await signedIn(text.en, member.email, `/suppliers/${profile.slug}`);
    await page.getByRole('heading', { name: 'Claim this profile' }).waitFor();
    await page.getByRole('button', { name: 'Claim this profile' }).click();
    await page.getByRole('status').filter({ hasText: 'The profile is yours' }).waitFor();
    await page.getByText('Kwai Chung Vision Ltd is on AI Bridge and answers inquiries here.').waitFor();
    expect((await OrganisationModel.findById(member.user.organisation!.id))!.supplierId?.toHexString()).toBe(profile._id.toHexString());
    await page.getByRole('link', { name: 'Manage your profile' }).click();
    await page.getByRole('link', { name: 'View public profile' }).waitFor();
  });

  it('waits for a curator when the domain does not prove it (繁體中文)', async () => {
    const profile = await slugOf(ledger.externalId!);
    const member = await supplierAt('ledger.owner@gmail.com');
    const page = await signedIn(text.zh, member.email, `/suppliers/${profile.slug}`);
    await page.getByText('尚未加入 AI Bridge').waitFor();
    await page.getByLabel('給策展人的證明（你的職位、商業登記號碼、列出你名字的網頁）').fill('我是董事，商業登記號碼 12345678。');
    await page.getByRole('button', { name: '認領此資料頁' }).click();
    await page.getByRole('status').filter({ hasText: '你的認領正等待策展人決定。' }).waitFor();
    expect(await OrganisationModel.exists({ supplierId: profile._id })).toBeNull();

    // The curator reads the evidence on the desk and rejects with a reason; the member sees it on their page.
    const curator = await staff(suite.server, 'curator');
    const desk = await signedIn(text.en, curator.email, '/curation');
    const item = desk.getByTestId('claim').filter({ hasText: 'Sha Tin Ledger AI Ltd' });
    await item.getByText('with an email address at gmail.com').waitFor();
    await item.getByText('Evidence: 我是董事，商業登記號碼 12345678。').waitFor();
    await item.getByLabel('Reason (the claimant sees it)').fill('A free-mail address and no registration record.');
    await item.getByRole('button', { name: 'Reject' }).click();
    await desk.getByText('No claims waiting.').waitFor();
    await page.goto(`${suite.server.url}/supplier`);
    await page.getByText('已拒絕：A free-mail address and no registration record.').waitFor();
  });
});

describe('inquiries to suppliers not yet on the platform', () => {
  it('tells the SME before sending, shows the thread waiting, and lets the SME withdraw it (English)', async () => {
    const profile = await slugOf(quiet.externalId!);
    const page = await signedIn(text.en, sme.email, `/inquiries/new?supplierId=${profile._id.toHexString()}`);
    await page.getByTestId('not-on-platform').filter({ hasText: 'Tsing Yi Robotics Ltd is not on AI Bridge yet' }).waitFor();
    expect(await page.getByTestId('not-on-platform').textContent()).toContain('no public email address');
    await page.getByLabel(text.en.subject).fill('Robot arms for our packing line');
    await page.getByLabel(text.en.message).fill('Could you automate our packing?');
    await page.getByRole('button', { name: text.en.send }).click();
    await page.getByTestId('waiting').filter({ hasText: 'Waiting for the supplier to join AI Bridge.' }).waitFor();
    await page.getByRole('button', { name: 'Withdraw inquiry' }).click();
    await page.getByRole('status').filter({ hasText: 'You withdrew this inquiry' }).waitFor();
    expect(await page.getByLabel('Write a message').count()).toBe(0);
  });

  it('says the supplier will be invited by email when it has a public address (繁體中文)', async () => {
    // `vision` was claimed above; `ledger` has no owner yet and gets a public address for this test.
    await SupplierModel.updateOne({ externalId: ledger.externalId }, { $set: { contact: { channel: 'email', value: 'info@sha-tin-ledger.hk' } } });
    const profile = await slugOf(ledger.externalId!);
    const page = await signedIn(text.zh, sme.email, `/inquiries/new?supplierId=${profile._id.toHexString()}`);
    const notice = page.getByTestId('not-on-platform');
    await notice.filter({ hasText: '尚未加入 AI Bridge' }).waitFor();
    expect(await notice.textContent()).toContain('你的聯絡資料不會被披露');
    await page.getByLabel(text.zh.subject).fill('會計自動化');
    await page.getByLabel(text.zh.message).fill('請問可以協助我們自動處理發票嗎？');
    await page.getByRole('button', { name: text.zh.send }).click();
    await page.getByTestId('waiting').filter({ hasText: '正等待供應商加入 AI Bridge。' }).waitFor();
    await page.getByRole('button', { name: '撤回查詢' }).waitFor();
  });
});
