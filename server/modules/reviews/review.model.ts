// Verified-engagement reviews. `_id` is the accepted quote's id: the unique _id index (atomic on FerretDB and
// MongoDB) makes "once per accepted quote" hold even when two members submit at the same instant. A removed
// review stays stored with who removed it and why; only published ones are shown or counted.
import mongoose, { type HydratedDocument, type InferSchemaType } from 'mongoose';
import { limits } from '../../../shared/limits';
import { BUDGET_BAND_KEYS, SECTOR_KEYS } from '../../../shared/taxonomy';
import { announceWrittenIds } from '../../platform/db/written-ids';
import { domainEvents } from '../../platform/events';

const { Schema } = mongoose;
const Id = Schema.Types.ObjectId;
const rating = { type: Number, required: true, min: 1, max: 5 };

const reportSchema = new Schema(
  { userId: { type: Id }, reason: { type: String, required: true, maxlength: limits.reviewReason }, at: { type: Date, required: true } },
  { _id: false },
);

export const REVIEW_STATUSES = ['published', 'removed'] as const;

const reviewSchema = new Schema(
  {
    /** The accepted quote reviewed. */
    _id: { type: Id, required: true },
    inquiryId: { type: Id, required: true },
    supplierId: { type: Id, required: true },
    smeOrganisationId: { type: Id, required: true },
    /** Removed when the author deletes their account; the review stays the organisation's. */
    authorId: { type: Id },
    /** One per criterion of REVIEW_CRITERIA. */
    ratings: { deliveredAsQuoted: rating, onTime: rating, onBudget: rating, communication: rating, wouldHireAgain: rating },
    text: { type: String, required: true, maxlength: limits.reviewText },
    showOrganisationName: { type: Boolean, default: false },
    /** The engagement, fixed when the review is written: the need's sector and the accepted price's band. */
    sector: { type: String, enum: SECTOR_KEYS },
    budgetBand: { type: String, enum: BUDGET_BAND_KEYS, required: true },
    reply: {
      type: new Schema({ text: { type: String, required: true, maxlength: limits.reviewReply }, at: { type: Date, required: true }, authorId: { type: Id } }, { _id: false }),
    },
    status: { type: String, enum: REVIEW_STATUSES, default: 'published', required: true },
    reports: { type: [reportSchema], default: [] },
    /** Set while reports wait for a curator; cleared when a curator keeps the review. */
    reportedAt: { type: Date },
    removal: {
      type: new Schema({ reason: { type: String, required: true, maxlength: limits.reviewReason }, by: { type: Id }, at: { type: Date, required: true } }, { _id: false }),
    },
  },
  { timestamps: true, collection: 'reviews' },
);
reviewSchema.index({ supplierId: 1 });
reviewSchema.index({ smeOrganisationId: 1 });
/** The moderators' queue of reported reviews filters on its presence. */
reviewSchema.index({ reportedAt: 1 });

// Who each review concerns is kept in memory for the personal-data export (review.people.ts), which re-reads the
// reviews named here.
announceWrittenIds(reviewSchema, (ids) => domainEvents.emit('reviews.changed', ids));

export type ReviewFields = InferSchemaType<typeof reviewSchema>;
export type ReviewDoc = HydratedDocument<ReviewFields>;
export const ReviewModel = mongoose.model('Review', reviewSchema);
