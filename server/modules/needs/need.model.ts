import mongoose, { type HydratedDocument, type InferSchemaType } from 'mongoose';
import { keyList } from '../../platform/db/key-list';
import { trackWrites } from '../../platform/db/id-cache';
import { domainEvents } from '../../platform/events';
import { limits } from '../../../shared/limits';
import { DATA_CONSTRAINT_KEYS, NEED_STATUS_KEYS, TIMELINE_KEYS } from '../../../shared/schemas/needs';
import {
  APPLICATION_AREA_KEYS,
  BENEFIT_KEYS,
  BUDGET_BAND_KEYS,
  DIFFICULTY_KEYS,
  LANGUAGE_KEYS,
  MARKET_KEYS,
  READINESS_KEYS,
  SECTOR_KEYS,
} from '../../../shared/taxonomy';

const { Schema } = mongoose;

const needSchema = new Schema(
  {
    organisationId: { type: Schema.Types.ObjectId, required: true },
    createdBy: { type: Schema.Types.ObjectId, required: true },
    status: { type: String, enum: NEED_STATUS_KEYS, default: 'draft', required: true },
    title: { type: String, required: true, trim: true, maxlength: limits.name },
    description: { type: String, required: true, maxlength: limits.description },
    sector: { type: String, enum: SECTOR_KEYS, required: true },
    applicationAreas: keyList(APPLICATION_AREA_KEYS),
    budgetBand: { type: String, enum: BUDGET_BAND_KEYS, required: true },
    readiness: { type: String, enum: READINESS_KEYS },
    readinessAnswers: { type: [Number], default: undefined },
    readinessAverage: { type: Number },
    difficulties: keyList(DIFFICULTY_KEYS),
    benefits: keyList(BENEFIT_KEYS),
    markets: keyList(MARKET_KEYS),
    languages: keyList(LANGUAGE_KEYS),
    timeline: { type: String, enum: TIMELINE_KEYS },
    dataConstraints: keyList(DATA_CONSTRAINT_KEYS),
    publishedAt: { type: Date },
    closedAt: { type: Date },
  },
  { timestamps: true, collection: 'needs' },
);

needSchema.index({ organisationId: 1, status: 1 });
needSchema.index({ status: 1, sector: 1 });

export type NeedFields = InferSchemaType<typeof needSchema>;
export type NeedDoc = HydratedDocument<NeedFields>;
trackWrites(needSchema, 'needs');
// Market insights keep needs in memory and re-read only the saved ones; a query's write names no documents.
needSchema.post('save', (doc: { _id: { toHexString(): string } }) => void domainEvents.emit('needs.changed', [doc._id.toHexString()]));
needSchema.post(/^(update|delete|replace|findOneAnd)/, () => void domainEvents.emit('needs.changed', []));
needSchema.post('insertMany', () => void domainEvents.emit('needs.changed', []));
needSchema.post('bulkWrite', () => void domainEvents.emit('needs.changed', []));

export const NeedModel = mongoose.model('Need', needSchema);
