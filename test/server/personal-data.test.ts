// Personal data (PDPO): every model that refers to a person or an organisation is covered by the registry's export
// or deletion, and the export and deletion do what the account page says.
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeletionPlan } from '../../shared/schemas/privacy';
import { NeedModel } from '../../server/modules/needs/need.model';
import { ShortlistModel } from '../../server/modules/shortlists/shortlist.model';
import { SupplierModel } from '../../server/modules/suppliers/supplier.model';
import { MessageModel, NotificationPrefsModel } from '../../server/modules/inquiries/inquiry.model';
import { personalDataParts } from '../../server/modules/privacy/parts';
import { personReferences } from '../../server/modules/privacy/references';
import { startTestServer, type TestServer } from './harness';
import { createUserFromCli } from '../../server/modules/accounts/account.service';
import { bearer, linkToken, login, PASSWORD, signUp, staff, uniqueEmail, type Account } from './accounts-helpers';
import { linkSupplier, makeSupplier, sendQuote, startInquiry } from './inquiries-helpers';

// Every model file, also those no route imports yet: a model counts from the moment it exists.
import.meta.glob('../../server/**/*.model.ts', { eager: true });

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

const get = async <T>(path: string, who: Account) => {
  const res = await server.send('GET', path, undefined, bearer(who));
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as T;
};
const post = async <T>(path: string, who: Account, body?: unknown) => {
  const res = await server.send('POST', path, body, bearer(who));
  expect(res.status, await res.clone().text()).toBeLessThan(300);
  return (await res.json()) as T;
};

describe('the personal-data registry', () => {
  it('covers, in its export or its deletion, every model that refers to a person or an organisation', () => {
    const covered = new Set(personalDataParts.flatMap((part) => [...part.exports, ...part.erases]));
    const missing = mongoose
      .modelNames()
      .map((name) => ({ name, paths: personReferences(mongoose.model(name)) }))
      .filter(({ name, paths }) => (paths.length > 0 || name === 'User' || name === 'Organisation') && !covered.has(name))
      .map(({ name, paths }) => `${name} (${paths.join(', ')})`);
    expect(missing, 'add a part for these models to server/modules/privacy/parts.ts').toEqual([]);
  });

  it('names only models that exist, and explains every part in both languages', () => {
    const names = new Set(mongoose.modelNames());
    for (const part of personalDataParts) {
      expect([...part.exports, ...part.erases].filter((name) => !names.has(name)), part.key).toEqual([]);
      expect(part.about.en.length * part.about['zh-Hant'].length, part.key).toBeGreaterThan(0);
    }
  });

  it('finds references by ref, by name and inside subdocuments, and ignores business references', () => {
    const refs = (name: string) => personReferences(mongoose.model(name));
    expect(refs('NotificationPrefs')).toEqual(['_id']);
    expect(refs('Inquiry')).toEqual(expect.arrayContaining(['smeOrganisationId', 'createdBy', 'reads.userId']));
    expect(refs('Supplier')).toEqual(expect.arrayContaining(['verification.verifiedBy', 'review.reviewedBy']));
    expect(refs('CaseStudy')).not.toContain('supplierId');
    expect(refs('FundingScheme')).toEqual([]);
  });
});

describe('download my data and delete my account', () => {
  it('exports every record of the person and their organisation, then deletes and anonymises as the plan says', async () => {
    const [sme, supplier] = await Promise.all([signUp(server, 'sme', 'Tai Po Teahouse'), signUp(server, 'supplier', 'Steam AI')]);
    const profile = await makeSupplier();
    await linkSupplier(supplier, profile.id);
    const need = await post<{ id: string }>('/api/needs', sme, {
      title: 'Forecast dim sum demand',
      description: 'We throw away too many buns at closing time and want a forecast per branch.',
      sector: 'food-beverage',
      applicationAreas: ['operations'],
      budgetBand: '100k-300k',
    });
    await post(`/api/needs/${need.id}/publish`, sme);
    const list = await post<{ id: string }>('/api/shortlists', sme, { name: 'Forecasting vendors' });
    expect((await server.send('PUT', `/api/shortlists/${list.id}/suppliers/${profile.id}`, undefined, bearer(sme))).status).toBe(200);
    const thread = await startInquiry(server, sme, { supplierId: profile.id, needId: need.id, subject: 'Bun forecast', message: 'Could you forecast per branch?' });
    await sendQuote(server, supplier, thread.id, 90_000);
    expect((await server.send('PUT', '/api/me/notifications', { newInquiry: true, reply: false, quote: true }, bearer(sme))).status).toBe(200);

    const res = await server.send('GET', '/api/me/export', undefined, bearer(sme));
    expect(res.headers.get('content-disposition')).toContain('attachment');
    const data = await res.json();
    for (const part of personalDataParts) expect(data.explanations[part.key], part.key).toMatchObject({ en: expect.any(String), 'zh-Hant': expect.any(String) });
    expect(data.account).toMatchObject({ email: sme.email });
    expect(data.organisation).toMatchObject({ name: 'Tai Po Teahouse', kind: 'sme', myRole: 'owner' });
    expect(data.needs).toEqual([expect.objectContaining({ title: 'Forecast dim sum demand', status: 'published', writtenByMe: true })]);
    expect(data.shortlists).toEqual([{ name: 'Forecasting vendors', updatedAt: expect.any(String), suppliers: [expect.any(String)] }]);
    expect(data.inquiries).toEqual([
      expect.objectContaining({
        subject: 'Bun forecast',
        startedByMe: true,
        supplier: (await SupplierModel.findById(profile.id, { name: 1 }).lean())!.name,
        messages: expect.arrayContaining([expect.objectContaining({ text: 'Could you forecast per branch?', mine: true })]),
        quotes: [expect.objectContaining({ priceHKD: 90_000, sentByMe: false })],
      }),
    ]);
    expect(data.notificationPreferences).toMatchObject({ reply: false });
    expect(data.curatorWork).toEqual({ verificationsGranted: [], verificationsRevoked: [], profilesReviewed: [], caseStudiesApproved: [], showcasesCreated: [] });
    expect(data.securityEvents.map((e: { type: string }) => e.type)).toEqual(expect.arrayContaining(['register', 'login.succeeded']));
    expect(JSON.stringify(data)).not.toMatch(/argon2|passwordHash|tokenHash/);

    // The supplier's side sees the same thread in its own export.
    const theirs = await get<{ inquiries: Array<{ subject: string; quotes: Array<{ sentByMe: boolean }> }>; organisation: { supplierProfile: { path: string } } }>('/api/me/export', supplier);
    expect(theirs.inquiries.map((t) => t.subject)).toEqual(['Bun forecast']);
    expect(theirs.inquiries[0]!.quotes).toEqual([expect.objectContaining({ priceHKD: 90_000, sentByMe: true, decidedByMe: false })]);
    expect(theirs.organisation.supplierProfile.path).toBe(`/suppliers/${profile.slug}`);

    // The plan: the lone member's shortlists go, the needs stay (closed), the messages are anonymised.
    const plan = await get<DeletionPlan>('/api/me/deletion', sme);
    const effect = (part: string) => plan.items.find((i) => i.part === part);
    expect(effect('account')).toMatchObject({ effect: 'anonymised', records: 1 });
    expect(effect('shortlists')).toMatchObject({ effect: 'deleted', records: 1 });
    expect(effect('needs')).toMatchObject({ effect: 'kept', records: 1 });
    expect(effect('inquiries')).toMatchObject({ effect: 'anonymised', records: 1 });
    expect(effect('notificationPreferences')).toMatchObject({ effect: 'deleted' });
    expect(effect('curatorWork')).toBeUndefined();
    for (const item of plan.items) expect(item.text['zh-Hant'].length).toBeGreaterThan(0);

    expect((await server.send('DELETE', '/api/me', { password: PASSWORD }, bearer(sme))).status).toBe(204);
    expect(await ShortlistModel.countDocuments({ organisationId: sme.user.organisation!.id })).toBe(0);
    expect(await NeedModel.findById(need.id)).toMatchObject({ status: 'closed' });
    expect(await NotificationPrefsModel.findById(sme.user.id)).toBeNull();
    expect(await MessageModel.countDocuments({ authorId: sme.user.id })).toBe(0);
    const seen = await get<{ messages: Array<{ authorName: string }> }>(`/api/inquiries/${thread.id}`, supplier);
    expect(seen.messages[0]!.authorName).toBe('Deleted user');
  });

  it('exports a thread the person wrote in outside their organisation’s threads, with their messages marked', async () => {
    const [sme, other, supplier] = await Promise.all([signUp(server, 'sme', 'Mong Kok Noodles'), signUp(server, 'sme', 'Sham Shui Po Fabrics'), signUp(server, 'supplier', 'Loom AI')]);
    const profile = await makeSupplier();
    await linkSupplier(supplier, profile.id);
    const theirs = await startInquiry(server, other, { supplierId: profile.id, subject: 'Weaving faults', message: 'Can you spot weaving faults?' });
    // What someone who has since moved organisations leaves behind: their message in another organisation's thread.
    await MessageModel.create({ inquiryId: theirs.id, side: 'sme', authorId: sme.user.id, authorName: sme.user.name, text: 'Written before I moved.' });

    type Threads = { inquiries: Array<{ subject: string; startedByMe: boolean; messages: Array<{ text: string; mine: boolean }> }> };
    expect((await get<Threads>('/api/me/export', sme)).inquiries).toEqual([
      expect.objectContaining({
        subject: 'Weaving faults',
        startedByMe: false,
        messages: [expect.objectContaining({ text: 'Can you spot weaving faults?', mine: false }), expect.objectContaining({ text: 'Written before I moved.', mine: true })],
      }),
    ]);
    expect((await get<Threads>('/api/me/export', other)).inquiries).toEqual([expect.objectContaining({ subject: 'Weaving faults', startedByMe: true })]);
  });

  it('lists the acts a curator signed, also once the command line has taken the role away', async () => {
    const curator = await staff(server, 'curator');
    const profile = await makeSupplier();
    await post(`/api/curation/suppliers/${profile.id}/verification`, curator, { checks: [{ check: 'business-registration', note: 'BR 1234' }] });
    type Work = { curatorWork: { verificationsGranted: Array<{ supplier: string; at: string }> } };
    const granted = (await get<Work>('/api/me/export', curator)).curatorWork.verificationsGranted;
    expect(granted).toEqual([{ supplier: expect.any(String), at: expect.any(String) }]);

    await createUserFromCli({ role: 'sme', email: curator.email, password: PASSWORD, name: 'Former curator' });
    const former = await login(server, curator.email);
    expect((await get<Work>('/api/me/export', former)).curatorWork.verificationsGranted).toEqual(granted);
  });

  it('keeps the organisation’s needs and shortlists for the members who stay', async () => {
    const owner = await signUp(server, 'sme', 'Two-person Bakery');
    const email = uniqueEmail('colleague');
    expect((await server.send('POST', `/api/organisations/${owner.user.organisation!.id}/invitations`, { email }, bearer(owner))).status).toBe(202);
    await server.send('POST', '/api/auth/invitations/accept', { token: await linkToken(email, '/invitations/accept'), name: 'Chan Tai Man', password: PASSWORD });
    const colleague = await login(server, email);
    await post('/api/shortlists', colleague, { name: 'Ovens' });

    const sent = await get<{ invitationsSent: Array<{ email: string; accepted: boolean }> }>('/api/me/export', owner);
    expect(sent.invitationsSent).toEqual([expect.objectContaining({ email, accepted: true })]);

    const plan = await get<DeletionPlan>('/api/me/deletion', colleague);
    expect(plan.items.find((i) => i.part === 'shortlists')).toMatchObject({ effect: 'kept' });
    expect((await server.send('DELETE', '/api/me', { password: PASSWORD }, bearer(colleague))).status).toBe(204);
    expect(await ShortlistModel.countDocuments({ organisationId: owner.user.organisation!.id })).toBe(1);
  });
});
