// The only reader of process.env. Parsed once at start-up; an invalid value stops the process with its name.
import path from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off'])
  .transform((v) => ['1', 'true', 'yes', 'on'].includes(v));

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Express "trust proxy": which hops' X-Forwarded-For to believe (per-IP rate limits need the client's address). */
  TRUST_PROXY: z.string().min(1).default('loopback'),
  DATA_DIR: z.string().min(1).default('./data'),
  MONGODB_URI: z.string().regex(/^mongodb(\+srv)?:\/\//, 'must start with mongodb:// or mongodb+srv://').optional(),
  MONGODB_DB: z.string().regex(/^[A-Za-z0-9_-]{1,60}$/).default('aibridge'),
  MEILI_URL: z.url().optional(),
  MEILI_MASTER_KEY: z.string().optional(),
  MEILI_INDEX_PREFIX: z.string().regex(/^[A-Za-z0-9_-]*$/).default('aibridge_'),
  /** Several app instances share events, rate limits and scheduled jobs through this Redis; unset: one instance. */
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must start with redis:// or rediss://').optional(),
  DEMO_SEED: bool.default(true),
  DEMO_SEED_SUPPLIERS: z.coerce.number().int().min(1).max(100_000).default(320),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SERVE_CLIENT: bool.default(true),
  PUBLIC_URL: z.url().optional(),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  ACCESS_TOKEN_MINUTES: z.coerce.number().int().min(1).max(15).default(15),
  REFRESH_TOKEN_DAYS: z.coerce.number().int().min(1).max(90).default(30),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://').optional(),
  MAIL_FROM: z.string().min(3).default('AI Bridge <no-reply@aibridge.hk>'),
  AUTH_RATE_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(900),
  AUTH_RATE_PER_IP: z.coerce.number().int().min(1).default(100),
  AUTH_RATE_PER_ACCOUNT: z.coerce.number().int().min(1).default(10),
  INQUIRY_EMAIL_DELAY_SECONDS: z.coerce.number().min(0.05).max(86_400).default(300),
  INQUIRY_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(730),
  INQUIRY_RETENTION_SWEEP_MINUTES: z.coerce.number().min(0.01).max(10_080).default(60),
  INQUIRIES_PER_DAY: z.coerce.number().int().min(1).max(10_000).default(20),
  /** Mounts GET /api/bench/hello, the benchmark's baseline. Never in production. */
  BENCH_ROUTES: bool.default(false),
})
  .refine((c) => c.NODE_ENV !== 'production' || c.JWT_SECRET, { path: ['JWT_SECRET'], message: 'is required when NODE_ENV=production' })
  .refine((c) => c.NODE_ENV !== 'production' || !c.BENCH_ROUTES, { path: ['BENCH_ROUTES'], message: 'is for benchmarks only, never with NODE_ENV=production' });

export type Config = z.infer<typeof schema> & {
  dataDir: string;
  publicUrl: string;
  /** Local development and tests: refresh cookies without Secure, mail kept in the database outbox. */
  isLocal: boolean;
};

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  return {
    ...c,
    dataDir: path.resolve(c.DATA_DIR),
    publicUrl: (c.PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/$/, ''),
    isLocal: c.NODE_ENV !== 'production',
  };
}
