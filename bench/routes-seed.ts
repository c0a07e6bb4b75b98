// The city-scale market of the routes bench (issue 16): 10,000 suppliers with 50,000 case studies (through the
// import service, as curators load them), then 1,000 SME organisations with 5,000 needs and 20,000 inquiry threads
// holding 100,000 messages, 1,000 supplier members and a curator, written by bulk inserts. Seeding takes minutes,
// so the data directory is kept in .cache/ and reused while SEED_VERSION and the sizes are unchanged.
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
import { ROOT } from '../server/platform/root';
import { APPLICATION_AREA_KEYS, BUDGET_BAND_KEYS, SECTOR_KEYS } from '../shared/taxonomy';
import { generateMarket } from '../seed/generate';
import { line } from './lib';
import { NEED_TEXTS } from './need-texts';

const SEED_VERSION = 1;
export const SIZES = { suppliers: 10_000, casesPerSupplier: 5, smes: 1_000, needsPerSme: 5, threadsPerSme: 20, messagesPerThread: 5, supplierMembers: 1_000 };
const INSERTS_PER_COMMAND = 1_000;

export type Persona = { userId: string; sessionId: string; role: 'sme' | 'supplier' | 'curator' };
export type SmePersona = Persona & { needIds: string[]; threadIds: string[] };
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
    const sme: SmePersona = { ...(a.persona as Persona), needIds: [], threadIds: [] };
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
      const member = suppliers[(i * SIZES.threadsPerSme + t) % suppliers.length]!;
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
      threads.push({
        _id: id, smeOrganisationId: orgId, supplierId, needId, createdBy: new mongoose.Types.ObjectId(sme.userId), subject: `About: ${pick(NEED_TEXTS, t)[0]}`, status: 'answered',
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
