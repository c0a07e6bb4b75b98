// Degraded search: when the engine is not ready or fails, a plain database query answers instead.
// FerretDB-safe on purpose: equality, $in, ranges, $or and one case-insensitive regex on the names;
// `find` + `countDocuments`, no $text and no $facet. No typo tolerance, synonyms or facet counts.
import mongoose, { type QueryFilter } from 'mongoose';
import { BUDGET_BAND_RANGES } from '../../../shared/taxonomy';
import type { CaseSearchQuery, SupplierSearchQuery } from '../../../shared/schemas/search';
import { pageOffset } from '../../platform/db/page';
import { escapeHtml } from '../../platform/search/html';
import type { CaseSearchDoc, SupplierSearchDoc } from '../../platform/search/port';
import { type CaseStudyFields, CaseStudyModel } from '../cases';
import { type SupplierFields, SupplierModel } from '../suppliers';
import { caseDocument, supplierDocument } from './search.documents';

export type FallbackPage<D> = { docs: D[]; total: number; highlights: Record<string, string>[] };

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export async function fallbackSuppliers(query: SupplierSearchQuery): Promise<FallbackPage<SupplierSearchDoc>> {
  const and: QueryFilter<SupplierFields>[] = [];
  const terms: [keyof SupplierSearchQuery, keyof SupplierFields][] = [
    ['layer', 'layers'], ['technology', 'technologies'], ['sector', 'sectors'], ['applicationArea', 'applicationAreas'],
    ['companySize', 'companySize'], ['market', 'markets'], ['language', 'languages'],
  ];
  for (const [param, field] of terms) {
    const values = query[param] as string[] | undefined;
    if (values?.length) and.push({ [field]: { $in: values } });
  }
  if (query.verified !== undefined) and.push({ verified: query.verified });
  if (query.budget) {
    const { min, max } = BUDGET_BAND_RANGES[query.budget];
    // Overlap of [budgetMin ?? 0, budgetMax ?? ∞] with [min, max); a supplier stating neither never matches.
    and.push({ $or: [{ budgetMin: { $exists: true } }, { budgetMax: { $exists: true } }] });
    and.push({ $or: [{ budgetMax: { $exists: false } }, { budgetMax: { $gte: min } }] });
    if (max !== null) and.push({ $or: [{ budgetMin: { $exists: false } }, { budgetMin: { $lt: max } }] });
  }
  const pattern = query.q ? new RegExp(escapeRegex(query.q), 'i') : null;
  if (pattern) and.push({ $or: [{ name: pattern }, { nameZh: pattern }] });
  const filter = and.length ? { $and: and } : {};
  const sort: Record<string, 1 | -1> =
    query.sort === 'newest' ? { createdAt: -1, _id: 1 } : query.sort === 'caseStudies' ? { caseStudyCount: -1, name: 1, _id: 1 } : { name: 1, _id: 1 };
  const [rows, total] = await Promise.all([
    SupplierModel.find(filter).sort(sort).skip(pageOffset(query)).limit(query.pageSize).lean(),
    SupplierModel.countDocuments(filter),
  ]);
  const docs = rows.map((s) => supplierDocument(s, []));
  return { docs, total, highlights: docs.map((d) => marked({ name: d.name, nameZh: d.nameZh }, pattern)) };
}

export async function fallbackCases(query: CaseSearchQuery): Promise<FallbackPage<CaseSearchDoc>> {
  const and: QueryFilter<CaseStudyFields>[] = [{ status: 'published' }];
  if (query.sector?.length) and.push({ clientSector: { $in: query.sector } });
  if (query.applicationArea?.length) and.push({ applicationAreas: { $in: query.applicationArea } });
  if (query.technology?.length) and.push({ technologies: { $in: query.technology } });
  if (query.budget?.length) and.push({ budgetBand: { $in: query.budget } });
  if (query.verified !== undefined) {
    const ids = await SupplierModel.find({ verified: query.verified }, { _id: 1 }).lean();
    and.push({ supplierId: { $in: ids.map((s) => s._id) } });
  }
  const pattern = query.q ? new RegExp(escapeRegex(query.q), 'i') : null;
  if (pattern) and.push({ $or: [{ title: pattern }, { titleZh: pattern }] });
  const filter = { $and: and };
  const sort: Record<string, 1 | -1> = query.sort === 'newest' || !pattern ? { publishedAt: -1, _id: 1 } : { title: 1, _id: 1 };
  const [rows, total] = await Promise.all([
    CaseStudyModel.find(filter).sort(sort).skip(pageOffset(query)).limit(query.pageSize).lean(),
    CaseStudyModel.countDocuments(filter),
  ]);
  const supplierIds = [...new Set(rows.map((c) => c.supplierId.toHexString()))].map((id) => new mongoose.Types.ObjectId(id));
  const suppliers = await SupplierModel.find({ _id: { $in: supplierIds } }).lean();
  const byId = new Map(suppliers.map((s) => [s._id.toHexString(), s]));
  const docs = rows.flatMap((c) => {
    const s = byId.get(c.supplierId.toHexString());
    return s ? [caseDocument(c, s)] : [];
  });
  return { docs, total, highlights: docs.map((d) => marked({ title: d.title, titleZh: d.titleZh }, pattern)) };
}

/** Escapes each field and marks the first occurrence of the query text, as the engines' fragments do. */
function marked(fields: Record<string, string | undefined>, pattern: RegExp | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, text] of Object.entries(fields)) {
    if (!text) continue;
    const m = pattern?.exec(text);
    out[field] = m
      ? escapeHtml(text.slice(0, m.index)) + '<mark>' + escapeHtml(m[0]) + '</mark>' + escapeHtml(text.slice(m.index + m[0].length))
      : escapeHtml(text);
  }
  return out;
}
