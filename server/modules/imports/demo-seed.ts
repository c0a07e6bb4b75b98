// The demo market: generated, written as an interchange file, and imported like any curator's file.
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ImportReport } from '../../../shared/schemas/interchange';
import { writeMarketFile } from '../../../seed/write';
import { importSuppliers, type ImportProgress } from './import.service';
import { parseInterchange } from './interchange.parse';

export async function writeDemoMarketFile(file: string, suppliers: number, seed = 2024): Promise<string> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeMarketFile(file, { seed, suppliers });
  return file;
}

export async function importFile(file: string, onProgress?: ImportProgress): Promise<ImportReport> {
  const format = file.toLowerCase().endsWith('.csv') ? 'csv' : 'json';
  return importSuppliers(parseInterchange(await readFile(file, 'utf8'), format), onProgress);
}

export async function seedDemoMarket(dataDir: string, suppliers: number): Promise<ImportReport> {
  const file = await writeDemoMarketFile(path.join(dataDir, 'seed', `demo-market-${suppliers}.json`), suppliers);
  const report = await importFile(file);
  return { ...report, errors: report.errors.slice(0, 10) };
}
