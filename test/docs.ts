// Reads the public contracts in docs/ so tests can hold the code to what they promise users.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../server/platform/root';

export function readDoc(name: string): string {
  return readFileSync(path.join(ROOT, 'docs', name), 'utf8');
}

/** The text under each "## " heading, by heading. */
export function sections(markdown: string): Map<string, string> {
  return new Map(markdown.split(/^## /m).slice(1).map((part) => [part.slice(0, part.indexOf('\n')).trim(), part]));
}

/** The first table of `text` as rows keyed by its header cells; backticks around a cell are dropped. */
export function table(text: string): Record<string, string>[] {
  const all = text.split('\n');
  const start = all.findIndex((l) => l.startsWith('|'));
  const end = all.findIndex((l, i) => i > start && !l.startsWith('|'));
  const lines = start < 0 ? [] : all.slice(start, end < 0 ? undefined : end);
  const cells = (line: string) => line.slice(1, line.lastIndexOf('|')).split('|').map((c) => c.trim().replace(/^`(.*)`$/, '$1'));
  const [header, , ...rows] = lines.map(cells);
  return rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i] ?? ''])));
}

/** The contents of every fenced block whose info string is `info` (```json, ```csv), in order. */
export function fencedBlocks(markdown: string, info: string): string[] {
  return [...markdown.matchAll(new RegExp(`^\`\`\`${info}\\n([\\s\\S]*?)^\`\`\`$`, 'gm'))].map((m) => m[1]!);
}
