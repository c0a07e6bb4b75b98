import { z } from 'zod';
import { limits } from '../limits';

/** Required text: trimmed, then `min` (1 unless given) to `max` characters. */
export const text = (max: number, min = 1) => z.string().trim().min(min).max(max);

/** A list of taxonomy keys, each checked against `keys`, at most `limits.listItems` long. */
export const keyList = <K extends string>(keys: readonly [K, ...K[]]) => z.array(z.enum(keys)).max(limits.listItems);

export const objectIdSchema = z.string().regex(/^[a-f0-9]{24}$/, 'must be a 24-character hex id');

export const pageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(limits.pageSizeMax).default(limits.pageSizeDefault),
});

/** A query-string list: `?sector=a&sector=b` or `?sector=a,b`, each value checked against `item`. */
export function queryList<T extends z.ZodType<unknown, string>>(item: T) {
  return z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(item).max(limits.listItems));
}

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
  });
}

export type Page<T> = { items: T[]; page: number; pageSize: number; total: number };
