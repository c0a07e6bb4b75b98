// The city-scale market of the routes bench (issue 16): 10,000 suppliers with 50,000 case studies (through the
// import service, as curators load them), then 1,000 SME organisations with 5,000 needs and 20,000 inquiry threads
// holding 100,000 messages, 1,000 supplier members and a curator, written by bulk inserts; since version 2 also the
// supplier members' 10,000 interests in the published needs and the SME organisations' shortlists. Seeding takes
// minutes, so the data directory is kept in .cache/ and reused while SEED_VERSION and the sizes are unchanged; a
// version-1 market of the same sizes is topped up with what version 2 adds (seconds, not the import's minutes).
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import mongoose from 'mongoose';
import { loadConfig } from '../server/config';
import { createLogger } from '../server/platform/log/logger';
import { startPlatform } from '../server/runtime';
import { importSuppliers } from '../server/modules/imports/import.service';
import { SupplierModel } from '../server/modules/suppliers/supplier.model';
import { CaseStudyModel } from '../server/modules/cases/case.model';
import { UserModel } from '../server/modules/accounts/user.model';
import { OrganisationModel } from '../server/modules/accounts/organisation.model';
import { SessionModel } from '../server/modules/accounts/session.model';
import { NeedModel } from '../server/modules/needs/need.model';
import { InquiryModel, MessageModel, QuoteModel } from '../server/modules/inquiries/inquiry.model';
import { ShowcaseModel } from '../server/modules/showcases/showcase.model';
import { InterestModel } from '../server/modules/interests/interest.model';
import { ShortlistModel } from '../server/modules/shortlists/shortlist.model';
import { ROOT } from '../server/platform/root';
import { APPLICATION_AREA_KEYS, BUDGET_BAND_KEYS, SECTOR_KEYS } from '../shared/taxonomy';
import { generateMarket } from '../seed/generate';
import { line } from './lib';
import { NEED_TEXTS } from './need-texts';

const SEED_VERSION = 2;
export const SIZES = { suppliers: 10_000, casesPerSupplier: 5, smes: 1_000, needsPerSme: 5, threadsPerSme: 20, messagesPerThread: 5, supplierMembers: 1_000 };
const INSERTS_PER_COMMAND = 1_000;

export type Persona = { userId: string; sessionId: string; role: 'sme' | 'supplier' | 'curator' };
/** `interestNeedIds`: the needs (published) that suppliers expressed interest in. */
export type SmePersona = Persona & { needIds: string[]; threadIds: string[]; interestNeedIds: string[] };
/** What the bench draws ids, slugs and queries from. */
export type Seeded = {
  version: number;
  sizes: typeof SIZES;
  smes: SmePersona[];
  suppliers: (Persona & { supplierId: string; threadIds: string[] })[];
  curator: Persona;
  supplierSlugs: string[];
  supplierNames: string[];
  caseSlugs: string[];
  showcaseSlugs: string[];
};

const oid = () => new mongoose.Types.ObjectId();
const pick = <T>(items: readonly T[], i: number) => items[i % items.length]!;

export const seededDir = () => path.join(ROOT, '.cache', 'bench-routes');

/** The seeded data directory and its personas: reused when present, else seeded now. */
export async function seededMarket(): Promise<{ dataDir: string; seeded: Seeded }> {
  const dataDir = seededDir();
  const marker = path.join(dataDir, 'seeded.json');
  if (existsSync(marker)) {
    const seeded = JSON.parse(await readFile(marker, 'utf8')) as Seeded;
    if (seeded.version === SEED_VERSION && JSON.stringify(seeded.sizes) === JSON.stringify(SIZES)) {
      line('seeded market', `reused ${dataDir}`);
      return { dataDir, seeded };
    }
    if (seeded.version === 1 && JSON.stringify(seeded.sizes) === JSON.stringify(SIZES)) {
      await topUp(dataDir, seeded);
      await writeFile(marker, JSON.stringify(seeded));
      return { dataDir, seeded };
    }
  }
  await rm(dataDir, { recursive: true, force: true });
  await mkdir(dataDir, { recursive: true });
  const seeded = await seed(dataDir);
  await writeFile(marker, JSON.stringify(seeded));
  return { dataDir, seeded };
}

/** Lean inserts (no casting, validation or timestamps): an undefined field would be stored as null, so it is left out. */
async function insertInChunks(model: mongoose.Model<never>, docs: object[]): Promise<void> {
  const now = new Date();
  const defined = docs.map((d) => ({ createdAt: now, updatedAt: now, ...Object.fromEntries(Object.entries(d).filter(([, v]) => v !== undefined)) }));
  for (let i = 0; i < defined.length; i += INSERTS_PER_COMMAND) await model.insertMany(defined.slice(i, i + INSERTS_PER_COMMAND), { lean: true });
}

async function seed(dataDir: string): Promise<Seeded> {
  const platform = await startPlatform(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }), createLogger('silent'));
  try {
    let started = performance.now();
    const market = generateMarket({ seed: 16, suppliers: SIZES.suppliers, casesPerSupplier: SIZES.casesPerSupplier });
    await importSuppliers(market.suppliers);
    await platform.indexer.settled();
    const suppliers = await SupplierModel.find({}, { slug: 1, name: 1 }).lean();
    const cases = await CaseStudyModel.find({}, { slug: 1 }).lean();
    line(`seed: import ${suppliers.length} suppliers + ${cases.length} case studies`, `${((performance.now() - started) / 1000).toFixed(1)} s`);
    started = performance.now();
    const people = await seedPeople(suppliers.map((s) => s._id));
    const showcaseSlugs = await seedShowcases(cases.map((c) => c._id));
    line(`seed: ${people.counts}`, `${((performance.now() - started) / 1000).toFixed(1)} s`);
    started = performance.now();
    line(`seed: ${await seedInterestsAndShortlists(people.smes, people.suppliers)}`, `${((performance.now() - started) / 1000).toFixed(1)} s`);
    return {
      version: SEED_VERSION,
      sizes: SIZES,
      smes: people.smes,
      suppliers: people.suppliers,
      curator: people.curator,
      supplierSlugs: suppliers.map((s) => s.slug),
      supplierNames: suppliers.map((s) => s.name),
      caseSlugs: cases.map((c) => c.slug),
      showcaseSlugs,
    };
  } finally {
    await platform.close();
  }
}

/** The supplier member (its index) in an SME's thread `t`, which is about the SME's need `t % needsPerSme`. */
const threadMember = (sme: number, t: number) => (sme * SIZES.threadsPerSme + t) % SIZES.supplierMembers;

type Account = { user: object; session: object; persona: Persona };
function account(role: Persona['role'], n: number, organisationId?: mongoose.Types.ObjectId): Account {
  const userId = oid();
  const sessionId = oid();
  const user = { _id: userId, email: `bench.${role}.${n}@example.hk`, name: `Bench ${role} ${n}`, passwordHash: 'x', role, organisationId, organisationRole: organisationId ? 'owner' : undefined, emailVerifiedAt: new Date(), sessionVersion: 0, deletedAt: null };
  return { user, session: { _id: sessionId, userId, revokedAt: null }, persona: { userId: userId.toHexString(), sessionId: sessionId.toHexString(), role } };
}

async function seedPeople(supplierIds: mongoose.Types.ObjectId[]) {
  const accounts: Account[] = [];
  const orgs: object[] = [];
  const suppliers: Seeded['suppliers'] = [];
  for (let i = 0; i < SIZES.supplierMembers; i++) {
    const orgId = oid();
    const supplierId = supplierIds[(i * 7) % supplierIds.length]!;
    orgs.push({ _id: orgId, kind: 'supplier', name: `Bench supplier org ${i}`, supplierId });
    const a = account('supplier', i, orgId);
    accounts.push(a);
    suppliers.push({ ...a.persona, supplierId: supplierId.toHexString(), threadIds: [] });
  }
  const needs: object[] = [];
  const threads: object[] = [];
  const messages: object[] = [];
  const quotes: object[] = [];
  const smes: SmePersona[] = [];
  const day = 86_400_000;
  for (let i = 0; i < SIZES.smes; i++) {
    const orgId = oid();
    orgs.push({ _id: orgId, kind: 'sme', name: `Bench SME ${i}` });
    const a = account('sme', i, orgId);
    accounts.push(a);
    const sme: SmePersona = { ...(a.persona as Persona), needIds: [], threadIds: [], interestNeedIds: [] };
    for (let n = 0; n < SIZES.needsPerSme; n++) {
      const id = oid();
      const [title, description] = pick(NEED_TEXTS, i + n);
      const published = n < 4;
      needs.push({
        _id: id, organisationId: orgId, createdBy: (a.user as { _id: unknown })._id, status: published ? 'published' : 'draft', title, description,
        sector: pick(SECTOR_KEYS, i * 3 + n), applicationAreas: [pick(APPLICATION_AREA_KEYS, i + n)], budgetBand: pick(BUDGET_BAND_KEYS, i + n), readiness: 'aware',
        difficulties: [], benefits: [], markets: [], languages: [], dataConstraints: [], publishedAt: published ? new Date(Date.now() - ((i + n) % 60) * day) : undefined,
      });
      sme.needIds.push(id.toHexString());
    }
    for (let t = 0; t < SIZES.threadsPerSme; t++) {
      const id = oid();
      const member = suppliers[threadMember(i, t)]!;
      const supplierId = new mongoose.Types.ObjectId(member.supplierId);
      const needId = new mongoose.Types.ObjectId(pick(sme.needIds, t));
      const at = new Date(Date.now() - ((i + t) % 90) * day);
      for (let m = 0; m < SIZES.messagesPerThread; m++) {
        const side = m % 2 === 0 ? 'sme' : 'supplier';
        messages.push({ _id: oid(), inquiryId: id, side, authorId: new mongoose.Types.ObjectId(side === 'sme' ? sme.userId : member.userId), authorName: side === 'sme' ? 'Bench SME' : 'Bench supplier', text: `Message ${m + 1} about ${pick(NEED_TEXTS, t)[0]}: when could we start, and what data do you need from us?`, createdAt: new Date(at.getTime() + m * 3_600_000) });
      }
      if (t % 4 === 0) {
        quotes.push({ _id: oid(), inquiryId: id, needId, supplierId, smeOrganisationId: orgId, sentBy: new mongoose.Types.ObjectId(member.userId), scope: 'A pilot in one shop, then the rest.', deliverables: ['Pilot', 'Report'], dataRequired: 'Six months of sales.', timeline: '8 weeks', priceHKD: 100_000 + ((i * 37 + t * 11) % 400) * 1_000, validUntil: new Date(Date.now() + 30 * day), assumptions: '', status: 'pending' });
      }
      // As the app keeps a thread (settleThread): the SME wrote last, so it is open, awaiting the supplier. A thread
      // stored otherwise is rewritten by the check after an unclean stop, all 20,000 when its window reaches the seed.
      threads.push({
        _id: id, smeOrganisationId: orgId, supplierId, needId, createdBy: new mongoose.Types.ObjectId(sme.userId), subject: `About: ${pick(NEED_TEXTS, t)[0]}`, status: 'open',
        messageCount: SIZES.messagesPerThread, lastMessageAt: new Date(at.getTime() + (SIZES.messagesPerThread - 1) * 3_600_000), lastMessageSide: 'sme', firstReplyAt: new Date(at.getTime() + 3_600_000), reads: [], reports: [],
      });
      sme.threadIds.push(id.toHexString());
      member.threadIds.push(id.toHexString());
    }
    smes.push(sme);
  }
  const curator = account('curator', 0);
  accounts.push(curator);
  await insertInChunks(OrganisationModel as never, orgs);
  await insertInChunks(UserModel as never, accounts.map((a) => a.user));
  await insertInChunks(SessionModel as never, accounts.map((a) => a.session));
  await insertInChunks(NeedModel as never, needs);
  await insertInChunks(InquiryModel as never, threads);
  await insertInChunks(MessageModel as never, messages);
  await insertInChunks(QuoteModel as never, quotes);
  const counts = `${accounts.length} users, ${needs.length} needs, ${threads.length} threads, ${messages.length} messages, ${quotes.length} quotes`;
  return { smes, suppliers, curator: curator.persona, counts };
}

async function seedShowcases(caseIds: mongoose.Types.ObjectId[]): Promise<string[]> {
  const docs = Array.from({ length: 40 }, (_, i) => ({
    slug: `bench-showcase-${i}`, title: `Showcase ${i}`, titleZh: `精選 ${i}`, intro: 'Projects that worked.', introZh: '成功的項目。', sector: pick(SECTOR_KEYS, i),
    items: Array.from({ length: 8 }, (_, k) => caseIds[(i * 97 + k * 13) % caseIds.length]), status: 'published', publishedAt: new Date(Date.now() - i * 86_400_000),
  }));
  await insertInChunks(ShowcaseModel as never, docs);
  return docs.map((d) => d.slug);
}

/** Adds what version 2 adds to a version-1 market of the same sizes, in place. */
async function topUp(dataDir: string, seeded: Seeded): Promise<void> {
  const started = performance.now();
  const platform = await startPlatform(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }), createLogger('silent'));
  try {
    const counts = await seedInterestsAndShortlists(seeded.smes, seeded.suppliers);
    seeded.version = SEED_VERSION;
    line('seeded market', `topped up ${dataDir} to version ${SEED_VERSION}: ${counts}, ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await platform.close();
  }
}

const NOTE_AREAS = ['computer vision', 'Cantonese chatbots', 'document AI', 'demand forecasting', 'predictive maintenance', 'fraud detection'];

/** A supplier's note of 100–200 characters, varied by `n`. */
function interestNote(needTitle: string, n: number): string {
  const text = `We have delivered ${pick(NOTE_AREAS, n)} for Hong Kong firms like yours and read your need "${needTitle}" closely. We could start within ${2 + (n % 6)} weeks with a small pilot on your own data, then agree the measures of success together before any rollout.`;
  return text.slice(0, 100 + ((n * 53) % 101)).replace(/ $/, '.');
}

/**
 * Version 2: 2 or 3 interests (10,000) in every published need from distinct supplier members (the first from the
 * member of the SME's thread about that need: a fifth of those answered with that thread, a fifth dismissed, the
 * rest pending), and 1–3 shortlists of 3–10 suppliers per SME organisation. Deletes any earlier ones first, so that
 * a top-up cut short can run again.
 */
async function seedInterestsAndShortlists(smes: SmePersona[], members: Seeded['suppliers']): Promise<string> {
  const users = await UserModel.find({ role: { $in: ['sme', 'supplier'] } }, { organisationId: 1 }).lean();
  const orgOf = new Map(users.map((u) => [u._id.toHexString(), u.organisationId!]));
  const publishedAt = new Map((await NeedModel.find({ status: 'published' }, { publishedAt: 1 }).lean()).map((n) => [n._id.toHexString(), n.publishedAt!.getTime()]));
  const supplierIds = (await SupplierModel.find({}, { _id: 1 }).lean()).map((s) => s._id);
  const now = Date.now();
  const hour = 3_600_000;
  const interests: object[] = [];
  const perMember = new Array<number>(members.length).fill(0);
  smes.forEach((sme, i) => {
    const smeOrganisationId = orgOf.get(sme.userId)!;
    sme.interestNeedIds = sme.needIds.filter((id) => publishedAt.has(id));
    sme.interestNeedIds.forEach((needId) => {
      const n = sme.needIds.indexOf(needId);
      // One of the SME's threads about need n (thread t is about need t % needsPerSme), varied so that every member has some.
      const t = n + SIZES.needsPerSme * ((i + n) % (SIZES.threadsPerSme / SIZES.needsPerSme));
      const chosen = [threadMember(i, t)];
      for (let m = (i * 37 + n * 101) % members.length; chosen.length < 2 + ((i + n) % 2); m = (m + 331) % members.length) if (!chosen.includes(m)) chosen.push(m);
      chosen.forEach((m, k) => {
        const member = members[m]!;
        const j = interests.length;
        const createdAt = new Date(Math.min(publishedAt.get(needId)! + (k + 1) * hour, now - (3 - k) * 60_000));
        const decided = k === 0 && (i + n) % 5 < 2 ? { decidedAt: new Date(Math.min(createdAt.getTime() + 20 * hour, now)), decidedBy: new mongoose.Types.ObjectId(sme.userId) } : {};
        interests.push({
          _id: oid(), needId: new mongoose.Types.ObjectId(needId), smeOrganisationId, supplierId: new mongoose.Types.ObjectId(member.supplierId), supplierOrganisationId: orgOf.get(member.userId)!,
          createdBy: new mongoose.Types.ObjectId(member.userId), note: interestNote(pick(NEED_TEXTS, i + n)[0], j), createdAt, updatedAt: decided.decidedAt ?? createdAt,
          status: !decided.decidedAt ? 'pending' : (i + n) % 5 === 0 ? 'answered' : 'dismissed', inquiryId: decided.decidedAt && (i + n) % 5 === 0 ? new mongoose.Types.ObjectId(sme.threadIds[t]) : undefined, ...decided,
        });
        perMember[m]!++;
      });
    });
  });
  const shortlists = smes.flatMap((sme, i) =>
    Array.from({ length: 1 + (i % 3) }, (_, l) => {
      const at = new Date(now - (30 - l) * 24 * hour);
      const ids = Array.from({ length: 3 + ((i * 5 + l * 3) % 8) }, (_, s) => supplierIds[(i * 97 + l * 1009 + s * 131) % supplierIds.length]);
      return { _id: oid(), organisationId: orgOf.get(sme.userId)!, name: pick(SHORTLIST_NAMES, i + l), supplierIds: ids, createdAt: at, updatedAt: at };
    }),
  );
  await InterestModel.deleteMany({});
  await ShortlistModel.deleteMany({});
  await insertInChunks(InterestModel as never, interests);
  await insertInChunks(ShortlistModel as never, shortlists);
  return `${interests.length} interests (${Math.min(...perMember)}–${Math.max(...perMember)} a supplier member), ${shortlists.length} shortlists`;
}

const SHORTLIST_NAMES = ['Chatbot vendors', 'For the board', 'Vision shortlist', '預測供應商', 'Call back in spring', 'OCR options'];
