// A unique index refused a write. Both databases say so differently, and callers (claims, quotas, registration,
// the error sink's 409) must recognise both.

/** True for a duplicate key on MongoDB (11000) and on FerretDB v1 updates (code 1, "UNIQUE constraint failed"). */
export function isDuplicateKeyError(error: unknown): boolean {
  const e = error as { code?: number; message?: string };
  return e?.code === 11000 || (e?.code === 1 && /UNIQUE constraint failed|duplicate key/i.test(e.message ?? ''));
}
