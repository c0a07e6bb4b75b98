// Answers kept for Idempotency-Key retries (http/idempotency.ts). FerretDB v1 refuses TTL indexes, so a sweep
// deletes expired records; lookups ignore expired ones, so the sweep only reclaims space.
import mongoose from 'mongoose';
import type { Jobs } from '../redis';
import { jobsHere } from '../redis/local';

const idempotencySchema = new mongoose.Schema(
  {
    /** sha256 of caller and key: the unique _id index is what lets exactly one of concurrent duplicates run. */
    _id: { type: String },
    /** sha256 of method, path and body: the same key with another request is refused. */
    fingerprint: { type: String, required: true },
    /** Null while the first request runs. */
    status: { type: Number, default: null },
    body: { type: String, default: null },
    createdAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
  },
  { collection: 'idempotency_keys', versionKey: false },
);

export const IdempotencyModel = mongoose.model('IdempotencyKey', idempotencySchema);

const SWEEP_EVERY_MS = 60 * 60_000;

/** Deletes expired records now and every hour, on one instance of several (`jobs`); returns a function that stops it. */
export function sweepIdempotencyKeys(onError: (err: unknown) => void, jobs: Jobs = jobsHere()): () => void {
  return jobs.every('idempotency-sweep', SWEEP_EVERY_MS, () => IdempotencyModel.deleteMany({ expiresAt: { $lt: new Date() } }).catch(onError));
}
