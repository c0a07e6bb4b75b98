import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config';

describe('configuration', () => {
  it('has working defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3000, DEMO_SEED: true, LOG_LEVEL: 'info' });
    expect(config.MONGODB_URI).toBeUndefined();
    expect(config.dataDir).toMatch(/data$/);
  });

  it('names every invalid variable', () => {
    expect(() => loadConfig({ PORT: 'eighty', MONGODB_URI: 'postgres://x', DEMO_SEED: 'maybe' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'eighty', MONGODB_URI: 'postgres://x', DEMO_SEED: 'maybe' });
    } catch (error) {
      expect((error as Error).message).toMatch(/PORT/);
      expect((error as Error).message).toMatch(/MONGODB_URI/);
      expect((error as Error).message).toMatch(/DEMO_SEED/);
    }
  });

  it('refuses production without a token secret, or with the benchmark routes', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), BENCH_ROUTES: 'true' })).toThrow(/BENCH_ROUTES/);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }).BENCH_ROUTES).toBe(false);
  });

  it('reads booleans the way people write them', () => {
    expect(loadConfig({ DEMO_SEED: 'off' }).DEMO_SEED).toBe(false);
    expect(loadConfig({ DEMO_SEED: 'yes' }).DEMO_SEED).toBe(true);
  });
});
