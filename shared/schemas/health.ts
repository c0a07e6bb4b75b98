import { z } from 'zod';

export const healthSchema = z.object({
  status: z.enum(['ok', 'unavailable']),
  database: z.object({ state: z.enum(['up', 'down']), embedded: z.boolean() }),
  search: z.object({ engine: z.string(), ready: z.boolean() }),
  version: z.string(),
});

export type Health = z.infer<typeof healthSchema>;
