// Claiming listed profiles and inquiries that reach someone: instant grants on a matching confirmed email domain,
// curators' decisions and disputes (audited), one organisation per profile, who may see and decide claims,
// invitations to a profile's public contact (rate-limited, unsubscribe, no SME details), waiting inquiries that
// reach the new owners, and withdrawing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claim, ClaimPage } from '../../shared/schemas/claims';
import type { InquiryDetail, InquiryPage, InquirySummary } from '../../shared/schemas/inquiries';
import type { SupplierDetail } from '../../shared/schemas/suppliers';
import { OrganisationModel } from '../../server/modules/accounts/organisation.model';
import { AuditModel, type AuditType } from '../../server/modules/audit/audit.model';
import { importSuppliers } from '../../server/modules/imports/import.service';
import { ProfileClaimModel } from '../../server/modules/claims/claim.model';
import { MAX_OPEN_CLAIMS } from '../../server/modules/claims/claim.service';
import { SupplierModel } from '../../server/modules/suppliers/supplier.model';
import { OutboxModel } from '../../server/platform/mail/outbox.model';
import { buildSupplier } from '../factories';
import { startTestServer, type TestServer } from './harness';
import { bearer, latestMail, linkToken, login, PASSWORD, signUp, staff, type Account } from './accounts-helpers';
import { startInquiry } from './inquiries-helpers';

let server: TestServer;
let curator: Account, admin: Account, sme: Account;
let n = 0;

beforeAll(async () => {
  server = await startTestServer();
  [curator, admin, sme] = await Promise.all([staff(server, 'curator'), staff(server, 'admin'), signUp(server, 'sme', 'Kowloon Bakery')]);
});
afterAll(async () => {
  await server?.close();
});

/** A listed (imported) profile on its own domain, optionally with a public contact email. */
async function listedProfile(contactEmail?: string) {
  const domain = `vision${Date.now().toString(36)}${n++}.hk`;
  const s = buildSupplier({ website: `https://www.${domain}` });
  await importSuppliers([s]);
  const doc = (await SupplierModel.findOne({ externalId: s.externalId }))!;
  if (contactEmail) await SupplierModel.updateOne({ _id: doc._id }, { $set: { contact: { channel: 'email', value: contactEmail } } });
  return { id: doc._id.toHexString(), slug: doc.slug, domain };
}

/** A verified supplier member whose address is at `domain`. */
async function supplierAt(domain: string, extra: Record<string, string> = {}): Promise<Account> {
  const email = `owner${n++}@${domain}`;
  const res = await server.send('POST', '/api/auth/register', { email, password: PASSWORD, name: `Member ${n}`, accountType: 'supplier', organisationName: `Supplier org ${n}`, ...extra });
  expect(res.status).toBe(202);
  expect((await server.send('POST', '/api/auth/verify-email', { token: await linkToken(email, '/verify-email') })).status).toBe(200);
  return login(server, email);
}

const claim = async (who: Account, supplierId: string, evidence = '') => server.send('POST', '/api/claims', { supplierId, evidence }, bearer(who));
const claimed = async (who: Account, supplierId: string, evidence?: string) => {
  const res = await claim(who, supplierId, evidence);
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as Claim;
};
const ownerOf = async (supplierId: string) => (await OrganisationModel.find({ supplierId })).map((o) => o._id.toHexString());
const auditOf = async (type: AuditType, claimId: string) => (await AuditModel.find({ type })).filter((e) => (e.detail as { claimId?: string })?.claimId === claimId);
const decide = (who: Account, id: string, action: 'approve' | 'reject', body: unknown = {}) => server.send('POST', `/api/curation/claims/${id}/${action}`, body, bearer(who));
const onPlatform = async (slug: string) => ((await (await server.get(`/api/suppliers/${slug}`)).json()) as SupplierDetail).onPlatform;

describe('claiming a listed profile', () => {
  it('grants the claim at once when the confirmed email domain is the website domain', async () => {
    const profile = await listedProfile();
    const member = await supplierAt(profile.domain);
    expect(await onPlatform(profile.slug)).toBe(false);

    const c = await claimed(member, profile.id);
    expect(c).toMatchObject({ status: 'approved', grantedBy: 'email-domain', kind: 'claim', emailDomain: profile.domain, supplier: { id: profile.id } });
    expect(await ownerOf(profile.id)).toEqual([member.user.organisation!.id]);
    expect(await onPlatform(profile.slug)).toBe(true);
    expect(await auditOf('claim.granted', c.id)).toHaveLength(1);
    // The new owners manage the profile at once.
    expect((await server.send('GET', `/api/suppliers/${profile.id}/editor`, undefined, bearer(member))).status).toBe(200);
  });

  it('queues other claims for a curator, who approves or rejects with a reason (audited)', async () => {
    const [p1, p2] = await Promise.all([listedProfile(), listedProfile()]);
    const [m1, m2] = await Promise.all([supplierAt('gmail.com'), supplierAt('elsewhere.hk')]);
    const c1 = await claimed(m1, p1.id, 'I am the director; BR number 12345678.');
    const c2 = await claimed(m2, p2.id);
    expect(c1).toMatchObject({ status: 'pending', kind: 'claim', emailDomain: 'gmail.com' });
    expect(await ownerOf(p1.id)).toEqual([]);
    expect(await auditOf('claim.requested', c1.id)).toHaveLength(1);

    const queue = (await (await server.send('GET', '/api/curation/claims', undefined, bearer(curator))).json()) as ClaimPage;
    expect(queue.items.find((c) => c.id === c1.id)).toMatchObject({ evidence: 'I am the director; BR number 12345678.', organisationName: expect.any(String) });
    expect(JSON.stringify(queue)).not.toContain(m1.email);

    const approved = await decide(curator, c1.id, 'approve');
    expect(approved.status).toBe(200);
    expect(await approved.json()).toMatchObject({ status: 'approved', grantedBy: 'curator' });
    expect(await ownerOf(p1.id)).toEqual([m1.user.organisation!.id]);
    const [event] = await auditOf('claim.approved', c1.id);
    expect(event?.actorId?.toHexString()).toBe(curator.user.id);
    expect((await decide(admin, c1.id, 'approve')).status).toBe(409);
    expect((await latestMail(m1.email))?.subject).toMatch(/was approved/);

    expect((await decide(curator, c2.id, 'reject', {})).status).toBe(400);
    expect((await decide(curator, c2.id, 'reject', { reason: 'The website names another company.' })).status).toBe(200);
    const mine = (await (await server.send('GET', '/api/claims', undefined, bearer(m2))).json()) as ClaimPage;
    expect(mine.items[0]).toMatchObject({ id: c2.id, status: 'rejected', reason: 'The website names another company.' });
    expect(await ownerOf(p2.id)).toEqual([]);
    expect((await auditOf('claim.rejected', c2.id))[0]?.detail).toMatchObject({ reason: 'The website names another company.' });
    expect((await latestMail(m2.email))?.text).toContain('The website names another company.');
    // The queue follows the decisions at once; decided claims are listed by their status.
    const list = async (status: string) => ((await (await server.send('GET', `/api/curation/claims?status=${status}&pageSize=100`, undefined, bearer(curator))).json()) as ClaimPage).items.map((c) => c.id);
    expect(await list('pending')).not.toContain(c1.id);
    expect(await list('pending')).not.toContain(c2.id);
    expect(await list('approved')).toContain(c1.id);
    expect(await list('rejected')).toContain(c2.id);
  });

  it('sends a second claim of a claimed profile to the curators as a dispute; approving it moves the profile', async () => {
    const profile = await listedProfile();
    const first = await supplierAt(profile.domain);
    await claimed(first, profile.id);
    const second = await supplierAt(profile.domain);
    const dispute = await claimed(second, profile.id, 'The first claimant left our company.');
    expect(dispute).toMatchObject({ status: 'pending', kind: 'dispute' });
    expect(await ownerOf(profile.id)).toEqual([first.user.organisation!.id]);
    expect(await auditOf('claim.disputed', dispute.id)).toHaveLength(1);

    expect((await decide(curator, dispute.id, 'approve')).status).toBe(200);
    expect(await ownerOf(profile.id)).toEqual([second.user.organisation!.id]);
    expect((await auditOf('claim.approved', dispute.id))[0]?.detail).toMatchObject({ previousOrganisationId: first.user.organisation!.id });
  });

  it('gives a profile to one organisation only, and an organisation one profile only', async () => {
    const profile = await listedProfile();
    const members = await Promise.all([supplierAt(profile.domain), supplierAt(profile.domain), supplierAt(profile.domain)]);
    const results = await Promise.all(members.map((m) => claimed(m, profile.id)));
    expect(results.filter((c) => c.status === 'approved')).toHaveLength(1);
    expect(results.filter((c) => c.kind === 'dispute')).toHaveLength(2);
    expect(await ownerOf(profile.id)).toHaveLength(1);

    const owner = members[results.findIndex((c) => c.status === 'approved')]!;
    expect((await claim(owner, (await listedProfile()).id)).status).toBe(409);
    const loser = members[results.findIndex((c) => c.status !== 'approved')]!;
    expect((await claim(loser, profile.id)).status).toBe(409); // already asked
    // A few open claims per organisation at most.
    const busy = await supplierAt('busy-org.hk');
    for (let i = 0; i < MAX_OPEN_CLAIMS; i++) await claimed(busy, (await listedProfile()).id);
    expect((await claim(busy, (await listedProfile()).id)).status).toBe(409);
  });

  it('files a claim chosen at registration once the email address is confirmed', async () => {
    const profile = await listedProfile();
    const member = await supplierAt(profile.domain, { claimSupplierId: profile.id });
    expect(await ownerOf(profile.id)).toEqual([member.user.organisation!.id]);
    const mine = (await (await server.send('GET', '/api/claims', undefined, bearer(member))).json()) as ClaimPage;
    expect(mine.items).toMatchObject([{ status: 'approved', grantedBy: 'email-domain' }]);
  });

  it('lets only curators and admins decide, and members see only their own organisation’s claims', async () => {
    const profile = await listedProfile();
    const [member, other] = await Promise.all([supplierAt('member-org.hk'), supplierAt('other-org.hk')]);
    const c = await claimed(member, profile.id);
    expect((await claim(sme, profile.id)).status).toBe(403);
    expect((await server.send('POST', '/api/claims', { supplierId: profile.id })).status).toBe(401);
    for (const who of [member, other, sme]) {
      expect((await decide(who, c.id, 'approve')).status).toBe(403);
      expect((await server.send('GET', '/api/curation/claims', undefined, bearer(who))).status).toBe(403);
    }
    expect((await server.send('GET', `/api/claims/${c.id}`, undefined, bearer(member))).status).toBe(200);
    expect((await server.send('GET', `/api/claims/${c.id}`, undefined, bearer(other))).status).toBe(404);
    expect((await server.send('GET', `/api/claims/${c.id}`, undefined, bearer(curator))).status).toBe(200);
    const theirs = (await (await server.send('GET', '/api/claims', undefined, bearer(other))).json()) as ClaimPage;
    expect(theirs.items.map((x) => x.id)).not.toContain(c.id);
    expect(await ownerOf(profile.id)).toEqual([]);
  });
});

describe('personal data in claims', () => {
  it('exports the organisation’s claims; deleting the last member keeps decided claims without them and withdraws open ones', async () => {
    const [owned, wanted] = await Promise.all([listedProfile(), listedProfile()]);
    const member = await supplierAt(owned.domain);
    const granted = await claimed(member, owned.id);
    // Its organisation now owns a profile; an open claim filed before (at registration, say) is still waiting.
    const open = await ProfileClaimModel.create({ supplierId: wanted.id, organisationId: member.user.organisation!.id, requestedBy: member.user.id, emailDomain: owned.domain, evidence: 'Sister company', status: 'pending' });
    const data = (await (await server.send('GET', '/api/me/export', undefined, bearer(member))).json()) as { profileClaims: Array<{ evidence: string; status: string; mine: boolean }>; explanations: Record<string, unknown> };
    expect(data.profileClaims).toEqual([expect.objectContaining({ status: 'approved', mine: true }), expect.objectContaining({ evidence: 'Sister company', status: 'pending' })]);
    expect(data.explanations.profileClaims).toBeDefined();

    expect((await server.send('DELETE', '/api/me', { password: PASSWORD }, bearer(member))).status).toBe(204);
    const kept = (await ProfileClaimModel.findById(granted.id))!;
    expect(kept.requestedBy).toBeUndefined();
    expect(kept.organisationId.toHexString()).toBe(member.user.organisation!.id);
    expect(await ProfileClaimModel.exists({ _id: open._id })).toBeNull();
  });
});

describe('a curator’s data export', () => {
  it('lists the claims they decided, named by profile, and not the ones others decided', async () => {
    const [decider, other] = await Promise.all([staff(server, 'curator'), staff(server, 'curator')]);
    const [p1, p2] = await Promise.all([listedProfile(), listedProfile()]);
    const [m1, m2] = await Promise.all([supplierAt('gmail.com'), supplierAt('elsewhere.hk')]);
    const [c1, c2] = [await claimed(m1, p1.id, 'Director, BR 87654321'), await claimed(m2, p2.id)];
    expect((await decide(decider, c1.id, 'approve')).status).toBe(200);
    expect((await decide(other, c2.id, 'reject', { reason: 'No evidence of a link to the company.' })).status).toBe(200);

    const data = (await (await server.send('GET', '/api/me/export', undefined, bearer(decider))).json()) as { profileClaims: Array<Record<string, unknown>> };
    const name = (await SupplierModel.findById(p1.id, { name: 1 }).lean())!.name;
    expect(data.profileClaims).toEqual([expect.objectContaining({ profile: name, evidence: 'Director, BR 87654321', status: 'approved', mine: false, decidedByMe: true })]);
  });
});

describe('inquiries to profiles nobody has claimed', () => {
  const invitations = (to: string) => OutboxModel.find({ to, subject: /waiting for/ });

  it('invites the public contact once per day, with an unsubscribe link and nothing of the SME', async () => {
    const contact = `info${n++}@listed-company.hk`;
    const profile = await listedProfile(contact);
    const thread = await startInquiry(server, sme, { supplierId: profile.id, subject: 'Ovens that predict failures', message: 'Call me on 9123 4567' });
    expect(thread).toMatchObject({ supplierOnPlatform: false, status: 'open' });

    const [mail, ...more] = await invitations(contact);
    expect(more).toHaveLength(0);
    expect(mail!.text).toContain(`/suppliers/${profile.slug}\n`);
    expect(mail!.text).toMatch(/\/unsubscribe\?kind=invitation#token=[A-Za-z0-9_.-]+/);
    expect((mail!.headers as Record<string, string>)['List-Unsubscribe']).toContain('/api/claims/invitations/unsubscribe?token=');
    for (const secret of [sme.email, sme.user.name, 'Kowloon Bakery', '9123 4567', 'Ovens that predict failures']) expect(mail!.text).not.toContain(secret);

    // Rate-limited: more inquiries the same day, from any SME, send no second invitation.
    const sme2 = await signUp(server, 'sme', 'Second SME');
    await startInquiry(server, sme, { supplierId: profile.id, subject: 'Another question' });
    await startInquiry(server, sme2, { supplierId: profile.id });
    expect(await invitations(contact)).toHaveLength(1);
  });

  it('sends nothing more to an address that unsubscribed', async () => {
    const contact = `sales${n++}@listed-company.hk`;
    const profile = await listedProfile(contact);
    expect((await server.send('POST', '/api/claims/invitations/unsubscribe?token=not-a-valid-token')).status).toBe(400);
    const token = server.inquiries.inviter.unsubscribeToken(contact);
    expect((await server.send('POST', `/api/claims/invitations/unsubscribe?token=${token}`)).status).toBe(204);
    await startInquiry(server, sme, { supplierId: profile.id });
    expect(await invitations(contact)).toHaveLength(0);
  });

  it('shows waiting inquiries to the new members once the profile is claimed, but not withdrawn ones', async () => {
    const profile = await listedProfile();
    const waiting = await startInquiry(server, sme, { supplierId: profile.id, subject: 'Waiting for you' });
    const withdrawn = await startInquiry(server, sme, { supplierId: profile.id, subject: 'Changed my mind' });
    const w = await server.send('POST', `/api/inquiries/${withdrawn.id}/withdraw`, {}, bearer(sme));
    expect(w.status).toBe(200);
    expect(((await w.json()) as InquirySummary).status).toBe('withdrawn');
    expect((await server.send('POST', `/api/inquiries/${withdrawn.id}/messages`, { text: 'Hello?' }, bearer(sme))).status).toBe(409);
    expect((await server.send('POST', `/api/inquiries/${withdrawn.id}/status`, { status: 'open' }, bearer(sme))).status).toBe(409);

    const member = await supplierAt(profile.domain);
    await claimed(member, profile.id);
    const inbox = (await (await server.send('GET', '/api/inquiries', undefined, bearer(member))).json()) as InquiryPage;
    expect(inbox.items.map((i) => i.subject)).toEqual(['Waiting for you']);
    expect(((await (await server.send('GET', '/api/inquiries/unread', undefined, bearer(member))).json()) as { count: number }).count).toBe(1);
    expect((await server.send('GET', `/api/inquiries/${withdrawn.id}`, undefined, bearer(member))).status).toBe(404);
    expect((await server.send('GET', '/api/inquiries?status=withdrawn', undefined, bearer(member))).status).toBe(200);

    const seen = (await (await server.send('GET', `/api/inquiries/${waiting.id}`, undefined, bearer(sme))).json()) as InquiryDetail;
    expect(seen.supplierOnPlatform).toBe(true);
    // Once the supplier can read it, withdrawing is no longer possible (closing is).
    expect((await server.send('POST', `/api/inquiries/${waiting.id}/withdraw`, {}, bearer(sme))).status).toBe(409);
  });

  it('lets only the SME that wrote it withdraw an inquiry', async () => {
    const profile = await listedProfile();
    const thread = await startInquiry(server, sme, { supplierId: profile.id });
    const sme2 = await signUp(server, 'sme', 'Nosy SME');
    const supplier = await supplierAt('unrelated.hk');
    expect((await server.send('POST', `/api/inquiries/${thread.id}/withdraw`, {}, bearer(sme2))).status).toBe(404);
    expect((await server.send('POST', `/api/inquiries/${thread.id}/withdraw`, {}, bearer(supplier))).status).toBe(403);
    expect((await server.send('POST', `/api/inquiries/${thread.id}/withdraw`, {}, bearer(sme))).status).toBe(200);
    expect((await server.send('POST', `/api/inquiries/${thread.id}/withdraw`, {}, bearer(sme))).status).toBe(409);
  });
});
