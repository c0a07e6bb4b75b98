// argon2id hashing (OWASP parameters), the strength rules beyond length, and a dummy verify for unknown emails
// so that "no such account" and "wrong password" cost the same time.
import { hash, verify, type Options } from '@node-rs/argon2';
import { COMMON_PASSWORDS, COMMON_WORDS } from './common-passwords';

const ARGON2ID = 2 as NonNullable<Options['algorithm']>;
const options: Options = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };
const common = new Set(COMMON_PASSWORDS);
const words = new Set(COMMON_WORDS);

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;
/** Spends the time a real verification would, for an email with no account. Always false. */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummy ??= hashPassword('dummy password that matches nothing');
  await verifyPassword(await dummy, password);
  return false;
}

/** Why a new password is refused, or undefined. Length is checked by the shared schema. */
export function weakPasswordReason(password: string, email?: string): string | undefined {
  const lower = password.toLowerCase();
  if (common.has(lower)) return 'is one of the most commonly used passwords';
  const core = lower.replace(/^[\d\W_]+|[\d\W_]+$/g, '');
  if (words.has(core) || core === '') return 'is a common word with digits or symbols added';
  if (new Set(lower).size <= 2) return 'repeats too few different characters';
  if (email && lower.includes(email.toLowerCase().split('@')[0]!) && email.split('@')[0]!.length >= 4) {
    return 'must not contain your email address';
  }
  return undefined;
}
