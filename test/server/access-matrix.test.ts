// The ownership and role matrix: every route × every kind of caller, including a second organisation of the same
// role. Each response is scanned for secrets and other people's email addresses. A route missing from ROUTES fails
// the completeness test: add new routes here with the status each caller must get.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSuppliers } from '../../server/modules/imports/import.service';
import { OrganisationModel } from '../../server/modules/accounts/organisation.model';
import { OutboxModel } from '../../server/platform/mail/outbox.model';
import { UserModel } from '../../server/modules/accounts/user.model';
import { FundingSchemeModel } from '../../server/modules/funding/funding.model';
import { NeedModel } from '../../server/modules/needs/need.model';
import { buildCaseStudy, buildSupplier } from '../factories';
import { startTestServer, type TestServer } from './harness';
import { bearer, signUp, staff, uniqueEmail, type Account } from './accounts-helpers';
import { INQUIRY_ROUTES, setUpInquiryWorld, type InquiryWorld } from './inquiries-matrix';

const ACTORS = ['anonymous', 'sme', 'sme2', 'supplier', 'supplier2', 'curator', 'admin'] as const;
type Actor = (typeof ACTORS)[number];
type World = {
  accounts: Record<Exclude<Actor, 'anonymous'>, Account>;
  supplierSlug: string;
  caseSlug: string;
  needId: string;
  needToCloseId: string;
  fundingId: string;
  inquiries: InquiryWorld;
};
type Statuses = Record<Actor, number>;

type RouteCase = {
  /** The OpenAPI path this case covers, e.g. /api/organisations/{id}. */
  route: string;
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  path: (w: World) => string;
  body?: (w: World, actor: Actor) => unknown;
  expect: Statuses;
  /** Checked after every caller: what must not have changed. */
  unchanged?: (w: World) => Promise<void>;
  /** Responses that may show other people's addresses (the admin's development outbox). */
  mayShowEmails?: Actor[];
  /** Cases that end the caller's sessions run last. */
  last?: boolean;
  /** An event stream: only the status is read, then the connection is dropped. */
  stream?: boolean;
};

const all = (status: number): Statuses => Object.fromEntries(ACTORS.map((a) => [a, status])) as Statuses;
const signedInAll = (status: number): Statuses => ({ ...all(status), anonymous: 401 });
const adminOnly: Statuses = { anonymous: 401, sme: 403, sme2: 403, supplier: 403, supplier2: 403, curator: 403, admin: 200 };
// The sme's organisation: its owner may manage it, curators and admins may see it, others get the same 404 as for
// an organisation that does not exist.
const viewSmeOrg: Statuses = { anonymous: 401, sme: 200, sme2: 404, supplier: 404, supplier2: 404, curator: 200, admin: 200 };
const manageSmeOrg: Statuses = { anonymous: 401, sme: 200, sme2: 404, supplier: 404, supplier2: 404, curator: 404, admin: 200 };
const viewSupplierOrg: Statuses = { anonymous: 401, sme: 404, sme2: 404, supplier: 200, supplier2: 404, curator: 200, admin: 200 };
const manageSupplierOrg: Statuses = { anonymous: 401, sme: 404, sme2: 404, supplier: 202, supplier2: 404, curator: 404, admin: 202 };

// The sme's own needs: its organisation only; everyone else gets the same 404 or, without the role, 403.
const ownNeed = (ok: number): Statuses => ({ anonymous: 401, sme: ok, sme2: 404, supplier: 403, supplier2: 403, curator: 403, admin: 403 });
const smeOnly = (ok: number): Statuses => ({ anonymous: 401, sme: ok, sme2: ok, supplier: 403, supplier2: 403, curator: 403, admin: 403 });
const curatorOnly = (ok: number): Statuses => ({ anonymous: 401, sme: 403, sme2: 403, supplier: 403, supplier2: 403, curator: ok, admin: ok });
const needBody = { title: 'Matrix need', description: 'Cameras to find defects on our line.', sector: 'manufacturing', applicationAreas: ['operations'], budgetBand: '300k-500k' };
const fundingBody = (key: string) => ({ key, name: { en: 'Scheme', 'zh-Hant': '計劃' }, summary: { en: 'Summary', 'zh-Hant': '摘要' }, eligibility: {} });

const orgOf = (w: World, who: 'sme' | 'supplier') => w.accounts[who].user.organisation!.id;
const invited = uniqueEmail('invitee');

export const ROUTES: RouteCase[] = [
  // Public routes.
  { route: '/api/health', method: 'GET', path: () => '/api/health', expect: all(200) },
  { route: '/api/taxonomy', method: 'GET', path: () => '/api/taxonomy', expect: all(200) },
  { route: '/api/stats', method: 'GET', path: () => '/api/stats', expect: all(200) },
  { route: '/api/suppliers', method: 'GET', path: () => '/api/suppliers', expect: all(200) },
  { route: '/api/suppliers/{idOrSlug}', method: 'GET', path: (w) => `/api/suppliers/${w.supplierSlug}`, expect: all(200) },
  { route: '/api/cases/{idOrSlug}', method: 'GET', path: (w) => `/api/cases/${w.caseSlug}`, expect: all(200) },

  // Authentication: open to anyone (and throttled).
  { route: '/api/auth/register', method: 'POST', path: () => '/api/auth/register', body: () => ({ email: uniqueEmail('m'), password: 'Matrix-registration-77', name: 'M', accountType: 'sme', organisationName: 'M' }), expect: all(202) },
  { route: '/api/auth/login', method: 'POST', path: () => '/api/auth/login', body: (w) => ({ email: w.accounts.sme.email, password: 'not-the-password-1' }), expect: all(401) },
  { route: '/api/auth/refresh', method: 'POST', path: () => '/api/auth/refresh', expect: all(401) },
  { route: '/api/auth/logout', method: 'POST', path: () => '/api/auth/logout', expect: all(204) },
  { route: '/api/auth/verify-email', method: 'POST', path: () => '/api/auth/verify-email', body: () => ({ token: 'a'.repeat(43) }), expect: all(400) },
  { route: '/api/auth/resend-verification', method: 'POST', path: () => '/api/auth/resend-verification', body: (w) => ({ email: w.accounts.sme.email }), expect: all(202) },
  { route: '/api/auth/forgot-password', method: 'POST', path: () => '/api/auth/forgot-password', body: () => ({ email: uniqueEmail('nobody') }), expect: all(202) },
  { route: '/api/auth/reset-password', method: 'POST', path: () => '/api/auth/reset-password', body: () => ({ token: 'a'.repeat(43), password: 'Matrix-reset-pass-77' }), expect: all(400) },
  { route: '/api/auth/invitations/accept', method: 'POST', path: () => '/api/auth/invitations/accept', body: () => ({ token: 'a'.repeat(43), name: 'X', password: 'Matrix-reset-pass-77' }), expect: all(400) },

  // Me: every signed-in user, about themselves only.
  { route: '/api/me', method: 'GET', path: () => '/api/me', expect: signedInAll(200) },
  { route: '/api/me/export', method: 'GET', path: () => '/api/me/export', expect: signedInAll(200) },
  { route: '/api/me', method: 'PATCH', path: () => '/api/me', body: (_w, actor) => ({ name: `Renamed ${actor}` }), expect: signedInAll(200) },
  // A wrong current password: 400 shows the caller got past access control without changing anything.
  { route: '/api/me/password', method: 'POST', path: () => '/api/me/password', body: () => ({ currentPassword: 'wrong-password-1', newPassword: 'Matrix-new-pass-77' }), expect: signedInAll(400) },
  { route: '/api/me', method: 'DELETE', path: () => '/api/me', body: () => ({ password: 'wrong-password-1' }), expect: signedInAll(400) },

  // Organisations: the owner's, seen by its members, curators and admins; managed by its owner and admins.
  { route: '/api/organisations/{id}', method: 'GET', path: (w) => `/api/organisations/${orgOf(w, 'sme')}`, expect: viewSmeOrg },
  { route: '/api/organisations/{id}', method: 'GET', path: (w) => `/api/organisations/${orgOf(w, 'supplier')}`, expect: viewSupplierOrg },
  { route: '/api/organisations/{id}', method: 'GET', path: () => '/api/organisations/0123456789abcdef01234567', expect: { ...all(404), anonymous: 401 } },
  {
    route: '/api/organisations/{id}',
    method: 'PATCH',
    path: (w) => `/api/organisations/${orgOf(w, 'sme')}`,
    body: (_w, actor) => ({ name: `Renamed by ${actor}` }),
    expect: manageSmeOrg,
    unchanged: async (w) => {
      const name = (await OrganisationModel.findById(orgOf(w, 'sme')))!.name;
      expect(name).toMatch(/^(Matrix SME|Renamed by (sme|admin))$/);
    },
  },
  {
    route: '/api/organisations/{id}/invitations',
    method: 'POST',
    path: (w) => `/api/organisations/${orgOf(w, 'supplier')}/invitations`,
    body: () => ({ email: invited }),
    expect: manageSupplierOrg,
    unchanged: async () => expect(await OutboxModel.countDocuments({ to: invited })).toBeLessThanOrEqual(2),
  },

  // Needs: SMEs only, each organisation its own; matches and funding hints likewise.
  { route: '/api/needs', method: 'POST', path: () => '/api/needs', body: () => needBody, expect: smeOnly(201) },
  { route: '/api/needs', method: 'GET', path: () => '/api/needs', expect: smeOnly(200) },
  { route: '/api/needs/{id}', method: 'GET', path: (w) => `/api/needs/${w.needId}`, expect: ownNeed(200) },
  {
    route: '/api/needs/{id}',
    method: 'PATCH',
    path: (w) => `/api/needs/${w.needId}`,
    body: (_w, actor) => ({ title: `Edited by ${actor}` }),
    expect: ownNeed(200),
    unchanged: async (w) => expect((await NeedModel.findById(w.needId))!.title).toMatch(/^(Matrix need|Edited by sme)$/),
  },
  { route: '/api/needs/{id}/publish', method: 'POST', path: (w) => `/api/needs/${w.needId}/publish`, expect: ownNeed(200) },
  {
    route: '/api/needs/{id}/close',
    method: 'POST',
    path: (w) => `/api/needs/${w.needToCloseId}/close`,
    expect: ownNeed(200),
  },
  { route: '/api/needs/{id}/matches', method: 'GET', path: (w) => `/api/needs/${w.needId}/matches`, expect: ownNeed(200) },
  { route: '/api/needs/{id}/funding', method: 'GET', path: (w) => `/api/needs/${w.needId}/funding`, expect: ownNeed(200) },
  { route: '/api/opportunities', method: 'GET', path: () => '/api/opportunities', expect: { anonymous: 401, sme: 403, sme2: 403, supplier: 200, supplier2: 200, curator: 403, admin: 403 } },

  // Funding schemes: public list, curated by curators and admins.
  { route: '/api/funding-schemes', method: 'GET', path: () => '/api/funding-schemes', expect: all(200) },
  { route: '/api/funding-schemes', method: 'POST', path: () => '/api/funding-schemes', body: (_w, actor) => fundingBody(`matrix-${actor}`), expect: curatorOnly(201) },
  { route: '/api/funding-schemes/{id}', method: 'PUT', path: (w) => `/api/funding-schemes/${w.fundingId}`, body: () => fundingBody('matrix-edited'), expect: curatorOnly(200) },

  // Inquiries: the thread's two sides only; curators once reported (see inquiries-matrix.ts).
  ...(INQUIRY_ROUTES as unknown as RouteCase[]),

  // Admin.
  { route: '/api/admin/audit', method: 'GET', path: () => '/api/admin/audit', expect: adminOnly },
  { route: '/api/admin/outbox', method: 'GET', path: () => '/api/admin/outbox', expect: adminOnly, mayShowEmails: ['admin'] },

  // Ends the caller's sessions: last.
  { route: '/api/me/sign-out-everywhere', method: 'POST', path: () => '/api/me/sign-out-everywhere', expect: signedInAll(204), last: true },
];

let server: TestServer;
let world: World;
const forbiddenText: string[] = [];

beforeAll(async () => {
  server = await startTestServer();
  const supplier = buildSupplier({ caseStudies: [buildCaseStudy()] });
  await importSuppliers([supplier]);
  const { SupplierModel } = await import('../../server/modules/suppliers/supplier.model');
  const { CaseStudyModel } = await import('../../server/modules/cases/case.model');
  const s = await SupplierModel.findOne({ externalId: supplier.externalId });
  const c = await CaseStudyModel.findOne({ supplierId: s!._id });
  world = {
    supplierSlug: s!.slug,
    caseSlug: c!.slug,
    accounts: {
      sme: await signUp(server, 'sme', 'Matrix SME'),
      sme2: await signUp(server, 'sme', 'Matrix SME 2'),
      supplier: await signUp(server, 'supplier', 'Matrix Supplier'),
      supplier2: await signUp(server, 'supplier', 'Matrix Supplier 2'),
      curator: await staff(server, 'curator'),
      admin: await staff(server, 'admin'),
    },
    needId: '',
    needToCloseId: '',
    fundingId: '',
    inquiries: undefined as unknown as InquiryWorld,
  };
  const need = async () => (await (await server.send('POST', '/api/needs', needBody, bearer(world.accounts.sme))).json()).id as string;
  world.needId = await need();
  world.needToCloseId = await need();
  world.fundingId = (await FundingSchemeModel.findOne())!._id.toHexString();
  world.inquiries = await setUpInquiryWorld(server, world.accounts, s!._id.toHexString());
  const hashes = await UserModel.find({}, { passwordHash: 1 });
  forbiddenText.push(server.config.JWT_SECRET!, '$argon2', 'passwordHash', 'tokenHash', ...hashes.map((u) => u.passwordHash));
  for (const account of Object.values(world.accounts)) forbiddenText.push(account.refreshCookie.split('=')[1]!);
});
afterAll(() => server?.close());

async function call(c: RouteCase, actor: Actor): Promise<{ status: number; text: string }> {
  const headers = actor === 'anonymous' ? {} : bearer(world.accounts[actor]);
  const res = await server.send(c.method, c.path(world), c.body?.(world, actor), headers);
  if (c.stream && res.ok) {
    await res.body?.cancel();
    return { status: res.status, text: '' };
  }
  return { status: res.status, text: await res.text() };
}

function scan(c: RouteCase, actor: Actor, text: string) {
  for (const secret of forbiddenText) expect(text, `${c.method} ${c.route} as ${actor} leaks a secret`).not.toContain(secret);
  if (c.mayShowEmails?.includes(actor)) return;
  for (const [who, account] of Object.entries(world.accounts)) {
    if (who !== actor) expect(text, `${c.method} ${c.route} as ${actor} shows ${who}'s email`).not.toContain(account.email);
  }
}

describe('access matrix', () => {
  const ordered = [...ROUTES.filter((c) => !c.last), ...ROUTES.filter((c) => c.last)];
  for (const [i, c] of ordered.entries()) {
    it(`#${i + 1} ${c.method} ${c.route}`, async () => {
      const got: Partial<Statuses> = {};
      for (const actor of ACTORS) {
        const { status, text } = await call(c, actor);
        got[actor] = status;
        expect(status, `${actor}: ${text}`).toBeLessThan(500);
        scan(c, actor, text);
        await c.unchanged?.(world);
      }
      expect(got).toEqual(c.expect);
    });
  }

  it('covers every route in the OpenAPI document', async () => {
    const doc = (await (await server.get('/api/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    const covered = new Set(ROUTES.map((c) => `${c.method} ${c.route}`));
    expect(documented.filter((op) => !covered.has(op))).toEqual([]);
  });

  it('rejects operator payloads in every query and body with 400, never 5xx', async () => {
    const doc = (await (await server.get('/api/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
    const admin = await staff(server, 'admin');
    const sample = ROUTES.find((c) => c.route.includes('{id}'))!;
    for (const [route, ops] of Object.entries(doc.paths)) {
      const path = route.replace('{idOrSlug}', world.supplierSlug).replace('{id}', sample.path(world).split('/')[3]!);
      for (const method of Object.keys(ops)) {
        const query = await server.send(method.toUpperCase(), `${path}?filter[$ne]=1&%24where=1`, method === 'get' ? undefined : {}, bearer(admin));
        expect(query.status, `${method} ${route} query`).toBe(400);
        if (method !== 'get') {
          const body = await server.send(method.toUpperCase(), path, { email: { $ne: null }, name: { $gt: '' }, token: { $exists: true } }, bearer(admin));
          expect(body.status, `${method} ${route} body`).toBe(400);
        }
      }
    }
  });
});
