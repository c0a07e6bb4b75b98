import mongoose, { type InferSchemaType, type HydratedDocument, type Types } from 'mongoose';
import { trackWrites } from '../../platform/db/id-cache';
import { announceWrittenIds } from '../../platform/db/written-ids';
import { domainEvents } from '../../platform/events';
import { keyList } from '../../platform/db/key-list';
import { limits } from '../../../shared/limits';
import { CASE_STATUSES } from '../../../shared/schemas/casestudies';
import { APPLICATION_AREA_KEYS, BUDGET_BAND_KEYS, SECTOR_KEYS, TECHNOLOGY_KEYS } from '../../../shared/taxonomy';

const { Schema } = mongoose;

export { CASE_STATUSES, type CaseStatus } from '../../../shared/schemas/casestudies';

const kpiSchema = new Schema(
  {
    name: { type: String, required: true, maxlength: 100 },
    before: { type: Number, required: true },
    after: { type: Number, required: true },
    unit: { type: String, maxlength: 30 },
  },
  { _id: false },
);

const caseStudySchema = new Schema(
  {
    externalId: { type: String, maxlength: limits.externalId },
    supplierId: { type: Schema.Types.ObjectId, ref: 'Supplier', required: true },
    slug: { type: String, required: true, maxlength: limits.slug },
    title: { type: String, required: true, trim: true, maxlength: limits.name },
    titleZh: { type: String, trim: true, maxlength: limits.name },
    clientSector: { type: String, enum: SECTOR_KEYS, required: true },
    applicationAreas: keyList(APPLICATION_AREA_KEYS),
    technologies: keyList(TECHNOLOGY_KEYS),
    problem: { type: String, maxlength: limits.longText },
    problemZh: { type: String, maxlength: limits.longText },
    solution: { type: String, maxlength: limits.longText },
    solutionZh: { type: String, maxlength: limits.longText },
    outcome: { type: String, maxlength: limits.shortText },
    outcomeZh: { type: String, maxlength: limits.shortText },
    year: { type: Number, min: 1950, max: 2100 },
    budgetBand: { type: String, enum: BUDGET_BAND_KEYS },
    kpis: { type: [kpiSchema], default: [] },
    /** Whether the client agreed to be named; the name is shown only then. */
    clientNameable: { type: Boolean, default: false },
    clientName: { type: String, trim: true, maxlength: limits.name },
    status: { type: String, enum: CASE_STATUSES, default: 'draft', required: true },
    publishedAt: { type: Date },
    submittedAt: { type: Date },
    /** The curator's comments when a submission was returned to draft. */
    curatorComment: { type: String, maxlength: limits.shortText },
    returnedAt: { type: Date },
    approvedBy: { type: Schema.Types.ObjectId },
    approvedByName: { type: String },
    /** Fingerprint of the last imported version; an import skips records whose fingerprint is unchanged. */
    importHash: { type: String },
  },
  { timestamps: true },
);

caseStudySchema.index({ externalId: 1 }, { unique: true, sparse: true });
caseStudySchema.index({ slug: 1 }, { unique: true });
caseStudySchema.index({ supplierId: 1, status: 1 });
caseStudySchema.index({ status: 1, clientSector: 1 });

trackWrites(caseStudySchema, 'casestudies');
announceWrittenIds(caseStudySchema, (ids) => domainEvents.emit('cases.written', ids));

export type CaseStudyFields = InferSchemaType<typeof caseStudySchema>;
export type CaseStudyDoc = HydratedDocument<CaseStudyFields>;
/** A case study as stored: a lean record (or a document, which has the same fields). */
export type CaseStudyRecord = CaseStudyFields & { _id: Types.ObjectId };
export const CaseStudyModel = mongoose.model('CaseStudy', caseStudySchema);
