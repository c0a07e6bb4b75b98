// An SME organisation's shortlists of suppliers. Private to the organisation.
import mongoose, { type HydratedDocument, type InferSchemaType } from 'mongoose';
import { limits } from '../../../shared/limits';

const shortlistSchema = new mongoose.Schema(
  {
    organisationId: { type: mongoose.Schema.Types.ObjectId, required: true },
    name: { type: String, required: true, trim: true, maxlength: limits.personName },
    /** Reassigned whole on every change: FerretDB's `$pull` cannot remove by id. */
    supplierIds: { type: [mongoose.Schema.Types.ObjectId], default: [] },
  },
  { timestamps: true, collection: 'shortlists' },
);
shortlistSchema.index({ organisationId: 1 });

export type ShortlistDoc = HydratedDocument<InferSchemaType<typeof shortlistSchema>>;
export const ShortlistModel = mongoose.model('Shortlist', shortlistSchema);
