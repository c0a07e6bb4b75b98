// Request validation with the shared zod schemas. Parsed input goes on res.locals.input (req.query is a getter).
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { z } from 'zod';
import type { FieldError } from '../../../shared/problem';
import { fieldErrors } from '../errors/field-errors';
import { Validation } from '../errors/errors';

type Parts = { params?: z.ZodType; query?: z.ZodType; body?: z.ZodType };

/** Deeper input than any schema accepts: refused before anything walks it (a 2,000-level body overflowed the stack). */
export const MAX_INPUT_DEPTH = 32;

/** Any key containing "$" anywhere in the input, and input nested beyond MAX_INPUT_DEPTH; iterative, so depth cannot overflow the stack. */
function operatorKeys(root: unknown, rootPath: string): FieldError[] {
  const errors: FieldError[] = [];
  const stack: { value: unknown; path: string[] }[] = [{ value: root, path: [rootPath] }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (path.length > MAX_INPUT_DEPTH) {
      errors.push({ path: path.slice(0, 3).join('.') + '…', message: `The input is nested more than ${MAX_INPUT_DEPTH} levels deep.`, code: 'too_deep' });
      break;
    }
    for (const [key, v] of Object.entries(value)) {
      if (key.includes('$')) errors.push({ path: [...path, key].join('.'), message: 'Keys containing "$" are not allowed.', code: 'operator' });
      else stack.push({ value: v, path: [...path, key] });
    }
  }
  return errors;
}

/**
 * Rejects MongoDB operators (`{"$ne": …}`, `?a[$gt]=`) in any query or body with 400, before authentication,
 * access rules or a handler see the request, so no operator can reach a query whatever a route does.
 */
export function rejectOperators(): RequestHandler {
  return (req, _res, next) => {
    const errors = [...operatorKeys(req.query, 'query'), ...operatorKeys(req.body ?? {}, 'body')];
    next(errors.length ? Validation(errors) : undefined);
  };
}

export function validate<P extends Parts>(parts: P): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const input: Record<string, unknown> = {};
    const errors: FieldError[] = [];
    for (const part of ['params', 'query', 'body'] as const) {
      const schema = parts[part];
      const raw = part === 'body' ? (req.body ?? {}) : req[part];
      if (!schema) continue;
      const result = schema.safeParse(raw);
      if (result.success) input[part] = result.data;
      else errors.push(...fieldErrors(result.error, part));
    }
    if (errors.length) return next(Validation(errors));
    res.locals.input = input;
    next();
  };
}
