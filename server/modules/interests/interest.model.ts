// Interests: one per (need, supplier profile). The unique index makes a second expression of interest, even a
// concurrent one, fail on insert (FerretDB v1 has no atomic read-then-write). Both organisations are kept on the
// record so each side lists its own with one filter, and personal-data export and deletion can find them.
import mongoose, { type HydratedDocument, type InferSchemaType } from 'mongoose';
import { announceWrittenIds } from '../../platform/db/written-ids';
import { domainEvents } from '../../platform/events';
import { INTEREST_STATUS_KEYS, interestLimits } from '../../../shared/schemas/interests';

const { Schema } = mongoose;
const Id = Schema.Types.ObjectId;

const interestSchema = new Schema(
  {
    needId: { type: Id, required: true },
    /** The SME organisation that wrote the need: never shown to the supplier. */
    smeOrganisationId: { type: Id, required: true },
    supplierId: { type: Id, required: true },
    supplierOrganisationId: { type: Id, required: true },
    /** The supplier member who wrote the note; removed when they delete their account. */
    createdBy: { type: Id },
    note: { type: String, required: true, trim: true, maxlength: interestLimits.note },
    status: { type: String, enum: INTEREST_STATUS_KEYS, default: 'pending', required: true },
    inquiryId: { type: Id },
    decidedAt: { type: Date },
    decidedBy: { type: Id },
  },
  { timestamps: true, collection: 'need_interests' },
);
interestSchema.index({ needId: 1, supplierId: 1 }, { unique: true });
interestSchema.index({ smeOrganisationId: 1 });
interestSchema.index({ supplierOrganisationId: 1 });
interestSchema.index({ supplierId: 1 });
// The lists and the SME dashboard read interests from memory (interest.kept.ts), which re-reads the ones named here.
announceWrittenIds(interestSchema, (ids) => domainEvents.emit('interests.changed', ids));

export type InterestFields = InferSchemaType<typeof interestSchema>;
export type InterestDoc = HydratedDocument<InterestFields>;
export const InterestModel = mongoose.model('NeedInterest', interestSchema);

/** One per SME user and need while an email is waiting: the first insert of `<userId>:<needId>` wins. */
const pendingSchema = new Schema(
  {
    _id: { type: String },
    userId: { type: Id, required: true },
    needId: { type: Id, required: true },
    count: { type: Number, default: 1 },
    dueAt: { type: Date, required: true },
  },
  { collection: 'interest_notification_pending', versionKey: false },
);
export const PendingInterestMailModel = mongoose.model('PendingInterestMail', pendingSchema);
