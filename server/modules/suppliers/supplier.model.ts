import mongoose, { type InferSchemaType, type HydratedDocument } from 'mongoose';
import { trackWrites } from '../../platform/db/id-cache';
import { announceWrittenIds } from '../../platform/db/written-ids';
import { domainEvents } from '../../platform/events';
import { keyList } from '../../platform/db/key-list';
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

import { CONTACT_CHANNEL_KEYS, VERIFICATION_CHECK_KEYS } from '../../../shared/schemas/suppliers';
import { REVIEW_STATES } from '../../../shared/schemas/profiles';
import { AI_LANGUAGE_KEYS, AI_SOURCE_KEYS, CERTIFICATION_KEYS, DATA_LOCATION_KEYS, DILIGENCE_FIELDS } from '../../../shared/schemas/diligence';

const { Schema } = mongoose;

const contactSchema = new Schema(
  { channel: { type: String, enum: CONTACT_CHANNEL_KEYS, required: true }, value: { type: String, required: true, maxlength: limits.shortText } },
  { _id: false },
);

/** Granted only by a curator after recorded checks; revoking keeps the record with who, when and why. */
const verificationSchema = new Schema(
  {
    verifiedAt: { type: Date, required: true },
    verifiedBy: { type: Schema.Types.ObjectId, required: true },
    verifiedByName: { type: String, required: true },
    checks: {
      type: [new Schema({ check: { type: String, enum: VERIFICATION_CHECK_KEYS, required: true }, note: { type: String, maxlength: limits.shortText } }, { _id: false })],
      default: [],
    },
    revokedAt: { type: Date },
    revokedBy: { type: Schema.Types.ObjectId },
    revokedByName: { type: String },
    revokeReason: { type: String, maxlength: limits.shortText },
  },
  { _id: false },
);

/** Profile changes made by the supplier's members: live at once, reviewed by a curator afterwards. */
const reviewSchema = new Schema(
  {
    state: { type: String, enum: REVIEW_STATES, default: 'none' },
    changedFields: { type: [String], default: [] },
    changedAt: { type: Date },
    comment: { type: String, maxlength: limits.shortText },
    reviewedAt: { type: Date },
    reviewedBy: { type: Schema.Types.ObjectId },
  },
  { _id: false },
);

/** The AI due-diligence card as the supplier declares it: an absent field is "not declared" (no defaults). */
const optionalKeys = (values: readonly string[]) => ({ type: [{ type: String, enum: values }], default: undefined });
const names = { type: [{ type: String, maxlength: limits.capability }], default: undefined };
const diligenceSchema = new Schema(
  {
    dataLocations: optionalKeys(DATA_LOCATION_KEYS),
    cloudRegions: names,
    onPremises: { type: Boolean },
    aiSources: optionalKeys(AI_SOURCE_KEYS),
    aiServices: names,
    trainsOnCustomerData: { type: Boolean },
    dataProcessingTerms: { type: Boolean },
    retentionDays: { type: Number, min: 0, max: 3650 },
    deletionOnRequest: { type: Boolean },
    languageCapabilities: optionalKeys(AI_LANGUAGE_KEYS),
    certifications: optionalKeys(CERTIFICATION_KEYS),
    humanReview: { type: Boolean },
  },
  { _id: false },
);

/** A curator's check of one declared field; cleared when the supplier changes that field. */
const diligenceCheckSchema = new Schema(
  { field: { type: String, enum: DILIGENCE_FIELDS, required: true }, at: { type: Date, required: true }, by: { type: Schema.Types.ObjectId, required: true } },
  { _id: false },
);

const supplierSchema = new Schema(
  {
    externalId: { type: String, maxlength: limits.externalId },
    slug: { type: String, required: true, maxlength: limits.slug },
    name: { type: String, required: true, trim: true, maxlength: limits.name },
    nameZh: { type: String, trim: true, maxlength: limits.name },
    description: { type: String, required: true, maxlength: limits.description },
    descriptionZh: { type: String, maxlength: limits.description },
    website: { type: String, maxlength: limits.url },
    layers: keyList(LAYER_KEYS),
    technologies: keyList(TECHNOLOGY_KEYS),
    capabilities: { type: [{ type: String, maxlength: limits.capability }], default: [] },
    sectors: keyList(SECTOR_KEYS),
    applicationAreas: keyList(APPLICATION_AREA_KEYS),
    // HK$ as integers: FerretDB v1 has no Decimal128.
    budgetMin: { type: Number, min: 0 },
    budgetMax: { type: Number, min: 0 },
    companySize: { type: String, enum: COMPANY_SIZE_KEYS },
    foundedYear: { type: Number, min: 1900, max: 2100 },
    markets: keyList(MARKET_KEYS),
    languages: keyList(LANGUAGE_KEYS),
    verified: { type: Boolean, default: false },
    verification: { type: verificationSchema },
    contact: { type: contactSchema },
    diligence: { type: diligenceSchema },
    diligenceChecks: { type: [diligenceCheckSchema], default: [] },
    /** Bumped at each logo upload; the logo itself lives in `supplier_logos` under the supplier's id. */
    logoVersion: { type: Number },
    review: { type: reviewSchema, default: () => ({}) },
    /**
     * When the changes awaiting review were made, while `review.state` is 'pending'; absent otherwise. A top-level
     * copy the curators' queue filters on: the embedded FerretDB answers it from an index, where it reads every
     * supplier for the nested state (profile.service.ts writes both together).
     */
    awaitingReviewSince: { type: Date },
    /** Fingerprint of the last imported version; an import skips records whose fingerprint is unchanged. */
    importHash: { type: String },
    /** Published case studies, kept by the case study service so lists need no second query. */
    caseStudyCount: { type: Number, default: 0 },
    /** Sectors proven by published case studies. */
    caseSectors: keyList(SECTOR_KEYS),
  },
  { timestamps: true },
);

// FerretDB v1 allows several documents without a uniquely indexed field, as MongoDB does with sparse indexes.
supplierSchema.index({ externalId: 1 }, { unique: true, sparse: true });
supplierSchema.index({ slug: 1 }, { unique: true });
supplierSchema.index({ layers: 1 });
supplierSchema.index({ sectors: 1 });
supplierSchema.index({ name: 1 });
supplierSchema.index({ awaitingReviewSince: 1 }, { sparse: true });

trackWrites(supplierSchema, 'suppliers');
announceWrittenIds(supplierSchema, (ids) => domainEvents.emit('suppliers.written', ids));

export type SupplierFields = InferSchemaType<typeof supplierSchema>;
export type SupplierDoc = HydratedDocument<SupplierFields>;
export const SupplierModel = mongoose.model('Supplier', supplierSchema);
