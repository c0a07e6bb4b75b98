// RFC 9457 problem details: the one error shape every API response uses.
export type FieldError = { path: string; message: string; code?: string };

export type Problem = {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  code: ProblemCode;
  errors?: FieldError[];
};

export const problemCodes = [
  'validation',
  'not-found',
  'unauthorized',
  'forbidden',
  'conflict',
  'payload-too-large',
  'unsupported-media-type',
  'rate-limited',
  'email-not-verified',
  'unavailable',
  'idempotency-key-reused',
  'idempotency-key-in-use',
  'internal',
] as const;

export type ProblemCode = (typeof problemCodes)[number];

export function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'status' in value && 'title' in value && 'code' in value;
}
