import mongoose, { type HydratedDocument, type InferSchemaType, type Types } from 'mongoose';
import { trackWrites } from '../../platform/db/id-cache';
import { BUDGET_BAND_KEYS, READINESS_KEYS, SECTOR_KEYS } from '../../../shared/taxonomy';

const { Schema } = mongoose;
const label = { en: { type: String, required: true }, 'zh-Hant': { type: String, required: true } };

const fundingSchemeSchema = new Schema(
  {
    key: { type: String, required: true },
    name: label,
    summary: label,
    url: { type: String },
    eligibility: {
      sectors: { type: [{ type: String, enum: SECTOR_KEYS }], default: [] },
      readiness: { type: [{ type: String, enum: READINESS_KEYS }], default: [] },
      budgetBands: { type: [{ type: String, enum: BUDGET_BAND_KEYS }], default: [] },
    },
    published: { type: Boolean, default: true },
  },
  { timestamps: true, collection: 'fundingschemes' },
);
fundingSchemeSchema.index({ key: 1 }, { unique: true });
trackWrites(fundingSchemeSchema, 'fundingschemes');

type FundingSchemeFields = InferSchemaType<typeof fundingSchemeSchema>;
export type FundingSchemeDoc = HydratedDocument<FundingSchemeFields>;
/** A scheme as stored: a lean record (or a document, which has the same fields). */
export type FundingSchemeRecord = FundingSchemeFields & { _id: Types.ObjectId };
export const FundingSchemeModel = mongoose.model('FundingScheme', fundingSchemeSchema);
