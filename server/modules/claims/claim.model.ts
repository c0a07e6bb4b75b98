// Claims of listed supplier profiles, and the public contact addresses that asked for no more invitations.
// Claims are few (a queue, not a hot path); a person's data export finds theirs by organisation, requester and
// decider, each an indexed field (one `$or`, which the embedded FerretDB answers from those indexes).
import mongoose, { type HydratedDocument, type InferSchemaType, type Types } from 'mongoose';
import { CLAIM_GRANT_KEYS, CLAIM_KIND_KEYS, CLAIM_STATUS_KEYS, claimLimits } from '../../../shared/schemas/claims';
import { trackWrites } from '../../platform/db/id-cache';

const { Schema } = mongoose;
const Id = Schema.Types.ObjectId;

const claimSchema = new Schema(
  {
    supplierId: { type: Id, required: true },
    organisationId: { type: Id, required: true },
    /** The member who asked; removed when they delete their account (the organisation's claim stays). */
    requestedBy: { type: Id },
    /** The domain of the requester's email address when they asked (evidence for the curator, no address kept). */
    emailDomain: { type: String, required: true, maxlength: 253 },
    evidence: { type: String, default: '', maxlength: claimLimits.evidence },
    kind: { type: String, enum: CLAIM_KIND_KEYS, required: true, default: 'claim' },
    status: { type: String, enum: CLAIM_STATUS_KEYS, required: true },
    grantedBy: { type: String, enum: CLAIM_GRANT_KEYS },
    reason: { type: String, maxlength: claimLimits.reason },
    decidedAt: { type: Date },
    decidedBy: { type: Id },
  },
  { timestamps: true, collection: 'profile_claims' },
);
claimSchema.index({ supplierId: 1 });
claimSchema.index({ organisationId: 1 });
claimSchema.index({ status: 1 });
claimSchema.index({ requestedBy: 1 });
/** Only curators decide: most claims lack it until then (see ferretdb-id-index.ts on sparse lookups). */
claimSchema.index({ decidedBy: 1 }, { sparse: true });
trackWrites(claimSchema, 'profile_claims');

/** _id is the lower-cased address: read by _id before every invitation. */
const optOutSchema = new Schema({ _id: { type: String } }, { collection: 'invitation_opt_outs', timestamps: { createdAt: true, updatedAt: false }, versionKey: false });

export type ClaimDoc = HydratedDocument<InferSchemaType<typeof claimSchema>>;
/** A claim as a lean read gives it. */
export type ClaimRecord = InferSchemaType<typeof claimSchema> & { _id: Types.ObjectId; createdAt: Date };
export const ProfileClaimModel = mongoose.model('ProfileClaim', claimSchema);
export const InvitationOptOutModel = mongoose.model('InvitationOptOut', optOutSchema);
