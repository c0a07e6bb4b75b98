// Case studies: reading, the draft → submitted → published lifecycle, and keeping each supplier's published-case counters true.
import mongoose from 'mongoose';
import { limits } from '../../../shared/limits';
import { CASE_TRANSITIONS, type CaseAction, type CaseCreate, type CasePatch, type ManagedCase } from '../../../shared/schemas/casestudies';
import type { CaseStudySummary } from '../../../shared/schemas/suppliers';
import { pageOffset } from '../../platform/db/page';
import { isObjectId } from '../../platform/db/hex-id';
import { bulkWriteInChunks } from '../../platform/db/bulk';
import { CollectionSnapshot } from '../../platform/db/collection-snapshot';
import { claimSlot, releaseSlot } from '../../platform/db/quota';
import { settle } from '../../platform/db/settle';
import { slugify, uniqueSlug } from '../../platform/db/slug';
import { domainEvents } from '../../platform/events';
import type { Principal } from '../../platform/auth/principal';
import type { SearchEngine } from '../../platform/search/port';
import { Conflict, NotFound } from '../../platform/errors/errors';
import { nameOfUser } from '../accounts';
import { isStaff, ownSupplierId, SUPPLIER_LINK_FIELDS, SupplierModel, type SupplierLink, supplierLinks } from '../suppliers';
import { CaseStudyModel, type CaseStudyDoc, type CaseStudyRecord } from './case.model';
import { CASE_SUMMARY_FIELDS, presentCaseSummary, presentIndexedCaseSummary, presentManagedCase } from './case.presenter';
import { keptCases } from './case.kept';

/** How many case studies are published (the home page's count when the search engine cannot answer). */
export const countPublishedCases = () => CaseStudyModel.countDocuments({ status: 'published' });

/** A published case study by id or slug, with its supplier's link (supplierLinks); drafts and submissions are not public. */
export async function findPublishedCase(idOrSlug: string, engine: SearchEngine): Promise<{ caseStudy: CaseStudyRecord; supplier: SupplierLink } | null> {
  const filter = isObjectId(idOrSlug) ? { _id: idOrSlug } : { slug: idOrSlug };
  const caseStudy = await CaseStudyModel.findOne({ ...filter, status: 'published' }).lean();
  const supplierId = caseStudy?.supplierId.toHexString();
  const supplier = supplierId && (await supplierLinks(engine, [supplierId])).get(supplierId);
  return caseStudy && supplier ? { caseStudy, supplier } : null;
}

/**
 * A supplier's published case studies as summaries, newest first, for its profile (see suppliers.router's
 * ProfileSources): one read of the summary fields, answered from the `{ supplierId, status }` index on MongoDB and
 * from the supplierId lookup index on the embedded FerretDB (ferretdb-id-index.ts).
 */
export async function publishedCaseSummaries(supplierId: mongoose.Types.ObjectId): Promise<CaseStudySummary[]> {
  const cases = await CaseStudyModel.find({ supplierId, status: 'published' }, CASE_SUMMARY_FIELDS).sort({ year: -1, createdAt: -1 }).lean();
  return cases.map(presentCaseSummary);
}

/**
 * The same summaries without a database read: which case studies are published, in order, from those kept in memory
 * (case.kept.ts), their text from the search engine's copies, each checked to be of the version stored.
 * Undefined when the database must answer (the engine lacks one, holds an older version, or cannot answer).
 */
export async function indexedCaseSummaries(supplierId: string, engine: SearchEngine): Promise<CaseStudySummary[] | undefined> {
  const listed = await keptCases.ofSupplier(supplierId);
  if (!listed) return undefined;
  if (!listed.length) return [];
  const docs = await engine.get('cases', listed.map((c) => c.id)).catch(() => []);
  // `get` keeps the order asked and leaves out what it lacks.
  const current = docs.length === listed.length && docs.every((d, i) => d.id === listed[i]!.id && d.updatedAt === listed[i]!.updatedAt);
  return current ? docs.map(presentIndexedCaseSummary) : undefined;
}

/** The published-case counter and proven sectors of one supplier, as its case studies say. */
async function caseCounters(supplierId: mongoose.Types.ObjectId) {
  const cases = await CaseStudyModel.find({ supplierId, status: 'published' }, { clientSector: 1 }).lean();
  return { caseStudyCount: cases.length, caseSectors: [...new Set(cases.map((c) => c.clientSector))].sort() };
}

/**
 * Recomputes the published-case counter and proven sectors of the given suppliers from the database. One supplier
 * (a case study approved or unpublished) is settled, exact under concurrent writers; many (an import) are set in
 * bulk, from one read.
 */
export async function refreshCaseCounters(supplierIds: mongoose.Types.ObjectId[]): Promise<void> {
  if (!supplierIds.length) return;
  if (supplierIds.length === 1) {
    await settle(SupplierModel, supplierIds[0], ['caseStudyCount', 'caseSectors'], () => caseCounters(supplierIds[0]!));
    domainEvents.emit('suppliers.changed', [supplierIds[0]!.toHexString()]);
    return;
  }
  const cases = await CaseStudyModel.find(
    { supplierId: { $in: supplierIds }, status: 'published' },
    { supplierId: 1, clientSector: 1 },
  ).lean();
  const bySupplier = new Map<string, { count: number; sectors: Set<string> }>();
  for (const id of supplierIds) bySupplier.set(id.toHexString(), { count: 0, sectors: new Set() });
  for (const c of cases) {
    const entry = bySupplier.get(c.supplierId.toHexString());
    entry?.sectors.add(c.clientSector);
    if (entry) entry.count++;
  }
  await bulkWriteInChunks(
    SupplierModel,
    [...bySupplier].map(([id, { count, sectors }]) => ({
      updateOne: {
        filter: { _id: new mongoose.Types.ObjectId(id) },
        update: { $set: { caseStudyCount: count, caseSectors: [...sectors].sort() } },
        timestamps: false,
      },
    })),
  );
  domainEvents.emit('suppliers.changed', [...bySupplier.keys()]);
}

// ---- The lifecycle: suppliers write drafts and submit them; curators approve or return them; published ones
// can be unpublished (back to draft). CASE_TRANSITIONS in shared/ is the one table of legal moves; any other
// move is a 409 and changes nothing.

/**
 * Case studies of one supplier in every status (for its members and curators), last edited first. A supplier keeps
 * at most `limits.caseStudiesPerSupplier`: one read of them all gives the page and the count (FerretDB reads them
 * all for either anyway, as it sorts after reading).
 */
export async function listCasesOf(supplierId: mongoose.Types.ObjectId, query: { page: number; pageSize: number }): Promise<{ items: CaseStudyRecord[]; total: number }> {
  const all = await CaseStudyModel.find({ supplierId }).lean();
  // As the database sorts { updatedAt: -1, _id: -1 }.
  all.sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime() || b._id.toHexString().localeCompare(a._id.toHexString()));
  const offset = pageOffset(query);
  return { items: all.slice(offset, offset + query.pageSize), total: all.length };
}

/**
 * Submissions awaiting a curator, oldest first, presented with their suppliers' links: held whole (the queue is
 * short) and read again after any write to case studies or suppliers (CollectionSnapshot).
 */
const submittedQueue = new CollectionSnapshot(['casestudies', 'suppliers'], async () => {
  const queued = await CaseStudyModel.find({ status: 'submitted' }).lean();
  // As the database sorts { submittedAt: 1, _id: 1 } (a missing date first).
  const at = (c: CaseStudyRecord) => c.submittedAt?.getTime() ?? -Infinity;
  queued.sort((a, b) => at(a) - at(b) || a._id.toHexString().localeCompare(b._id.toHexString()));
  const ids = [...new Set(queued.map((c) => c.supplierId.toHexString()))];
  const links = ids.length ? await SupplierModel.find({ _id: { $in: ids } }, SUPPLIER_LINK_FIELDS).lean() : [];
  const suppliers = new Map(links.map((s) => [s._id.toHexString(), s]));
  // A case study whose supplier is gone is left out (suppliers are never deleted).
  return queued.flatMap((c) => {
    const supplier = suppliers.get(c.supplierId.toHexString());
    return supplier ? [presentManagedCase(c, supplier)] : [];
  });
});

/** A page of the submissions and their number; shared between callers: read-only. */
export async function listSubmittedCases(query: { page: number; pageSize: number }): Promise<{ items: readonly ManagedCase[]; total: number }> {
  const queued = await submittedQueue.all();
  const offset = pageOffset(query);
  return { items: queued.slice(offset, offset + query.pageSize), total: queued.length };
}

export async function findCase(idOrSlug: string): Promise<CaseStudyDoc | null> {
  return CaseStudyModel.findOne(isObjectId(idOrSlug) ? { _id: idOrSlug } : { slug: idOrSlug });
}

/** A case study the caller may manage: its supplier's members (and, with `staff`, curators and admins). */
export async function manageableCase(p: Principal, idOrSlug: string, { staff = false } = {}): Promise<CaseStudyDoc> {
  const found = await findCase(idOrSlug);
  const mine = found && ownSupplierId(p) === found.supplierId.toHexString();
  if (!found || !(mine || (staff && isStaff(p)))) throw NotFound('The case study');
  return found;
}

/** A stored-field view of a create or patch body; `null` clears. */
const toStored = (input: CasePatch) => Object.fromEntries(Object.entries(input).map(([k, v]) => [k, v ?? undefined]));

/** What a supplier may keep: `limits.caseStudiesPerSupplier` case studies, imported ones included. */
function caseAllowance(supplierId: string) {
  return {
    scope: `case-studies:${supplierId}`,
    limit: limits.caseStudiesPerSupplier,
    records: async () => (await CaseStudyModel.find({ supplierId }, { _id: 1 }).lean()).map((c) => c._id.toHexString()),
  };
}

export async function createCase(p: Principal, input: CaseCreate): Promise<CaseStudyDoc> {
  const supplierId = ownSupplierId(p);
  if (!supplierId) throw Conflict('Create your supplier profile before adding case studies.');
  const _id = new mongoose.Types.ObjectId();
  if (!(await claimSlot(caseAllowance(supplierId), _id.toHexString()))) {
    throw Conflict(`A supplier may keep at most ${limits.caseStudiesPerSupplier} case studies.`);
  }
  const slug = await uniqueSlug(slugify(input.title), async (s) => Boolean(await CaseStudyModel.exists({ slug: s })));
  return CaseStudyModel.create({ ...toStored(input), _id, supplierId, slug, status: 'draft' });
}

export async function updateCase(c: CaseStudyDoc, patch: CasePatch): Promise<CaseStudyDoc> {
  if (c.status !== 'draft') throw Conflict(`A ${c.status} case study cannot be edited; only drafts can.`);
  for (const [key, value] of Object.entries(toStored(patch))) c.set(key, value);
  return c.save();
}

export async function deleteCase(c: CaseStudyDoc): Promise<void> {
  if (c.status !== 'draft') throw Conflict(`A ${c.status} case study cannot be deleted; unpublish it first.`);
  await CaseStudyModel.deleteOne({ _id: c._id });
  await releaseSlot(caseAllowance(c.supplierId.toHexString()).scope, c._id.toHexString());
}

export async function transition(p: Principal, c: CaseStudyDoc, action: CaseAction, comment?: string): Promise<CaseStudyDoc> {
  const { from, to } = CASE_TRANSITIONS[action];
  if (c.status !== from) throw Conflict(`A ${c.status} case study cannot be ${PAST[action]}.`);
  const now = new Date();
  c.status = to;
  if (action === 'submit') c.submittedAt = now;
  if (action === 'approve') {
    c.publishedAt = now;
    c.approvedBy = new mongoose.Types.ObjectId(p.id);
    c.approvedByName = await nameOfUser(p.id);
    c.curatorComment = undefined;
    c.returnedAt = undefined;
  }
  if (action === 'return') {
    c.curatorComment = comment;
    c.returnedAt = now;
  }
  if (action === 'unpublish') c.publishedAt = undefined;
  await c.save();
  if (action === 'approve' || action === 'unpublish') {
    await refreshCaseCounters([c.supplierId]);
    domainEvents.emit('cases.changed', [c._id.toHexString()]);
  }
  return c;
}

const PAST: Record<CaseAction, string> = { submit: 'submitted', approve: 'approved', return: 'returned', unpublish: 'unpublished' };
