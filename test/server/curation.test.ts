// Supplier profiles, the case-study state machine, curation, verification, showcases, uploads, compare, shortlists.
import mongoose from 'mongoose';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AuditModel } from '../../server/modules/audit/audit.model';
import { CaseStudyModel } from '../../server/modules/cases/case.model';
import { backfillReviewQueue } from '../../server/modules/suppliers/profile.service';
import { SupplierModel } from '../../server/modules/suppliers/supplier.model';
import { startTestServer, type TestServer } from './harness';
import { bearer, signUp, staff, type Account } from './accounts-helpers';
import { withReads } from './reads';

let server: TestServer;
let supplier: Account;
let other: Account;
let curator: Account;
let sme: Account;
let supplierId: string;

const profile = { name: 'Kowloon Vision Ltd', description: 'Vision inspection for factories.', layers: ['application'], sectors: ['manufacturing'] };
const caseBody = { title: 'Defect detection at a Tsuen Wan plant', clientSector: 'manufacturing', clientNameable: false, clientName: 'Secret Garments Ltd', kpis: [{ name: 'Defect escape', before: 4.2, after: 1.1, unit: '%' }] };

async function ok<T = { id: string; slug: string; status: string }>(res: Promise<Response>, status = 200): Promise<T> {
  const r = await res;
  expect(r.status, await r.clone().text()).toBe(status);
  return (await r.json()) as T;
}
const as = (a: Account) => bearer(a);
const post = (path: string, a: Account, body: unknown = {}) => server.send('POST', path, body, as(a));

beforeAll(async () => {
  server = await startTestServer();
  [supplier, other, curator, sme] = await Promise.all([signUp(server, 'supplier', 'Kowloon Vision'), signUp(server, 'supplier', 'Other Co'), staff(server, 'curator'), signUp(server, 'sme', 'Tea House')]);
  supplierId = (await ok(post('/api/suppliers', supplier, profile), 201)).id;
  await ok(post('/api/suppliers', other, { ...profile, name: 'Other Co' }), 201);
});
afterAll(() => server?.close());

describe('supplier profiles', () => {
  it('links the new profile to the organisation, once; members edit it and it enters the review queue', async () => {
    const me = await ok<{ organisation: { supplierId: string } }>(server.send('GET', '/api/me', undefined, as(supplier)));
    expect(me.organisation.supplierId).toBe(supplierId);
    expect((await post('/api/suppliers', supplier, profile)).status).toBe(409);

    const edited = await ok<{ review: { state: string; changedFields: string[] }; completeness: { percent: number; items: { field: string; done: boolean }[] } }>(
      server.send('PATCH', `/api/suppliers/${supplierId}`, { descriptionZh: '工廠視覺檢測', projectBudgetHKD: { min: 100000, max: 400000 }, contact: { channel: 'email', value: 'hello@kv.hk' } }, as(supplier)),
    );
    expect(edited.review.state).toBe('pending');
    expect(edited.review.changedFields).toEqual(expect.arrayContaining(['created', 'descriptionZh', 'projectBudgetHKD', 'contact']));
    expect(edited.completeness.items.find((i) => i.field === 'budget')?.done).toBe(true);
    expect(edited.completeness.items.find((i) => i.field === 'caseStudies')?.done).toBe(false);

    const queue = await ok<{ items: { supplier: { id: string } }[] }>(server.send('GET', '/api/curation/profiles', undefined, as(curator)));
    expect(queue.items.map((i) => i.supplier.id)).toContain(supplierId);
    const returned = await ok<{ review: { state: string; comment: string } }>(post(`/api/curation/profiles/${supplierId}/return`, curator, { comment: 'Add your markets.' }));
    expect(returned.review).toMatchObject({ state: 'returned', comment: 'Add your markets.' });
    expect((await post(`/api/curation/profiles/${supplierId}/return`, curator, { comment: 'again' })).status).toBe(409);
  });

  it('keeps the review queue in step: returned and approved profiles leave it, edited ones return, oldest change first', async () => {
    type Queue = { items: { supplier: { id: string } }[]; total: number };
    const queue = async () => (await ok<Queue>(server.send('GET', '/api/curation/profiles', undefined, as(curator)))).items.map((i) => i.supplier.id);
    const otherId = (await ok<{ organisation: { supplierId: string } }>(server.send('GET', '/api/me', undefined, as(other)))).organisation.supplierId;
    expect(await queue()).toEqual([otherId]); // the first profile was returned above
    await ok(server.send('PATCH', `/api/suppliers/${supplierId}`, { markets: ['hong-kong'] }, as(supplier)));
    expect(await queue()).toEqual([otherId, supplierId]);
    await ok(post(`/api/curation/profiles/${otherId}/approve`, curator));
    expect(await queue()).toEqual([supplierId]);
  });

  it('finds profiles queued before the queue had its own field, once the start-up step has run', async () => {
    const queue = async () => (await ok<{ items: { supplier: { id: string } }[] }>(server.send('GET', '/api/curation/profiles', undefined, as(curator)))).items.map((i) => i.supplier.id);
    // As a profile edited by an earlier version was stored: pending, without awaitingReviewSince.
    await SupplierModel.updateOne({ _id: supplierId }, { $unset: { awaitingReviewSince: 1 } });
    expect(await queue()).toEqual([]);
    await mongoose.connection.collection<{ _id: string }>('claims').deleteOne({ _id: 'migration:supplier-awaiting-review-since' });
    await backfillReviewQueue();
    expect(await queue()).toEqual([supplierId]);
  });

  it('refuses fields members may not set (verified, slug) with 400, and other organisations with 404', async () => {
    expect((await server.send('PATCH', `/api/suppliers/${supplierId}`, { verified: true }, as(supplier))).status).toBe(400);
    expect((await server.send('PATCH', `/api/suppliers/${supplierId}`, { slug: 'mine' }, as(supplier))).status).toBe(400);
    expect((await server.send('PATCH', `/api/suppliers/${supplierId}`, { name: 'Hijacked' }, as(other))).status).toBe(404);
    expect((await SupplierModel.findById(supplierId))!.name).toBe('Kowloon Vision Ltd');
  });
});

describe('logo upload limits', () => {
  const put = (body: BodyInit, headers: Record<string, string> = {}) => fetch(`${server.url}/api/suppliers/${supplierId}/logo`, { method: 'PUT', body, headers: { ...as(supplier), ...headers } });
  const form = (bytes: Uint8Array<ArrayBuffer>, name = 'logo.png', type = 'image/png') => {
    const f = new FormData();
    f.append('logo', new Blob([bytes], { type }), name);
    return f;
  };

  it('accepts PNG, JPEG and WebP, and serves a resized WebP', async () => {
    const big = await sharp({ create: { width: 1200, height: 600, channels: 3, background: '#246' } }).jpeg().toBuffer();
    const res = await put(form(new Uint8Array(big), 'logo.jpg', 'image/jpeg'));
    expect(res.status, await res.clone().text()).toBe(200);
    const { logoUrl } = (await res.json()) as { logoUrl: string };
    const logo = await fetch(server.url + logoUrl);
    expect(logo.headers.get('content-type')).toBe('image/webp');
    const meta = await sharp(Buffer.from(await logo.arrayBuffer())).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['webp', 256, 128]);
    const webp = await sharp({ create: { width: 10, height: 10, channels: 4, background: '#fff0' } }).webp().toBuffer();
    expect((await put(form(new Uint8Array(webp), 'x.webp', 'image/webp'))).status).toBe(200);
  });

  it('answers 413 for more than 1 MB and 415 for other types, never 5xx', async () => {
    const noise = new Uint8Array(1024 * 1024 + 10).map((_, i) => (i * 7919) % 251);
    const pixels = Buffer.from(new Uint8Array(700 * 700 * 3).map((_, i) => (i * 7919) % 251));
    const png = await sharp(pixels, { raw: { width: 700, height: 700, channels: 3 } }).png({ compressionLevel: 0 }).toBuffer();
    expect(png.length).toBeGreaterThan(1024 * 1024);
    expect((await put(form(new Uint8Array(png)))).status).toBe(413);
    expect((await put(form(noise))).status).toBe(413);
    // Type from the content: a GIF, a text file named .png, an SVG and a truncated PNG are all refused.
    const gif = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } }).gif().toBuffer();
    expect((await put(form(new Uint8Array(gif), 'logo.png'))).status).toBe(415);
    expect((await put(form(new TextEncoder().encode('not an image at all'), 'logo.png'))).status).toBe(415);
    expect((await put(form(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'logo.svg', 'image/svg+xml'))).status).toBe(415);
    const small = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#123' } }).png().toBuffer();
    expect((await put(form(new Uint8Array(small.subarray(0, 60))))).status).toBe(415);
    // Not multipart at all, and multipart without the file.
    expect((await put(JSON.stringify({ logo: 'x' }), { 'content-type': 'application/json' })).status).toBe(415);
    const empty = new FormData();
    empty.append('other', new Blob([small]), 'x.png');
    expect((await put(empty)).status).toBe(400);
  });
});

/** Runs `act` with an engine that takes its time to apply writes (as Meilisearch may): its copies lag meanwhile. */
async function whileEngineLags(act: () => Promise<void>): Promise<void> {
  const upsert = server.search.upsert.bind(server.search);
  let release = () => {};
  const applied = new Promise<void>((resolve) => (release = resolve));
  server.search.upsert = (async (index, docs) => {
    await applied;
    return upsert(index, docs);
  }) as typeof server.search.upsert;
  try {
    await act();
  } finally {
    server.search.upsert = upsert;
    release();
  }
}

describe('case-study lifecycle', () => {
  const getPublic = (id: string) => server.get(`/api/cases/${id}`);

  it('goes draft → submitted → published, and only published is public', async () => {
    const draft = await ok(post('/api/cases', supplier, caseBody), 201);
    expect(draft.status).toBe('draft');
    expect((await getPublic(draft.id)).status).toBe(404);
    expect((await ok(post(`/api/cases/${draft.id}/submit`, supplier))).status).toBe('submitted');
    expect((await getPublic(draft.id)).status).toBe(404);
    const queue = await ok<{ items: { id: string; supplier: { id: string } }[]; total: number }>(server.send('GET', '/api/curation/cases', undefined, as(curator)));
    expect(queue.items.map((c) => [c.id, c.supplier.id])).toContainEqual([draft.id, supplierId]);
    expect(queue.total).toBe(queue.items.length);
    const published = await ok<{ status: string; approvedBy: string }>(post(`/api/curation/cases/${draft.id}/approve`, curator));
    expect(published.status).toBe('published');
    const after = await ok<{ items: { id: string }[]; total: number }>(server.send('GET', '/api/curation/cases', undefined, as(curator)));
    expect([after.items.map((c) => c.id), after.total]).toEqual([[], 0]); // the queue follows the write at once
    const pub = await ok<{ kpis: unknown[]; clientName?: string; supplier: unknown }>(getPublic(draft.id));
    expect(pub.kpis).toEqual([{ name: 'Defect escape', before: 4.2, after: 1.1, unit: '%' }]);
    expect(pub.supplier).toEqual({ id: supplierId, slug: 'kowloon-vision-ltd', name: 'Kowloon Vision Ltd' });
    expect(pub.clientName).toBeUndefined(); // the client did not agree to be named
    await server.indexer.settled(); // a profile lists its case studies through the search engine, updated just after the write
    const s = await ok<{ caseStudyCount: number; caseStudies: { id: string }[] }>(server.get(`/api/suppliers/${supplierId}`));
    expect(s.caseStudyCount).toBe(1);
    expect(s.caseStudies.map((c) => c.id)).toEqual([draft.id]);

    expect((await ok(post(`/api/cases/${draft.id}/unpublish`, supplier))).status).toBe('draft');
    expect((await getPublic(draft.id)).status).toBe(404);
    expect((await ok<{ caseStudyCount: number }>(server.get(`/api/suppliers/${supplierId}`))).caseStudyCount).toBe(0);
  });

  it('shows an edit and an approval on the profile at once, before the search engine’s copy catches up', async () => {
    const c = await ok(post('/api/cases', supplier, { ...caseBody, title: 'Glove seam inspection' }), 201);
    await ok(post(`/api/cases/${c.id}/submit`, supplier));
    const profilePath = `/api/suppliers/${supplierId}`;
    type Profile = { caseStudyCount: number; caseStudies: { id: string }[]; website?: string };
    /** The profile once it answers from the engine's copy (no database read). */
    const fromEngine = async () => {
      await server.indexer.settled();
      return vi.waitFor(async () => {
        const answer = await withReads(() => server.get(profilePath));
        expect(answer.read).toEqual([]);
        return JSON.parse(answer.body) as Profile;
      }, { timeout: 10_000, interval: 100 });
    };
    const before = await fromEngine();
    expect(before.caseStudies.map((s) => s.id)).not.toContain(c.id);
    await whileEngineLags(async () => {
      await ok(server.send('PATCH', profilePath, { website: 'https://kowloon-vision.example.hk' }, as(supplier)));
      expect((await ok<Profile>(server.get(profilePath))).website).toBe('https://kowloon-vision.example.hk');
    });
    const edited = await fromEngine();
    expect(edited.website).toBe('https://kowloon-vision.example.hk');
    // Contact, logo and all: the engine's copy gives the bytes the database gives.
    await server.search.close();
    try {
      const fromDatabase = await withReads(() => server.get(profilePath));
      expect(fromDatabase.read).toContain('suppliers');
      expect(JSON.parse(fromDatabase.body)).toMatchObject({ contact: { channel: 'email' }, logoUrl: expect.stringContaining('/logo?v=') });
      expect(fromDatabase.body).toBe(JSON.stringify(edited));
    } finally {
      await server.search.init();
    }

    let approved: Profile | undefined;
    await whileEngineLags(async () => {
      await ok(post(`/api/curation/cases/${c.id}/approve`, curator));
      approved = await ok<Profile>(server.get(profilePath));
    });
    expect(approved!.caseStudies.map((s) => s.id)).toContain(c.id);
    expect(approved!.caseStudyCount).toBe(before.caseStudyCount + 1);
    expect(await fromEngine()).toEqual(approved);

    await whileEngineLags(async () => {
      await ok(post(`/api/cases/${c.id}/unpublish`, supplier));
      const unpublished = await ok<Profile>(server.get(profilePath));
      expect(unpublished.caseStudies.map((s) => s.id)).not.toContain(c.id);
      expect(unpublished.caseStudyCount).toBe(before.caseStudyCount);
    });
  });

  it('answers a case study’s page from the engine’s copy once it is current: no database read, the bytes the database gives', async () => {
    type Page = { slug: string; title: string };
    const publish = async (body: object) => {
      const c = await ok(post('/api/cases', supplier, { ...caseBody, ...body }), 201);
      await ok(post(`/api/cases/${c.id}/submit`, supplier));
      await ok(post(`/api/curation/cases/${c.id}/approve`, curator));
      return c;
    };
    /** The page once it answers without a database read (what is kept of case studies may be read in full first). */
    const fromEngine = async (path: string) => {
      await server.indexer.settled();
      return vi.waitFor(async () => {
        const answer = await withReads(() => getPublic(path));
        expect(answer.read).toEqual([]);
        return answer.body;
      }, { timeout: 10_000, interval: 100 });
    };
    // Chinese texts (one holding a newline) are kept once, in the copy's joined Chinese text; a named client is shown.
    const named = await publish({ title: 'Fabric shade matching', problemZh: '人手配色\n常常出錯', solutionZh: '以相機配色', outcomeZh: '退貨減半', clientNameable: true, clientName: 'Shade Co' });
    const partial = await publish({ title: 'Button counting', solution: 'Cameras count buttons.', solutionZh: '相機數鈕', kpis: [] });
    const pages = [await fromEngine(named.slug), await fromEngine(partial.slug)];
    expect(JSON.parse(pages[0]!)).toMatchObject({ problemZh: '人手配色\n常常出錯', solutionZh: '以相機配色', outcomeZh: '退貨減半', clientName: 'Shade Co', kpis: caseBody.kpis });
    expect(JSON.parse(pages[1]!)).toMatchObject({ solution: 'Cameras count buttons.', solutionZh: '相機數鈕', kpis: [] });
    expect(JSON.parse(pages[1]!).problemZh).toBeUndefined();
    expect(await fromEngine(named.id)).toBe(pages[0]);
    await server.search.close();
    try {
      for (const [i, c] of [named, partial].entries()) {
        const fromDatabase = await withReads(() => getPublic(c.slug));
        expect(fromDatabase.read).toContain('casestudies');
        expect(fromDatabase.body).toBe(pages[i]);
      }
    } finally {
      await server.search.init();
    }

    // Unpublished, edited and published again: the page follows at once, while the engine's copy lags behind.
    await whileEngineLags(async () => {
      await ok(post(`/api/cases/${named.id}/unpublish`, supplier));
      expect((await getPublic(named.slug)).status).toBe(404);
      await ok(server.send('PATCH', `/api/cases/${named.id}`, { title: 'Fabric shade matching, second season' }, as(supplier)));
      await ok(post(`/api/cases/${named.id}/submit`, supplier));
      await ok(post(`/api/curation/cases/${named.id}/approve`, curator));
      expect((await ok<Page>(getPublic(named.slug))).title).toBe('Fabric shade matching, second season');
    });
    expect(JSON.parse(await fromEngine(named.slug))).toMatchObject({ slug: named.slug, title: 'Fabric shade matching, second season' });
  });

  it('answers a supplier’s own list from the engine’s copies and what is kept while all are published; a draft is read from the database', async () => {
    const lister = await signUp(server, 'supplier', 'Sai Kung Sensors');
    const listerId = (await ok(post('/api/suppliers', lister, { ...profile, name: 'Sai Kung Sensors' }), 201)).id;
    for (const body of [{ title: 'Pond oxygen alerts', clientNameable: false, clientName: 'Private Fish Farm' }, { title: 'Boat engine sounds', clientNameable: true, clientName: 'Named Ferries' }]) {
      const c = await ok(post('/api/cases', lister, { ...caseBody, ...body }), 201);
      await ok(post(`/api/cases/${c.id}/submit`, lister));
      await ok(post(`/api/curation/cases/${c.id}/approve`, curator));
    }
    const list = (query = '') => withReads(() => server.send('GET', `/api/suppliers/${listerId}/cases${query}`, undefined, as(lister)));
    const fromEngine = async (query = '') => {
      await server.indexer.settled();
      return vi.waitFor(async () => {
        const answer = await list(query);
        expect(answer.read).toEqual([]);
        return answer.body;
      }, { timeout: 10_000, interval: 100 });
    };
    const all = await fromEngine();
    type Listed = { items: { title: string; clientName?: string; status: string; approvedBy?: string; submittedAt?: string }[]; total: number };
    const listed = JSON.parse(all) as Listed;
    expect(listed.total).toBe(2);
    // Last edited first; members see the client's name even when it may not be shown publicly.
    expect(listed.items.map((i) => [i.title, i.clientName, i.status])).toEqual([['Boat engine sounds', 'Named Ferries', 'published'], ['Pond oxygen alerts', 'Private Fish Farm', 'published']]);
    expect(listed.items[0]).toMatchObject({ approvedBy: expect.any(String), submittedAt: expect.any(String) });
    const second = await fromEngine('?pageSize=1&page=2');
    await server.search.close();
    try {
      for (const [query, body] of [['', all], ['?pageSize=1&page=2', second]] as const) {
        const fromDatabase = await list(query);
        expect(fromDatabase.read).toContain('casestudies');
        expect(fromDatabase.body).toBe(body);
      }
    } finally {
      await server.search.init();
    }

    // A draft is in no search index: the list is read from the database at once, and from memory again once it is gone.
    const draft = await ok(post('/api/cases', lister, { ...caseBody, title: 'Typhoon shutter checks' }), 201);
    const withDraft = await list();
    expect(withDraft.read).toContain('casestudies');
    expect((JSON.parse(withDraft.body) as Listed).items.map((i) => [i.title, i.status])[0]).toEqual(['Typhoon shutter checks', 'draft']);
    expect((await server.send('DELETE', `/api/cases/${draft.id}`, undefined, as(lister))).status).toBe(204);
    await vi.waitFor(async () => expect((await list()).body).toBe(all));
    expect(await fromEngine()).toBe(all);
  });

  it('returns a submission to draft with the curator’s comment', async () => {
    const c = await ok(post('/api/cases', supplier, caseBody), 201);
    await ok(post(`/api/cases/${c.id}/submit`, supplier));
    expect((await post(`/api/curation/cases/${c.id}/return`, curator, {})).status).toBe(400);
    const returned = await ok<{ status: string; curatorComment: string }>(post(`/api/curation/cases/${c.id}/return`, curator, { comment: 'Add the measured results.' }));
    expect(returned).toMatchObject({ status: 'draft', curatorComment: 'Add the measured results.' });
    const mine = await ok<{ items: { id: string; curatorComment?: string }[] }>(server.send('GET', `/api/suppliers/${supplierId}/cases`, undefined, as(supplier)));
    expect(mine.items.find((i) => i.id === c.id)?.curatorComment).toBe('Add the measured results.');
  });

  it('answers 409 to every illegal transition and changes nothing', async () => {
    const c = await ok(post('/api/cases', supplier, caseBody), 201);
    const illegal = async (path: string, who: Account, body: unknown = {}) => {
      const before = (await CaseStudyModel.findById(c.id))!.status;
      const res = await post(path.replace(':id', c.id), who, body);
      expect(res.status, `${path} from ${before}`).toBe(409);
      expect((await CaseStudyModel.findById(c.id))!.status).toBe(before);
    };
    // From draft: approve, return, unpublish are illegal.
    await illegal('/api/curation/cases/:id/approve', curator);
    await illegal('/api/curation/cases/:id/return', curator, { comment: 'x' });
    await illegal('/api/cases/:id/unpublish', supplier);
    await ok(post(`/api/cases/${c.id}/submit`, supplier));
    // From submitted: submit again, unpublish, edit, delete are illegal.
    await illegal('/api/cases/:id/submit', supplier);
    await illegal('/api/cases/:id/unpublish', curator);
    expect((await server.send('PATCH', `/api/cases/${c.id}`, { title: 'Sneaky edit' }, as(supplier))).status).toBe(409);
    expect((await server.send('DELETE', `/api/cases/${c.id}`, undefined, as(supplier))).status).toBe(409);
    await ok(post(`/api/curation/cases/${c.id}/approve`, curator));
    // From published: submit, approve, return, edit are illegal.
    await illegal('/api/cases/:id/submit', supplier);
    await illegal('/api/curation/cases/:id/approve', curator);
    await illegal('/api/curation/cases/:id/return', curator, { comment: 'x' });
    expect((await server.send('PATCH', `/api/cases/${c.id}`, { title: 'Sneaky edit' }, as(supplier))).status).toBe(409);
    expect((await CaseStudyModel.findById(c.id))!.title).toBe(caseBody.title);
    // Back to draft, a draft may be deleted.
    await ok(post(`/api/cases/${c.id}/unpublish`, curator));
    expect((await server.send('DELETE', `/api/cases/${c.id}`, undefined, as(supplier))).status).toBe(204);
  });

  it('lists a supplier’s own case studies in every status, last edited first, a page at a time', async () => {
    type Mine = { items: { id: string; status: string }[]; total: number };
    const mine = (query: string, who = supplier) => ok<Mine>(server.send('GET', `/api/suppliers/${supplierId}/cases${query}`, undefined, as(who)));
    const drafts = [];
    for (const title of ['Paging one', 'Paging two', 'Paging three']) drafts.push(await ok(post('/api/cases', supplier, { ...caseBody, title }), 201));
    await ok(server.send('PATCH', `/api/cases/${drafts[0]!.id}`, { outcome: 'Edited last.' }, as(supplier)));
    const all = await mine('?pageSize=100');
    expect(all.items.slice(0, 3).map((c) => c.id)).toEqual([drafts[0]!.id, drafts[2]!.id, drafts[1]!.id]);
    const second = await mine('?page=2&pageSize=2');
    expect([second.items.map((c) => c.id), second.total]).toEqual([all.items.slice(2, 4).map((c) => c.id), all.total]);
    expect((await mine('?pageSize=100', curator)).items.map((c) => c.id)).toEqual(all.items.map((c) => c.id));
    expect((await server.send('GET', `/api/suppliers/${supplierId}/cases`, undefined, as(other))).status).toBe(404);
  });

  it('keeps other suppliers, SMEs and status fields out', async () => {
    const c = await ok(post('/api/cases', supplier, caseBody), 201);
    expect((await post(`/api/cases/${c.id}/submit`, other)).status).toBe(404);
    expect((await server.send('PATCH', `/api/cases/${c.id}`, { status: 'published' }, as(supplier))).status).toBe(400);
    expect((await post('/api/cases', sme, caseBody)).status).toBe(403);
    expect((await post(`/api/curation/cases/${c.id}/approve`, supplier)).status).toBe(403);
  });
});

describe('verification', () => {
  it('records the checks, shows when and by whom, revokes with a reason, and audits both', async () => {
    const verified = await ok<{ verified: boolean; verification: { verifiedBy: string; checks: string[] } }>(
      post(`/api/curation/suppliers/${supplierId}/verification`, curator, { checks: [{ check: 'business-registration', note: 'BR 1234' }, { check: 'references-contacted' }] }),
    );
    expect(verified.verified).toBe(true);
    const pub = await ok<{ verification: { verifiedAt: string; verifiedBy: string; checks: string[] } }>(server.get(`/api/suppliers/${supplierId}`));
    expect(pub.verification).toMatchObject({ verifiedBy: 'curator user', checks: ['business-registration', 'references-contacted'] });
    expect(JSON.stringify(pub)).not.toContain('BR 1234'); // notes stay with curators
    expect((await post(`/api/curation/suppliers/${supplierId}/verification/revoke`, curator, {})).status).toBe(400);
    await ok(post(`/api/curation/suppliers/${supplierId}/verification/revoke`, curator, { reason: 'Business registration lapsed.' }));
    const after = await ok<{ verified: boolean; verification?: unknown }>(server.get(`/api/suppliers/${supplierId}`));
    expect(after).toMatchObject({ verified: false });
    expect(after.verification).toBeUndefined();
    const editor = await ok<{ verificationRecord: { revokeReason: string } }>(server.send('GET', `/api/suppliers/${supplierId}/editor`, undefined, as(supplier)));
    expect(editor.verificationRecord.revokeReason).toBe('Business registration lapsed.');
    expect(await AuditModel.countDocuments({ type: { $in: ['supplier.verified', 'supplier.verification-revoked'] }, actorId: curator.user.id })).toBe(2);
  });
});

describe('showcases, compare and shortlists', () => {
  it('shows published showcases with only their published items, in order', async () => {
    const ids: string[] = [];
    for (const title of ['First case', 'Second case']) {
      const c = await ok(post('/api/cases', supplier, { ...caseBody, title }), 201);
      await ok(post(`/api/cases/${c.id}/submit`, supplier));
      await ok(post(`/api/curation/cases/${c.id}/approve`, curator));
      ids.push(c.id);
    }
    const draft = await ok(post('/api/cases', supplier, { ...caseBody, title: 'Still a draft' }), 201);
    expect((await post('/api/showcases', curator, { title: 'Factories', titleZh: '工廠', intro: 'i', introZh: 'i', items: [draft.id] })).status).toBe(400);
    const sc = await ok(post('/api/showcases', curator, { title: 'Smart factories', titleZh: '智能工廠', intro: 'Cases from factories.', introZh: '工廠個案。', sector: 'manufacturing', items: [ids[1], ids[0]] }), 201);
    expect((await server.get(`/api/showcases/${sc.slug}`)).status).toBe(404);
    expect((await ok<{ items: unknown[] }>(server.get('/api/showcases'))).items).toHaveLength(0);
    await ok(post(`/api/showcases/${sc.id}/publish`, curator));
    expect((await post(`/api/showcases/${sc.id}/publish`, curator)).status).toBe(409);
    const shown = await ok<{ items: { title: string }[] }>(server.get(`/api/showcases/${sc.slug}`));
    expect(shown.items.map((i) => i.title)).toEqual(['Second case', 'First case']);
    await ok(post(`/api/cases/${ids[1]}/unpublish`, supplier));
    const home = await ok<{ items: { title: string; items: { title: string }[] }[] }>(server.get('/api/showcases'));
    expect(home.items[0]!.items.map((i) => i.title)).toEqual(['First case']);
  });

  it('shows what was just written: an edited, unpublished or deleted showcase, a renamed supplier; drafts only to curators', async () => {
    type Shown = { id: string; title: string; status: string; items: { title: string; supplier: { name: string } }[] };
    type Page = { items: Shown[]; total: number };
    const c = await ok(post('/api/cases', supplier, { ...caseBody, title: 'Packing line vision' }), 201);
    await ok(post(`/api/cases/${c.id}/submit`, supplier));
    await ok(post(`/api/curation/cases/${c.id}/approve`, curator));
    const sc = await ok(post('/api/showcases', curator, { title: 'Packing', titleZh: '包裝', intro: 'i', introZh: 'i', items: [c.id] }), 201);
    const curated = async (status = '') => (await ok<Page>(server.send('GET', `/api/curation/showcases?pageSize=50${status}`, undefined, as(curator)))).items.map((s) => s.id);
    expect(await curated('&status=draft')).toContain(sc.id);
    expect((await server.get(`/api/showcases/${sc.id}`)).status).toBe(404);
    await ok(post(`/api/showcases/${sc.id}/publish`, curator));
    const homeRes = await server.get('/api/showcases?pageSize=1');
    const home = await ok<Page>(Promise.resolve(homeRes));
    expect([home.items.map((s) => s.id), home.total]).toEqual([[sc.id], 2]); // newest first, of the two published
    // Unchanged since: 304 to a client holding that page.
    const etag = homeRes.headers.get('etag')!;
    // As a browser revalidates (fetch alone would add "Cache-Control: no-cache" to a conditional request).
    const revalidate = { 'if-none-match': etag, 'cache-control': 'max-age=0' };
    expect((await server.send('GET', '/api/showcases?pageSize=1', undefined, revalidate)).status).toBe(304);

    await ok(server.send('PATCH', `/api/showcases/${sc.id}`, { title: 'Packing lines' }, as(curator)));
    await ok(server.send('PATCH', `/api/suppliers/${supplierId}`, { name: 'Kowloon Vision Labs' }, as(supplier)));
    const shown = await ok<Shown>(server.get(`/api/showcases/${sc.slug}`));
    expect([shown.title, shown.items.map((i) => [i.title, i.supplier.name])]).toEqual(['Packing lines', [['Packing line vision', 'Kowloon Vision Labs']]]);
    const changed = await server.send('GET', '/api/showcases?pageSize=1', undefined, revalidate);
    expect([changed.status, ((await changed.json()) as Page).items[0]!.title]).toEqual([200, 'Packing lines']);

    await ok(post(`/api/showcases/${sc.id}/unpublish`, curator));
    expect((await server.get(`/api/showcases/${sc.slug}`)).status).toBe(404);
    expect((await ok<Shown>(server.send('GET', `/api/showcases/${sc.slug}`, undefined, as(curator)))).status).toBe('draft');
    expect((await ok<Page>(server.get('/api/showcases'))).items.map((s) => s.id)).not.toContain(sc.id);
    expect(await curated('&status=draft')).toContain(sc.id);
    expect((await server.send('DELETE', `/api/showcases/${sc.id}`, undefined, as(curator))).status).toBe(204);
    expect(await curated()).not.toContain(sc.id);
    expect((await server.send('GET', `/api/showcases/${sc.id}`, undefined, as(curator))).status).toBe(404);
  });

  it('compares up to 4 suppliers in the order asked', async () => {
    const otherId = (await ok<{ organisation: { supplierId: string } }>(server.send('GET', '/api/me', undefined, as(other)))).organisation.supplierId;
    const cmp = await ok<{ items: { id: string }[] }>(server.get(`/api/suppliers/compare?ids=${otherId},${supplierId}`));
    expect(cmp.items.map((i) => i.id)).toEqual([otherId, supplierId]);
    const five = Array.from({ length: 5 }, () => supplierId).join(',');
    expect((await server.get(`/api/suppliers/compare?ids=${five}`)).status).toBe(400);
    expect((await server.get('/api/suppliers/compare?ids=nope')).status).toBe(400);
  });

  it('keeps an SME organisation’s shortlists', async () => {
    const list = await ok(post('/api/shortlists', sme, { name: 'Vision' }), 201);
    await ok(server.send('PUT', `/api/shortlists/${list.id}/suppliers/${supplierId}`, undefined, as(sme)));
    await ok(server.send('PUT', `/api/shortlists/${list.id}/suppliers/${supplierId}`, undefined, as(sme)));
    const lists = await ok<{ items: { suppliers: Record<string, unknown>[] }[] }>(server.send('GET', '/api/shortlists', undefined, as(sme)));
    expect(lists.items[0]!.suppliers.map((s) => s.id)).toEqual([supplierId]);
    // The card says what the public profile says, whether the search engine or the database supplied it.
    const profile = await ok<Record<string, unknown>>(server.get(`/api/suppliers/${supplierId}`));
    const shown = ['name', 'slug', 'description', 'sectors', 'layers', 'verified', 'caseStudyCount', 'projectBudgetHKD'];
    expect(Object.fromEntries(shown.map((k) => [k, lists.items[0]!.suppliers[0]![k]]))).toEqual(Object.fromEntries(shown.map((k) => [k, profile[k]])));
    await ok(server.send('DELETE', `/api/shortlists/${list.id}/suppliers/${supplierId}`, undefined, as(sme)));
    expect((await ok<{ items: { suppliers: unknown[] }[] }>(server.send('GET', '/api/shortlists', undefined, as(sme)))).items[0]!.suppliers).toEqual([]);
    expect((await server.send('PUT', `/api/shortlists/${list.id}/suppliers/0123456789abcdef01234567`, undefined, as(sme))).status).toBe(404);
  });
});

describe('browser import', () => {
  const upload = (content: string | Uint8Array<ArrayBuffer>, name: string) => {
    const f = new FormData();
    f.append('file', new Blob([content]), name);
    return fetch(`${server.url}/api/curation/imports`, { method: 'POST', body: f, headers: as(curator) });
  };

  it('imports CSV and JSON with the command line’s report', async () => {
    const csv = 'externalId,name,description,layers,sectors,projectBudgetMin,projectBudgetMax\nup-1,Upload One,From the browser,application,education,50000,90000\nup-2,Upload Two,Bad layer,nowhere,education,,\n';
    const report = await ok<{ created: number; rejected: number; errors: { position: number; field: string }[] }>(upload(csv, 'list.csv'));
    expect(report).toMatchObject({ created: 1, rejected: 1 });
    expect(report.errors[0]).toMatchObject({ position: 1, field: 'layers.0' });
    expect((await ok<{ unchanged: number }>(upload(csv, 'again.csv'))).unchanged).toBe(1);
    expect((await upload('{"suppliers": [', 'broken.json')).status).toBe(400);
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } }).png().toBuffer();
    expect((await upload(new Uint8Array(png), 'list.csv')).status).toBe(415);
  });
});
