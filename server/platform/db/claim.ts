// "Exactly once" without transactions. Measured: on FerretDB v1, findOneAndUpdate({…, usedAt: null}) is NOT
// atomic — it reads, then writes — so 20 concurrent calls can match the same document more than once. An insert
// into a unique index is atomic everywhere (SQLite's UNIQUE constraint on FerretDB, the _id index on MongoDB):
// the one insert that succeeds wins the claim.
import mongoose from 'mongoose';
import { isDuplicateKeyError } from '../errors/duplicate-key';

const claimSchema = new mongoose.Schema({ _id: { type: String }, at: { type: Date, default: () => new Date() } }, { collection: 'claims', versionKey: false });
const ClaimModel = mongoose.model('Claim', claimSchema);

/** True for the first caller with this key, false for every later (or concurrent) one. */
export async function claimOnce(key: string): Promise<boolean> {
  try {
    await ClaimModel.create({ _id: key });
    return true;
  } catch (error) {
    if (isDuplicateKeyError(error)) return false;
    throw error;
  }
}

/** Whether some caller already claimed this key (a step done once per database checks before it starts). */
export async function wasClaimed(key: string): Promise<boolean> {
  return Boolean(await ClaimModel.exists({ _id: key }));
}
