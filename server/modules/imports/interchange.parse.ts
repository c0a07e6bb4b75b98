// Reads an interchange file (JSON, or CSV with one row per supplier and ";"-separated lists) into raw records.
import { parse as parseCsv } from 'csv-parse/sync';
import { Validation } from '../../platform/errors/errors';

const listFields = new Set([
  'layers', 'technologies', 'capabilities', 'sectors', 'applicationAreas', 'markets', 'languages',
]);
const numberFields = new Set(['foundedYear']);

export function parseInterchange(content: string, format: 'json' | 'csv'): unknown[] {
  return format === 'json' ? parseJson(content) : parseCsvRows(content);
}

function parseJson(content: string): unknown[] {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (error) {
    throw Validation([{ path: '(file)', message: `not valid JSON: ${(error as Error).message}`, code: 'not-json' }]);
  }
  const suppliers = (data as { suppliers?: unknown })?.suppliers;
  if (typeof data !== 'object' || data === null || Array.isArray(data) || !Array.isArray(suppliers)) {
    const message = Array.isArray(data)
      ? 'the file is a JSON array: wrap it as {"suppliers": [ … ]}'
      : 'the file must be an object with a "suppliers" array';
    throw Validation([{ path: 'suppliers', message, code: Array.isArray(data) ? 'bare-array' : 'no-suppliers' }]);
  }
  const extra = Object.keys(data).filter((k) => k !== 'suppliers');
  if (extra.length) throw Validation(extra.map((k) => ({ path: k, message: 'unknown key', code: 'unknown-key' })));
  return suppliers;
}

/** CSV columns are the interchange keys; budget as projectBudgetMin/projectBudgetMax; case studies are JSON only. */
function parseCsvRows(content: string): unknown[] {
  let rows: Record<string, string>[];
  try {
    rows = parseCsv(content, { columns: true, skip_empty_lines: true, trim: true, bom: true });
  } catch (error) {
    throw Validation([{ path: '(file)', message: `not valid CSV: ${(error as Error).message}`, code: 'not-csv' }]);
  }
  return rows.map(csvRecord);
}

function csvRecord(row: Record<string, string>): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(row)) {
    if (raw === '') continue;
    if (key === 'projectBudgetMin' || key === 'projectBudgetMax') continue;
    if (listFields.has(key)) record[key] = raw.split(';').map((s) => s.trim()).filter(Boolean);
    else if (numberFields.has(key)) record[key] = Number(raw);
    else if (key === 'verified') record[key] = /^(true|yes|1)$/i.test(raw);
    else record[key] = raw;
  }
  if (row.projectBudgetMin || row.projectBudgetMax) {
    record.projectBudgetHKD = { min: Number(row.projectBudgetMin), max: Number(row.projectBudgetMax) };
  }
  return record;
}
