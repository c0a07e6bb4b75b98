// An SME organisation's shortlists of suppliers. Private to the organisation.
import mongoose, { type HydratedDocument, type InferSchemaType } from 'mongoose';
import { limits } from '../../../shared/limits';
import { announceWrittenIds } from '../../platform/db/written-ids';
import { domainEvents } from '../../platform/events';

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
// The lists are answered from memory (shortlist.kept.ts), which re-reads the ones named here.
announceWrittenIds(shortlistSchema, (ids) => domainEvents.emit('shortlists.changed', ids));

export type ShortlistDoc = HydratedDocument<InferSchemaType<typeof shortlistSchema>>;
export const ShortlistModel = mongoose.model('Shortlist', shortlistSchema);
