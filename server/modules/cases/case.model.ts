import mongoose, { type InferSchemaType, type HydratedDocument } from 'mongoose';
import { limits } from '../../../shared/limits';
import { APPLICATION_AREA_KEYS, BUDGET_BAND_KEYS, SECTOR_KEYS, TECHNOLOGY_KEYS } from '../../../shared/taxonomy';

const { Schema } = mongoose;
const keys = (values: readonly string[]) => ({ type: [{ type: String, enum: values }], default: [] });

export const CASE_STATUSES = ['draft', 'submitted', 'published'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

const caseStudySchema = new Schema(
  {
    externalId: { type: String, maxlength: limits.externalId },
    supplierId: { type: Schema.Types.ObjectId, ref: 'Supplier', required: true },
    slug: { type: String, required: true, maxlength: limits.slug },
    title: { type: String, required: true, trim: true, maxlength: limits.name },
    titleZh: { type: String, trim: true, maxlength: limits.name },
    clientSector: { type: String, enum: SECTOR_KEYS, required: true },
    applicationAreas: keys(APPLICATION_AREA_KEYS),
    technologies: keys(TECHNOLOGY_KEYS),
    problem: { type: String, maxlength: limits.longText },
    problemZh: { type: String, maxlength: limits.longText },
    solution: { type: String, maxlength: limits.longText },
    solutionZh: { type: String, maxlength: limits.longText },
    outcome: { type: String, maxlength: limits.shortText },
    outcomeZh: { type: String, maxlength: limits.shortText },
    year: { type: Number, min: 1950, max: 2100 },
    budgetBand: { type: String, enum: BUDGET_BAND_KEYS },
    status: { type: String, enum: CASE_STATUSES, default: 'draft', required: true },
    publishedAt: { type: Date },
    /** Fingerprint of the last imported version; an import skips records whose fingerprint is unchanged. */
    importHash: { type: String },
  },
  { timestamps: true },
);

caseStudySchema.index({ externalId: 1 }, { unique: true, sparse: true });
caseStudySchema.index({ slug: 1 }, { unique: true });
caseStudySchema.index({ supplierId: 1, status: 1 });
caseStudySchema.index({ status: 1, clientSector: 1 });

export type CaseStudyFields = InferSchemaType<typeof caseStudySchema>;
export type CaseStudyDoc = HydratedDocument<CaseStudyFields>;
export const CaseStudyModel = mongoose.model('CaseStudy', caseStudySchema);
