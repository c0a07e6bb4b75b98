// zod's issues in the problem document's shape: request validation and services checking their own input
// (an import file, a CSV row) report field errors the same way.
import type { z } from 'zod';
import type { FieldError } from '../../../shared/problem';

export function fieldErrors(error: z.ZodError, prefix?: string): FieldError[] {
  return error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(root)',
    message: issue.message,
    code: issue.code,
  }));
}
