// A table as CSV: the row's machine key, its English label, then one column per figure; an empty cell is a figure
// with nothing to say. Labels and keys come from the taxonomy or are months, but are quoted anyway.
import type { InsightTable } from './schemas/insights';
import { taxonomy } from './taxonomy';

const labels = new Map<string, string>(
  [taxonomy.sectors, taxonomy.applicationAreas, taxonomy.layers, taxonomy.technologies, taxonomy.readinessLevels].flatMap((list) => list.map((e) => [e.key, e.label.en] as [string, string])),
);

const cell = (v: string | number | null) => (v === null ? '' : typeof v === 'number' ? String(v) : `"${v.replaceAll('"', '""')}"`);

export function tableCsv(table: InsightTable): string {
  const lines = [['key', 'label', ...table.columns].map(cell).join(',')];
  for (const row of table.rows) lines.push([row.key, labels.get(row.key) ?? row.key, ...row.values].map(cell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
