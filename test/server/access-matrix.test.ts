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
import { SupplierModel } from '../../server/modules/suppliers/supplier.model';
import { CaseStudyModel } from '../../server/modules/cases/case.model';
import { buildCaseStudy, buildSupplier } from '../factories';
import { startTestServer, type TestServer } from './harness';
import { bearer, signUp, staff, uniqueEmail, type Account } from './accounts-helpers';
import { INQUIRY_ROUTES, setUpInquiryWorld, type InquiryWorld } from './inquiries-matrix';
import { CLAIM_ROUTES, setUpClaimWorld, type ClaimWorld } from './claims-matrix';
import { REVIEW_ROUTES, setUpReviewWorld, type ReviewWorld } from './reviews-matrix';
import { INTEREST_ROUTES, setUpInterestWorld, type InterestWorld } from './interests-matrix';

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
  claims: ClaimWorld;
  reviews: ReviewWorld;
  interests: InterestWorld;
  /** Curation: profiles of the two supplier organisations, their case studies in various states, showcases, shortlists. */
  c: Record<string, string>;
};
type Statuses = Record<Actor, number>;

type RouteCase = {
  /** The OpenAPI path this case covers, e.g. /api/organisations/{id}. */
  route: string;
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  path: (w: World) => string;
  body?: (w: World, actor: Actor) => unknown;
  /** A multipart upload instead of a JSON body. */
  form?: (w: World) => Promise<FormData>;
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

const ownSupplier: Statuses = { anonymous: 401, sme: 403, sme2: 403, supplier: 200, supplier2: 404, curator: 200, admin: 200 };
const ownCase = (ok: number): Statuses => ({ anonymous: 401, sme: 403, sme2: 403, supplier: ok, supplier2: 404, curator: 403, admin: 403 });
/** A one-way move: the curator makes it, the admin (next) finds it already made. */
const curatorOnce = (ok: number, after: number): Statuses => ({ ...curatorOnly(ok), admin: after });
const caseBody = { title: 'Matrix case', clientSector: 'trade-retail', kpis: [{ name: 'Queue time', before: 12, after: 4, unit: 'min' }] };
const showcaseBody = { title: 'Matrix showcase', titleZh: '矩陣專輯', intro: 'Intro', introZh: '簡介' };
const importJson = JSON.stringify({ suppliers: [{ externalId: 'matrix-import', name: 'Matrix Import Ltd', description: 'Imported from the browser.', layers: ['application'], sectors: ['trade-retail'] }] });
/** A tiny valid PNG, made by sharp. */
const png = () => import('sharp').then(({ default: sharp }) => sharp({ create: { width: 8, height: 8, channels: 3, background: '#0a6' } }).png().toBuffer());

const orgOf = (w: World, who: 'sme' | 'supplier') => w.accounts[who].user.organisation!.id;
const invited = uniqueEmail('invitee');

export const ROUTES: RouteCase[] = [
  // Public routes.
  { route: '/api/health', method: 'GET', path: () => '/api/health', expect: all(200) },
  { route: '/api/taxonomy', method: 'GET', path: () => '/api/taxonomy', expect: all(200) },
  { route: '/api/stats', method: 'GET', path: () => '/api/stats', expect: all(200) },
  { route: '/api/market/overview', method: 'GET', path: () => '/api/market/overview', expect: all(200) },
  { route: '/api/market/costs', method: 'GET', path: () => '/api/market/costs', expect: all(200) },
  { route: '/api/insights', method: 'GET', path: () => '/api/insights?period=3m', expect: curatorOnly(200) },
  { route: '/api/insights/{table}/csv', method: 'GET', path: () => '/api/insights/unmet/csv', expect: curatorOnly(200) },
  { route: '/api/suppliers', method: 'GET', path: () => '/api/suppliers', expect: all(200) },
  { route: '/api/suppliers/{idOrSlug}', method: 'GET', path: (w) => `/api/suppliers/${w.supplierSlug}`, expect: all(200) },
  { route: '/api/cases/{idOrSlug}', method: 'GET', path: (w) => `/api/cases/${w.caseSlug}`, expect: all(200) },

  // Search: public; the synonyms are curated.
  { route: '/api/search/suppliers', method: 'GET', path: () => '/api/search/suppliers?q=vision', expect: all(200) },
  { route: '/api/search/cases', method: 'GET', path: () => '/api/search/cases?q=defect', expect: all(200) },
  { route: '/api/search/suggest', method: 'GET', path: () => '/api/search/suggest?q=har', expect: all(200) },
  { route: '/api/search/synonyms', method: 'GET', path: () => '/api/search/synonyms', expect: all(200) },
  {
    route: '/api/search/synonyms',
    method: 'PUT',
    path: () => '/api/search/synonyms',
    body: () => ({ groups: [['cv', 'computer vision', '電腦視覺'], ['chatbot', '聊天機械人']] }),
    expect: curatorOnly(200),
    unchanged: async () => expect((await (await server.get('/api/search/synonyms')).json()).groups.length).toBeGreaterThanOrEqual(2),
  },

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
  { route: '/api/me/deletion', method: 'GET', path: () => '/api/me/deletion', expect: signedInAll(200) },
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
  // Claims of listed profiles: asked for by supplier members, decided by curators (see claims-matrix.ts).
  ...(CLAIM_ROUTES as unknown as RouteCase[]),
  ...(REVIEW_ROUTES as unknown as RouteCase[]),
  // Interests: suppliers express them; the need's SME sees, dismisses or answers them (see interests-matrix.ts).
  ...(INTEREST_ROUTES as unknown as RouteCase[]),
  // Supplier profiles: their organisation's members edit them; curators and admins may too.
  { route: '/api/suppliers', method: 'POST', path: () => '/api/suppliers', body: () => ({ name: 'Second profile', description: 'x', layers: ['application'], sectors: ['trade-retail'] }), expect: { anonymous: 401, sme: 403, sme2: 403, supplier: 409, supplier2: 409, curator: 403, admin: 403 } },
  { route: '/api/suppliers/compare', method: 'GET', path: (w) => `/api/suppliers/compare?ids=${w.c.supplierId},${w.c.supplier2Id}`, expect: all(200) },
  {
    route: '/api/suppliers/{idOrSlug}',
    method: 'PATCH',
    path: (w) => `/api/suppliers/${w.c.supplierId}`,
    body: (_w, actor) => ({ descriptionZh: `由 ${actor} 修改` }),
    expect: ownSupplier,
    unchanged: async (w) => expect((await SupplierModel.findById(w.c.supplierId))!.descriptionZh ?? '').toMatch(/^(|由 (supplier|curator|admin) 修改)$/),
  },
  { route: '/api/suppliers/{idOrSlug}/editor', method: 'GET', path: (w) => `/api/suppliers/${w.c.supplierId}/editor`, expect: ownSupplier },
  {
    route: '/api/suppliers/{idOrSlug}/logo',
    method: 'PUT',
    path: (w) => `/api/suppliers/${w.c.supplierId}/logo`,
    form: async () => {
      const form = new FormData();
      form.append('logo', new Blob([new Uint8Array(await png())], { type: 'image/png' }), 'logo.png');
      return form;
    },
    expect: ownSupplier,
  },
  { route: '/api/suppliers/{idOrSlug}/logo', method: 'GET', path: (w) => `/api/suppliers/${w.c.supplierId}/logo`, expect: all(200) },
  { route: '/api/suppliers/{idOrSlug}/cases', method: 'GET', path: (w) => `/api/suppliers/${w.c.supplierId}/cases`, expect: ownSupplier },

  // Case studies: written by their supplier's members; moved through the lifecycle by them and by curators.
  { route: '/api/cases', method: 'POST', path: () => '/api/cases', body: () => caseBody, expect: { anonymous: 401, sme: 403, sme2: 403, supplier: 201, supplier2: 201, curator: 403, admin: 403 } },
  {
    route: '/api/cases/{idOrSlug}',
    method: 'PATCH',
    path: (w) => `/api/cases/${w.c.draftId}`,
    body: (_w, actor) => ({ title: `Edited by ${actor}` }),
    expect: ownCase(200),
    unchanged: async (w) => expect((await CaseStudyModel.findById(w.c.draftId))!.title).toMatch(/^(Matrix case|Edited by supplier)$/),
  },
  // A submitted case study cannot be deleted: 409 shows its member got past access control; others are refused.
  { route: '/api/cases/{idOrSlug}', method: 'DELETE', path: (w) => `/api/cases/${w.c.submittedForDeleteId}`, expect: ownCase(409), unchanged: async (w) => expect(await CaseStudyModel.exists({ _id: w.c.submittedForDeleteId })).toBeTruthy() },
  { route: '/api/cases/{idOrSlug}/submit', method: 'POST', path: (w) => `/api/cases/${w.c.toSubmitId}/submit`, expect: ownCase(200) },
  { route: '/api/cases/{idOrSlug}/unpublish', method: 'POST', path: (w) => `/api/cases/${w.c.publishedId}/unpublish`, expect: { ...ownCase(200), curator: 409, admin: 409 } },

  // Curation: curators and admins only.
  { route: '/api/curation/cases', method: 'GET', path: () => '/api/curation/cases', expect: curatorOnly(200) },
  { route: '/api/curation/cases/{id}/approve', method: 'POST', path: (w) => `/api/curation/cases/${w.c.toApproveId}/approve`, expect: curatorOnce(200, 409) },
  { route: '/api/curation/cases/{id}/return', method: 'POST', path: (w) => `/api/curation/cases/${w.c.toReturnId}/return`, body: () => ({ comment: 'Add measured results.' }), expect: curatorOnce(200, 409) },
  { route: '/api/curation/profiles', method: 'GET', path: () => '/api/curation/profiles', expect: curatorOnly(200) },
  { route: '/api/curation/profiles/{id}/approve', method: 'POST', path: (w) => `/api/curation/profiles/${w.c.supplierId}/approve`, expect: curatorOnce(200, 409) },
  { route: '/api/curation/profiles/{id}/return', method: 'POST', path: (w) => `/api/curation/profiles/${w.c.supplier2Id}/return`, body: () => ({ comment: 'Please add a Chinese description.' }), expect: curatorOnce(200, 409) },
  {
    route: '/api/curation/suppliers/{id}/verification',
    method: 'POST',
    path: (w) => `/api/curation/suppliers/${w.c.supplier2Id}/verification`,
    body: () => ({ checks: [{ check: 'business-registration', note: 'BR seen' }, { check: 'references-contacted' }] }),
    expect: curatorOnce(200, 409),
    unchanged: async (w) => {
      const s = (await SupplierModel.findById(w.c.supplier2Id))!;
      if (s.verified) expect(s.verification?.verifiedByName).toMatch(/curator/);
    },
  },
  // Removing a check needs no declared answer, so every curator call succeeds.
  { route: '/api/curation/suppliers/{id}/diligence', method: 'POST', path: (w) => `/api/curation/suppliers/${w.c.supplier2Id}/diligence`, body: () => ({ fields: ['humanReview'], checked: false }), expect: curatorOnly(200) },
  { route: '/api/curation/suppliers/{id}/verification/revoke', method: 'POST', path: (w) => `/api/curation/suppliers/${w.c.verifiedId}/verification/revoke`, body: () => ({ reason: 'Registration lapsed.' }), expect: curatorOnce(200, 409) },
  {
    route: '/api/curation/imports',
    method: 'POST',
    path: () => '/api/curation/imports',
    form: async () => {
      const form = new FormData();
      form.append('file', new Blob([importJson], { type: 'application/json' }), 'suppliers.json');
      return form;
    },
    expect: curatorOnly(200),
  },
  { route: '/api/curation/showcases', method: 'GET', path: () => '/api/curation/showcases', expect: curatorOnly(200) },

  // Showcases: public when published; written by curators and admins.
  { route: '/api/showcases', method: 'GET', path: () => '/api/showcases', expect: all(200) },
  { route: '/api/showcases', method: 'POST', path: () => '/api/showcases', body: () => showcaseBody, expect: curatorOnly(201) },
  { route: '/api/showcases/{idOrSlug}', method: 'GET', path: (w) => `/api/showcases/${w.c.showcaseSlug}`, expect: all(200) },
  { route: '/api/showcases/{idOrSlug}', method: 'GET', path: (w) => `/api/showcases/${w.c.draftShowcaseId}`, expect: { ...all(404), curator: 200, admin: 200 } },
  { route: '/api/showcases/{idOrSlug}', method: 'PATCH', path: (w) => `/api/showcases/${w.c.draftShowcaseId}`, body: (_w, actor) => ({ title: `Edited by ${actor}` }), expect: curatorOnly(200) },
  { route: '/api/showcases/{idOrSlug}', method: 'DELETE', path: (w) => `/api/showcases/${w.c.showcaseToDeleteId}`, expect: curatorOnce(204, 404) },
  { route: '/api/showcases/{idOrSlug}/publish', method: 'POST', path: (w) => `/api/showcases/${w.c.draftShowcaseId}/publish`, expect: curatorOnce(200, 409) },
  { route: '/api/showcases/{idOrSlug}/unpublish', method: 'POST', path: (w) => `/api/showcases/${w.c.showcaseToUnpublishId}/unpublish`, expect: curatorOnce(200, 409) },

  // Shortlists: an SME organisation's own.
  { route: '/api/shortlists', method: 'GET', path: () => '/api/shortlists', expect: smeOnly(200) },
  { route: '/api/shortlists', method: 'POST', path: () => '/api/shortlists', body: () => ({ name: 'Vision vendors' }), expect: smeOnly(201) },
  { route: '/api/shortlists/{id}', method: 'PATCH', path: (w) => `/api/shortlists/${w.c.shortlistId}`, body: (_w, actor) => ({ name: `Renamed by ${actor}` }), expect: ownNeed(200) },
  { route: '/api/shortlists/{id}/suppliers/{supplierId}', method: 'PUT', path: (w) => `/api/shortlists/${w.c.shortlistId}/suppliers/${w.c.supplier2Id}`, expect: ownNeed(200) },
  { route: '/api/shortlists/{id}/suppliers/{supplierId}', method: 'DELETE', path: (w) => `/api/shortlists/${w.c.shortlistId}/suppliers/${w.c.supplierId}`, expect: ownNeed(200) },
  { route: '/api/shortlists/{id}', method: 'DELETE', path: (w) => `/api/shortlists/${w.c.shortlistToDeleteId}`, expect: { ...ownNeed(204), sme2: 404 } },

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
    claims: undefined as unknown as ClaimWorld,
    reviews: undefined as unknown as ReviewWorld,
    interests: undefined as unknown as InterestWorld,
    c: {},
  };
  await curationWorld(world);
  const need = async () => (await (await server.send('POST', '/api/needs', needBody, bearer(world.accounts.sme))).json()).id as string;
  world.needId = await need();
  world.needToCloseId = await need();
  world.fundingId = (await FundingSchemeModel.findOne())!._id.toHexString();
  // The supplier organisation's own profile (made by curationWorld) receives the inquiries.
  world.inquiries = await setUpInquiryWorld(server, world.accounts, world.c.supplierId!);
  world.claims = await setUpClaimWorld(server, world.accounts);
  world.reviews = await setUpReviewWorld(server, world.accounts, world.c.supplierId!);
  world.interests = await setUpInterestWorld(server, world.accounts);
  const hashes = await UserModel.find({}, { passwordHash: 1 });
  forbiddenText.push(server.config.JWT_SECRET!, '$argon2', 'passwordHash', 'tokenHash', ...hashes.map((u) => u.passwordHash));
  for (const account of Object.values(world.accounts)) forbiddenText.push(account.refreshCookie.split('=')[1]!);
});
afterAll(() => server?.close());

/** Supplier profiles for both supplier organisations, case studies in each state, showcases and shortlists. */
async function curationWorld(w: World) {
  const as = (actor: Exclude<Actor, 'anonymous'>) => bearer(w.accounts[actor]);
  const json = async (res: Response) => {
    expect(res.status, await res.clone().text()).toBeLessThan(300);
    return (await res.json()) as { id: string; slug: string };
  };
  const mk = async (who: 'supplier' | 'supplier2' = 'supplier') => (await json(await server.send('POST', '/api/cases', caseBody, as(who)))).id;
  const move = async (id: string, path: string, who: Exclude<Actor, 'anonymous'>, body: unknown = {}) => json(await server.send('POST', path.replace(':id', id), body, as(who)));
  const submitted = async () => {
    const id = await mk();
    await move(id, '/api/cases/:id/submit', 'supplier');
    return id;
  };
  const published = async () => {
    const id = await submitted();
    await move(id, '/api/curation/cases/:id/approve', 'curator');
    return id;
  };
  w.c.supplierId = (await json(await server.send('POST', '/api/suppliers', { name: 'Matrix Supplier Profile', description: 'Matrix profile.', layers: ['application'], sectors: ['trade-retail'] }, as('supplier')))).id;
  w.c.supplier2Id = (await json(await server.send('POST', '/api/suppliers', { name: 'Matrix Supplier Two', description: 'Matrix profile.', layers: ['basic'], sectors: ['trade-retail'] }, as('supplier2')))).id;
  const logo = new FormData();
  logo.append('logo', new Blob([new Uint8Array(await png())], { type: 'image/png' }), 'logo.png');
  expect((await fetch(`${server.url}/api/suppliers/${w.c.supplierId}/logo`, { method: 'PUT', body: logo, headers: as('supplier') })).status).toBe(200);
  w.c.draftId = await mk();
  w.c.toSubmitId = await mk();
  w.c.submittedForDeleteId = await submitted();
  w.c.toApproveId = await submitted();
  w.c.toReturnId = await submitted();
  w.c.publishedId = await published();
  const shown = await published();
  const imported = (await SupplierModel.findOne({ slug: w.supplierSlug }))!._id.toHexString();
  await move(imported, '/api/curation/suppliers/:id/verification', 'curator', { checks: [{ check: 'site-visit' }] });
  w.c.verifiedId = imported;
  const showcase = async (publish: boolean) => {
    const s = await json(await server.send('POST', '/api/showcases', { ...showcaseBody, items: [shown] }, as('curator')));
    if (publish) await move(s.id, '/api/showcases/:id/publish', 'curator');
    return s;
  };
  w.c.showcaseSlug = (await showcase(true)).slug;
  w.c.draftShowcaseId = (await showcase(false)).id;
  w.c.showcaseToDeleteId = (await showcase(false)).id;
  w.c.showcaseToUnpublishId = (await showcase(true)).id;
  w.c.shortlistId = (await json(await server.send('POST', '/api/shortlists', { name: 'Matrix list' }, as('sme')))).id;
  w.c.shortlistToDeleteId = (await json(await server.send('POST', '/api/shortlists', { name: 'Matrix list 2' }, as('sme')))).id;
  await server.send('PUT', `/api/shortlists/${w.c.shortlistId}/suppliers/${w.c.supplierId}`, undefined, as('sme'));
}

async function call(c: RouteCase, actor: Actor): Promise<{ status: number; text: string }> {
  const headers = actor === 'anonymous' ? {} : bearer(world.accounts[actor]);
  const res = c.form
    ? await fetch(server.url + c.path(world), { method: c.method, body: await c.form(world), headers })
    : await server.send(c.method, c.path(world), c.body?.(world, actor), headers);
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
