// A public profile without a database read: the search engine's copy of the supplier, answered only while it is
// the version stored (supplier.versions.ts, kept current by the model's writes), with its published case studies
// checked the same way (ProfileSources.indexedCases). The engine is written after the database, a moment later
// (search.indexer.ts), so a profile just edited, or one whose case study was just approved, is read from the
// database until its copy catches up; both engines hold the same copies. Links and cards check their copies the same
// way (currentCopies).
import { Types } from 'mongoose';
import type { SupplierDetail } from '../../../shared/schemas/suppliers';
import { isObjectId } from '../../platform/db/hex-id';
import type { SearchEngine, SupplierProfileExtras, SupplierSearchDoc } from '../../platform/search/port';
import type { ProfileSources } from './suppliers.router';
import { presentIndexedSupplierDetail } from './supplier.presenter';
import { type SupplierVersion, supplierVersions } from './supplier.versions';

/** The profile by id or slug, or undefined when the database must answer (including "no such supplier"). */
export async function indexedProfile(idOrSlug: string, engine: SearchEngine, sources: ProfileSources): Promise<SupplierDetail | undefined> {
  const version = await supplierVersions.find(idOrSlug, isObjectId(idOrSlug));
  if (!version) return undefined;
  const [doc] = await engine.get('suppliers', [version.id]).catch(() => []);
  const profile = doc && isCurrentCopy(doc, version) ? extrasOf(doc) : undefined;
  if (!doc || !profile) return undefined;
  const cases = await sources.indexedCases(version.id);
  if (!cases) return undefined;
  const id = new Types.ObjectId(version.id);
  const [responsiveness, onPlatform] = await Promise.all([sources.responsiveness(id), sources.onPlatform(id)]);
  return presentIndexedSupplierDetail(doc, profile, cases, onPlatform, responsiveness);
}

/**
 * The engine's copies of these suppliers that are the versions stored now, for pages that name or show them (links,
 * cards); the others are left out, for the database to answer. None while the versions are being read in full.
 */
export async function currentCopies(engine: SearchEngine, ids: string[]): Promise<SupplierSearchDoc[]> {
  if (!ids.length) return [];
  const [docs, versions] = await Promise.all([engine.get('suppliers', ids).catch(() => []), supplierVersions.rows()]);
  return versions ? docs.filter((doc) => isCurrentCopy(doc, versions.get(doc.id))) : [];
}

function isCurrentCopy(doc: SupplierSearchDoc, version: SupplierVersion | undefined): boolean {
  return version !== undefined && doc.slug === version.slug && doc.caseStudyCount === version.caseStudyCount && extrasOf(doc)?.updatedAt === version.updatedAt;
}

/** Parsed once per copy: the embedded engine hands out the same object until the supplier is indexed again. */
const extras = new WeakMap<SupplierSearchDoc, SupplierProfileExtras>();

function extrasOf(doc: SupplierSearchDoc): SupplierProfileExtras | undefined {
  if (!doc.profile) return undefined;
  let parsed = extras.get(doc);
  if (!parsed) extras.set(doc, (parsed = JSON.parse(doc.profile) as SupplierProfileExtras));
  return parsed;
}
