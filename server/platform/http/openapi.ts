// The OpenAPI 3.1 document, generated from the shared zod schemas (zod 4 emits JSON Schema 2020-12 natively).
import { z } from 'zod';

export type Operation = {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  summary: string;
  tags: string[];
  access: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  response?: z.ZodType;
  status?: number;
  limited?: boolean;
  /** A multipart/form-data upload of one file in this field (read by the handler, see upload.ts). */
  upload?: { field: string; types: string[]; maxBytes: number };
  /** A non-JSON success response, e.g. image/webp. */
  produces?: string;
  /** Honours an Idempotency-Key header. */
  idempotent?: boolean;
};

const problemRef = { $ref: '#/components/schemas/Problem' };

function jsonSchema(schema: z.ZodType, io: 'input' | 'output') {
  return z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' });
}

function parameters(op: Operation) {
  const parts = [
    ['path', op.params],
    ['query', op.query],
  ] as const;
  return parts.flatMap(([where, schema]) =>
    schema
      ? Object.entries(schema.shape).map(([name, field]) => ({
          name,
          in: where,
          required: where === 'path' || !(field as z.ZodType).safeParse(undefined).success,
          schema: jsonSchema(field as z.ZodType, 'input'),
        }))
      : [],
  );
}

const idempotencyKey = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    'Any unique value (1–255 visible ASCII characters) to make a retry safe: the same key and body from the same caller within 24 hours returns the first answer (status and body, with `Idempotent-Replayed: true`) and creates nothing; the same key with another body is 422 `idempotency-key-reused`; while the first request is still being answered, 409 `idempotency-key-in-use` with Retry-After.',
  schema: { type: 'string', pattern: '^[\\x21-\\x7e]{1,255}$' },
};

function operation(op: Operation) {
  return {
    summary: op.summary,
    tags: op.tags,
    description: `Who may call it: ${op.access}.${op.limited ? ' Rate limited per IP and per account (429 with Retry-After).' : ''}`,
    parameters: [...parameters(op), ...(op.idempotent ? [idempotencyKey] : [])],
    ...(op.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(op.body, 'input') } } } } : {}),
    ...(op.upload
      ? {
          requestBody: {
            required: true,
            description: `One file (${op.upload.types.join(', ')}), at most ${op.upload.maxBytes} bytes: larger is 413, another type 415.`,
            content: { 'multipart/form-data': { schema: { type: 'object', required: [op.upload.field], properties: { [op.upload.field]: { type: 'string', format: 'binary' } } } } },
          },
        }
      : {}),
    responses: {
      [String(op.status ?? 200)]: {
        description: 'Success',
        ...(op.response ? { content: { 'application/json': { schema: jsonSchema(op.response, 'output') } } } : {}),
        ...(op.produces ? { content: { [op.produces]: { schema: { type: 'string', format: 'binary' } } } } : {}),
      },
      default: { description: 'A problem (RFC 9457)', content: { 'application/problem+json': { schema: problemRef } } },
    },
  };
}

export function buildOpenApi(operations: Operation[], version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) {
    const path = op.path.replace(/:(\w+)/g, '{$1}');
    paths[path] = { ...paths[path], [op.method]: operation(op) };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'AI Bridge API', version, description: 'Matching Hong Kong enterprises with AI suppliers.' },
    paths,
    components: {
      schemas: {
        Problem: {
          type: 'object',
          required: ['type', 'title', 'status', 'code'],
          properties: {
            type: { type: 'string' },
            title: { type: 'string' },
            status: { type: 'integer' },
            code: { type: 'string' },
            detail: { type: 'string' },
            instance: { type: 'string' },
            errors: {
              type: 'array',
              items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' }, code: { type: 'string' } } },
            },
          },
        },
      },
    },
  };
}
