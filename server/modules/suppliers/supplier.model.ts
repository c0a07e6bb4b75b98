import mongoose, { type InferSchemaType, type HydratedDocument } from 'mongoose';
import { limits } from '../../../shared/limits';
import {
  APPLICATION_AREA_KEYS,
  COMPANY_SIZE_KEYS,
  LANGUAGE_KEYS,
  LAYER_KEYS,
  MARKET_KEYS,
  SECTOR_KEYS,
  TECHNOLOGY_KEYS,
} from '../../../shared/taxonomy';

const { Schema } = mongoose;
const keys = (values: readonly string[]) => ({ type: [{ type: String, enum: values }], default: [] });

const supplierSchema = new Schema(
  {
    externalId: { type: String, maxlength: limits.externalId },
    slug: { type: String, required: true, maxlength: limits.slug },
    name: { type: String, required: true, trim: true, maxlength: limits.name },
    nameZh: { type: String, trim: true, maxlength: limits.name },
    description: { type: String, required: true, maxlength: limits.description },
    descriptionZh: { type: String, maxlength: limits.description },
    website: { type: String, maxlength: limits.url },
    layers: keys(LAYER_KEYS),
    technologies: keys(TECHNOLOGY_KEYS),
    capabilities: { type: [{ type: String, maxlength: limits.capability }], default: [] },
    sectors: keys(SECTOR_KEYS),
    applicationAreas: keys(APPLICATION_AREA_KEYS),
    // HK$ as integers: FerretDB v1 has no Decimal128.
    budgetMin: { type: Number, min: 0 },
    budgetMax: { type: Number, min: 0 },
    companySize: { type: String, enum: COMPANY_SIZE_KEYS },
    foundedYear: { type: Number, min: 1900, max: 2100 },
    markets: keys(MARKET_KEYS),
    languages: keys(LANGUAGE_KEYS),
    verified: { type: Boolean, default: false },
    /** Fingerprint of the last imported version; an import skips records whose fingerprint is unchanged. */
    importHash: { type: String },
    /** Published case studies, kept by the case study service so lists need no second query. */
    caseStudyCount: { type: Number, default: 0 },
    /** Sectors proven by published case studies. */
    caseSectors: keys(SECTOR_KEYS),
  },
  { timestamps: true },
);

// FerretDB v1 allows several documents without a uniquely indexed field, as MongoDB does with sparse indexes.
supplierSchema.index({ externalId: 1 }, { unique: true, sparse: true });
supplierSchema.index({ slug: 1 }, { unique: true });
supplierSchema.index({ layers: 1 });
supplierSchema.index({ sectors: 1 });
supplierSchema.index({ name: 1 });

export type SupplierFields = InferSchemaType<typeof supplierSchema>;
export type SupplierDoc = HydratedDocument<SupplierFields>;
export const SupplierModel = mongoose.model('Supplier', supplierSchema);
