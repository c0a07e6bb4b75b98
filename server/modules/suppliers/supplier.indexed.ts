// A public profile without a database read: the search engine's copy of the supplier, answered only while it is
// the version stored (supplier.versions.ts, kept current by the model's writes), with its published case studies
// checked the same way (ProfileSources.indexedCases). The engine is written after the database, a moment later
// (search.indexer.ts), so a profile just edited, or one whose case study was just approved, is read from the
// database until its copy catches up; both engines hold the same copies.
import { Types } from 'mongoose';
import type { SupplierDetail } from '../../../shared/schemas/suppliers';
import { isObjectId } from '../../platform/db/hex-id';
import type { SearchEngine, SupplierProfileExtras } from '../../platform/search/port';
import type { ProfileSources } from './suppliers.router';
import { presentIndexedSupplierDetail } from './supplier.presenter';
import { supplierVersions } from './supplier.versions';

/** The profile by id or slug, or undefined when the database must answer (including "no such supplier"). */
export async function indexedProfile(idOrSlug: string, engine: SearchEngine, sources: ProfileSources): Promise<SupplierDetail | undefined> {
  const version = await supplierVersions.find(idOrSlug, isObjectId(idOrSlug));
  if (!version) return undefined;
  const [doc] = await engine.get('suppliers', [version.id]).catch(() => []);
  const profile = doc?.profile ? (JSON.parse(doc.profile) as SupplierProfileExtras) : undefined;
  if (!doc || !profile || profile.updatedAt !== version.updatedAt || doc.caseStudyCount !== version.caseStudyCount || doc.slug !== version.slug) return undefined;
  const cases = await sources.indexedCases(version.id);
  if (!cases) return undefined;
  const id = new Types.ObjectId(version.id);
  const [responsiveness, onPlatform] = await Promise.all([sources.responsiveness(id), sources.onPlatform(id)]);
  return presentIndexedSupplierDetail(doc, profile, cases, onPlatform, responsiveness);
}
