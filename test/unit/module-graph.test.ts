// Modules depend on each other in one direction only: a module-level cycle (a file of A imports B, a file of B
// imports A) means neither can be read, tested or changed without the other. Built from the source text, so it
// sees type-only imports too (a cycle of types is still a cycle a reader has to follow).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../server/platform/root';

const MODULES = path.join(ROOT, 'server/modules');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** The module a path inside server/modules belongs to, or undefined outside it. */
function moduleOf(file: string): string | undefined {
  const relative = path.relative(MODULES, file);
  return relative.startsWith(`..${path.sep}`) ? undefined : relative.split(path.sep)[0];
}

/** Every relative specifier `source` imports or re-exports, statically or dynamically. */
export function specifiers(source: string): string[] {
  const found = [
    ...source.matchAll(/\bfrom\s+'(\.[^']*)'/g),
    ...source.matchAll(/\bimport\s*\(\s*'(\.[^']*)'\s*\)/g),
    ...source.matchAll(/^import\s+'(\.[^']*)'/gm),
  ];
  return found.map((match) => match[1]!);
}

/** module → the other modules its files import, with one file:specifier example per edge. */
export function moduleGraph(): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const file of sourceFiles(MODULES)) {
    const from = moduleOf(file)!;
    const edges = graph.get(from) ?? graph.set(from, new Map()).get(from)!;
    for (const specifier of specifiers(readFileSync(file, 'utf8'))) {
      const to = moduleOf(path.resolve(path.dirname(file), specifier));
      if (to && to !== from && !edges.has(to)) edges.set(to, `${path.relative(ROOT, file)} → ${specifier}`);
    }
  }
  return graph;
}

/** Each cycle once, as the modules along it (depth-first search from every module, in name order). */
export function cycles(graph: Map<string, Map<string, string>>): string[][] {
  const found = new Map<string, string[]>();
  const walk = (start: string, at: string, trail: string[]) => {
    for (const next of graph.get(at)?.keys() ?? []) {
      if (next === start) {
        const key = [...trail].sort().join(' ');
        if (!found.has(key)) found.set(key, [...trail, start]);
      } else if (next > start && !trail.includes(next)) walk(start, next, [...trail, next]);
    }
  };
  for (const start of [...graph.keys()].sort()) walk(start, start, [start]);
  return [...found.values()];
}

describe('module dependencies', () => {
  it('have no cycle between modules', () => {
    const graph = moduleGraph();
    expect(graph.size).toBeGreaterThan(15);
    const described = cycles(graph).map((cycle) =>
      cycle.slice(1).map((to, i) => graph.get(cycle[i]!)!.get(to)).join('; '));
    expect(described).toEqual([]);
  });

  it('finds a cycle when there is one, through any number of modules', () => {
    const graph = (edges: Record<string, string[]>) =>
      new Map(Object.entries(edges).map(([from, tos]) => [from, new Map(tos.map((to) => [to, '']))]));
    expect(cycles(graph({ a: ['b'], b: ['c'], c: ['a'] }))).toEqual([['a', 'b', 'c', 'a']]);
    expect(cycles(graph({ a: ['b'], b: ['a', 'c'], c: [] }))).toEqual([['a', 'b', 'a']]);
    expect(cycles(graph({ a: ['b', 'c'], b: ['c'], c: [] }))).toEqual([]);
  });

  it('reads static, re-exported, dynamic and multi-line imports', () => {
    const source = "import {\n  a,\n} from '../x/a';\nexport { b } from './b';\nconst c = await import('../c');\nimport '../d/side';\nimport z from 'zod';";
    expect(specifiers(source)).toEqual(['../x/a', './b', '../c', '../d/side']);
  });
});
