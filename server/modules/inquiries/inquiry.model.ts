// Inquiry threads, their messages and quotes, per-user notification preferences and pending (batched) emails.
// FerretDB v1 pushes only `{_id: …}` filters down to SQLite: a thread, a preference record and a pending email are
// always loaded by _id; messages and quotes are separate collections (an insert never loses a concurrent write,
// unlike read-modify-write of an embedded array) read per thread.
import mongoose, { type HydratedDocument, type InferSchemaType, type Types } from 'mongoose';
import { INQUIRY_STATUS_KEYS, QUOTE_STATUS_KEYS, SIDE_KEYS, inquiryLimits } from '../../../shared/schemas/inquiries';
import { limits } from '../../../shared/limits';
import { trackWrites } from '../../platform/db/id-cache';
import { announceWrittenIds } from '../../platform/db/written-ids';
import { domainEvents } from '../../platform/events';

const { Schema } = mongoose;
const Id = Schema.Types.ObjectId;

const readSchema = new Schema({ userId: { type: Id, required: true }, at: { type: Date, required: true } }, { _id: false });
const reportSchema = new Schema(
  { userId: { type: Id }, side: { type: String, enum: SIDE_KEYS, required: true }, reason: { type: String, required: true, maxlength: inquiryLimits.reason }, at: { type: Date, required: true } },
  { _id: false },
);

const inquirySchema = new Schema(
  {
    smeOrganisationId: { type: Id, required: true },
    /** The supplier profile; its members are the users of the organisation whose `supplierId` is this. */
    supplierId: { type: Id, required: true },
    needId: { type: Id },
    createdBy: { type: Id },
    subject: { type: String, required: true, trim: true, maxlength: inquiryLimits.subject },
    status: { type: String, enum: INQUIRY_STATUS_KEYS, default: 'open', required: true },
    messageCount: { type: Number, default: 0 },
    lastMessageAt: { type: Date, required: true },
    lastMessageSide: { type: String, enum: SIDE_KEYS, required: true },
    /** When the supplier first answered (responsiveness figures). */
    firstReplyAt: { type: Date },
    /** Per-user read marks, assigned whole (races only ever move a mark). */
    reads: { type: [readSchema], default: [] },
    reports: { type: [reportSchema], default: [] },
    reportedAt: { type: Date },
    /** Set when closed or archived; the retention job deletes threads closed longer than the retention period. */
    closedAt: { type: Date },
  },
  { timestamps: true, collection: 'inquiries' },
);
inquirySchema.index({ smeOrganisationId: 1 });
inquirySchema.index({ supplierId: 1 });
/** The curators' queue of reported threads filters on its presence. */
inquirySchema.index({ reportedAt: 1 });

const messageSchema = new Schema(
  {
    inquiryId: { type: Id, required: true },
    side: { type: String, enum: SIDE_KEYS, required: true },
    /** Removed when the author deletes their account; `authorName` then reads "Deleted user". */
    authorId: { type: Id },
    authorName: { type: String, required: true, maxlength: limits.personName },
    text: { type: String, required: true, maxlength: inquiryLimits.message },
    quoteId: { type: Id },
  },
  { timestamps: { createdAt: true, updatedAt: false }, collection: 'inquiry_messages' },
);
messageSchema.index({ inquiryId: 1 });
messageSchema.index({ authorId: 1 });

const quoteSchema = new Schema(
  {
    inquiryId: { type: Id, required: true },
    needId: { type: Id },
    supplierId: { type: Id, required: true },
    smeOrganisationId: { type: Id, required: true },
    sentBy: { type: Id },
    scope: { type: String, required: true, maxlength: inquiryLimits.quoteText },
    deliverables: { type: [String], default: [] },
    dataRequired: { type: String, required: true, maxlength: inquiryLimits.quoteText },
    timeline: { type: String, required: true, maxlength: limits.shortText },
    /** Whole HK dollars (no Decimal128 on FerretDB). */
    priceHKD: { type: Number, required: true, min: 0 },
    validUntil: { type: Date, required: true },
    assumptions: { type: String, default: '', maxlength: inquiryLimits.quoteText },
    status: { type: String, enum: QUOTE_STATUS_KEYS, default: 'pending', required: true },
    declineReason: { type: String, maxlength: inquiryLimits.reason },
    decidedAt: { type: Date },
    decidedBy: { type: Id },
    /** An accepted quote's project marked delivered by the SME (a review may then be written at once). */
    deliveredAt: { type: Date },
  },
  { timestamps: true, collection: 'inquiry_quotes' },
);
quoteSchema.index({ inquiryId: 1 });
// Market insights count inquiries and quotes; they recompute after any write here (id-cache.ts `writeGeneration`).
trackWrites(inquirySchema, 'inquiries');
trackWrites(quoteSchema, 'inquiry_quotes');
// The thread lists are answered from memory (inquiry.threads.ts), which re-reads the threads named here.
announceWrittenIds(inquirySchema, (ids) => domainEvents.emit('inquiries.changed', ids));
// So are the quotes a thread, a need's comparison and the engagements show and the SME dashboard counts
// (inquiry.quotes.ts), which re-reads the quotes named here.
announceWrittenIds(quoteSchema, (ids) => domainEvents.emit('quotes.changed', ids));
quoteSchema.index({ needId: 1 });
quoteSchema.index({ smeOrganisationId: 1 });

/** _id is the user id: preferences are always read by _id. Absent means every notification is on. */
const prefsSchema = new Schema(
  { _id: { type: Id, ref: 'User' }, newInquiry: { type: Boolean, default: true }, reply: { type: Boolean, default: true }, quote: { type: Boolean, default: true } },
  { collection: 'notification_prefs', timestamps: true },
);

/** One per recipient and thread while an email is waiting: _id `<userId>:<inquiryId>` makes the first insert win. */
const pendingSchema = new Schema(
  {
    _id: { type: String },
    userId: { type: Id, required: true },
    inquiryId: { type: Id, required: true },
    /** The first event's kind and count; what the email says is derived from the messages since `since`. */
    kinds: { type: [String], default: [] },
    count: { type: Number, default: 1 },
    /** When the first message of the burst was written (absent on records from before it was kept). */
    since: { type: Date },
    dueAt: { type: Date, required: true },
  },
  { collection: 'notification_pending', versionKey: false },
);
/** The personal-data export reads a person's waiting emails by it. */
pendingSchema.index({ userId: 1 });

/** _id is the supplier id: first-reply history of the inquiries it received, read by _id for profiles and matching. */
const statsSchema = new Schema(
  {
    _id: { type: Id },
    /** One entry per inquiry received in the last 90 days: when it arrived and, once answered, the hours it took. */
    entries: { type: [new Schema({ at: { type: Date, required: true }, hours: { type: Number } }, { _id: false })], default: [] },
  },
  { collection: 'supplier_responsiveness', timestamps: true },
);

export type InquiryFields = InferSchemaType<typeof inquirySchema>;
export type InquiryDoc = HydratedDocument<InquiryFields>;
export type MessageDoc = HydratedDocument<InferSchemaType<typeof messageSchema>>;
export type QuoteDoc = HydratedDocument<InferSchemaType<typeof quoteSchema>>;
/** As read with `.lean()`: presenters take these, which hydrated documents also satisfy. */
export type InquiryRecord = InquiryFields & { _id: Types.ObjectId };
export type MessageRecord = InferSchemaType<typeof messageSchema> & { _id: Types.ObjectId };
export type QuoteRecord = InferSchemaType<typeof quoteSchema> & { _id: Types.ObjectId };
export const InquiryModel = mongoose.model('Inquiry', inquirySchema);
export const MessageModel = mongoose.model('InquiryMessage', messageSchema);
export const QuoteModel = mongoose.model('InquiryQuote', quoteSchema);
export const NotificationPrefsModel = mongoose.model('NotificationPrefs', prefsSchema);
export const PendingNotificationModel = mongoose.model('PendingNotification', pendingSchema);
export const ResponsivenessModel = mongoose.model('SupplierResponsiveness', statsSchema);
