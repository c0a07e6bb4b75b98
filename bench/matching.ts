// Matching speed (issue 6): explained matches for SME needs at 10,000 suppliers, next to a hello-world route on
// the same server in the same run. The bench process owns the embedded FerretDB; the server joins it, so the
// bench can read the verification email from the development outbox. Prints figures; never asserts.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../server/config';
import { createLogger } from '../server/platform/log/logger';
import { OutboxModel } from '../server/platform/mail/outbox.model';
import { startPlatform, type Platform } from '../server/runtime';
import { importSuppliers } from '../server/modules/imports/import.service';
import { generateMarket } from '../seed/generate';
import { CONNECTIONS, fmt, line, load, SECONDS, startServerProcess, stopProcess, waitForHealth, waitForSearchIndex } from './lib';

const SUPPLIERS = 10_000;
const PORT = 3919;
const PASSWORD = 'Bench-harbour-ferry-2026';

const NEEDS = [
  ['Catch fabric defects on our line', 'Cameras and computer vision to find weaving defects in our garment factory.', 'manufacturing', 'operations'],
  ['Cantonese chatbot for our shops', 'Answer customer questions on WhatsApp in Cantonese and English.', 'trade-retail', 'customer-service'],
  ['Read invoices automatically', 'OCR and document AI for hundreds of supplier invoices a month.', 'professional-services', 'finance'],
  ['Forecast restaurant demand', 'Predict dishes to prepare and cut food waste in three restaurants.', 'food-beverage', 'operations'],
  ['預測性維護', '我們希望用感應器數據預測冷氣機及升降機故障。', 'real-estate', 'operations'],
  ['Triage chest X-rays', 'Flag urgent chest X-rays for radiologists at our clinics.', 'healthcare', 'operations'],
  ['餐廳 WhatsApp chatbot', '我哋間餐廳想搵個 chatbot 喺 WhatsApp 用廣東話答客人嘅 booking 同 menu 問題', 'food-beverage', 'customer-service'],
  ['間鋪啲 inventory 成日 overstock', '想做 demand forecasting，有冇 AI 可以幫手計每個 SKU 入幾多貨', 'trade-retail', 'operations'],
] as const;

async function seed(platform: Platform): Promise<void> {
  const market = generateMarket({ seed: 13, suppliers: SUPPLIERS });
  const started = performance.now();
  await importSuppliers(market.suppliers);
  await platform.indexer.settled();
  line(`seed ${SUPPLIERS} suppliers`, `${((performance.now() - started) / 1000).toFixed(1)} s`);
}

async function signedInSme(base: string): Promise<string> {
  const email = `bench.${Date.now()}@example.hk`;
  const post = (p: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(base + p, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  await post('/api/auth/register', { email, password: PASSWORD, name: 'Bench SME', accountType: 'sme', organisationName: 'Bench Garments' });
  const mail = await OutboxModel.findOne({ to: email }).sort({ createdAt: -1 });
  const token = mail?.text.match(/verify-email#token=([A-Za-z0-9_-]+)/)?.[1];
  if (!token) throw new Error('no verification email in the outbox');
  await post('/api/auth/verify-email', { token });
  const login = (await (await post('/api/auth/login', { email, password: PASSWORD })).json()) as { accessToken: string };
  return login.accessToken;
}

async function createNeeds(base: string, auth: Record<string, string>): Promise<string[]> {
  const ids: string[] = [];
  for (const [title, description, sector, area] of NEEDS) {
    const body = { title, description, sector, applicationAreas: [area], budgetBand: '300k-500k', readiness: 'aware' };
    const res = await fetch(`${base}/api/needs`, { method: 'POST', headers: { 'content-type': 'application/json', ...auth }, body: JSON.stringify(body) });
    ids.push(((await res.json()) as { id: string }).id);
  }
  return ids;
}

export async function benchMatching(): Promise<void> {
  process.stdout.write('\n== Matching ==\n');
  const dataDir = await mkdtemp(path.join(tmpdir(), 'aibridge-bench-match-'));
  const platform = await startPlatform(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }), createLogger('silent'));
  try {
    await seed(platform);
    const child = startServerProcess({ DATA_DIR: dataDir, PORT: String(PORT), DEMO_SEED: 'false', BENCH_ROUTES: 'true', AUTH_RATE_PER_IP: '1000' });
    const base = `http://127.0.0.1:${PORT}`;
    try {
      await waitForHealth(base, 600_000);
      await waitForSearchIndex(base);
      const auth = { authorization: `Bearer ${await signedInSme(base)}` };
      const paths = (await createNeeds(base, auth)).map((id) => `/api/needs/${id}/matches?limit=10&lang=en`);
      // The first request for each need computes its matches; later ones are answered from the match cache.
      const firsts: number[] = [];
      for (const p of paths) {
        const started = performance.now();
        const check = await fetch(base + p, { headers: auth });
        if (!check.ok) throw new Error(`matches answered ${check.status}: ${await check.text()}`);
        await check.arrayBuffer();
        firsts.push(performance.now() - started);
      }
      const sorted = firsts.sort((a, b) => a - b);
      line(`first request per need (computed), ${paths.length} needs`, `median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms`);
      process.stdout.write(`autocannon: ${CONNECTIONS} connections, ${SECONDS} s each, loopback; ${paths.length} needs in rotation\n`);
      const hello = await load(`${base}/api/bench/hello`);
      line('  hello world (baseline, same server)', fmt(hello));
      const matches = await load(base + paths[0]!, paths, auth);
      line('  GET /api/needs/:id/matches (top 10, explained)', `${fmt(matches)}, ${Math.round((100 * matches.rps) / hello.rps)}% of hello world`);
    } finally {
      await stopProcess(child);
    }
  } finally {
    await platform.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
