// An SME or a supplier organisation. A supplier organisation may link to its public supplier profile through
// `supplierId` (the link lives here so the Supplier model, which curators import, needs no account fields).
import mongoose, { type HydratedDocument, type InferSchemaType } from 'mongoose';
import { limits } from '../../../shared/limits';
import { ACCOUNT_TYPE_KEYS } from '../../../shared/schemas/accounts';
import { trackWrites } from '../../platform/db/id-cache';
import { announceWrittenIds } from '../../platform/db/written-ids';
import { domainEvents } from '../../platform/events';

const organisationSchema = new mongoose.Schema(
  {
    kind: { type: String, enum: ACCOUNT_TYPE_KEYS, required: true },
    name: { type: String, required: true, trim: true, maxlength: limits.name },
    supplierId: { type: mongoose.Schema.Types.ObjectId },
  },
  { timestamps: true, collection: 'organisations' },
);
organisationSchema.index({ supplierId: 1 });

export type OrganisationDoc = HydratedDocument<InferSchemaType<typeof organisationSchema>>;
trackWrites(organisationSchema, 'organisations');
// Kept in memory for the pages that name organisations (organisation.directory.ts), re-read when named here.
announceWrittenIds(organisationSchema, (ids) => domainEvents.emit('organisations.changed', ids));
export const OrganisationModel = mongoose.model('Organisation', organisationSchema);
