// A small seeded PRNG and the sampling helpers the generator needs.
// Own implementation (mulberry32) so that the same seed gives the same market on every machine and Node version;
// Math.random cannot be seeded.

export interface Rng {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max] (both inclusive). */
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(list: readonly T[]): T;
  /** Picks a value with probability proportional to its weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  /** `k` distinct items, each draw proportional to the remaining weights. */
  sampleWeighted<T>(items: readonly (readonly [T, number])[], k: number): T[];
  /** `k` distinct items, uniformly. */
  sample<T>(list: readonly T[], k: number): T[];
}

export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => {
    if (list.length === 0) throw new Error('pick from an empty list');
    return list[Math.floor(next() * list.length)] as T;
  };
  const weighted = <T>(items: readonly (readonly [T, number])[]): T => {
    const total = items.reduce((sum, [, w]) => sum + w, 0);
    let r = next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return pick(items)[0];
  };
  const sampleWeighted = <T>(items: readonly (readonly [T, number])[], k: number): T[] => {
    const pool = items.filter(([, w]) => w > 0);
    const out: T[] = [];
    while (out.length < k && pool.length > 0) {
      const chosen = weighted(pool);
      out.push(chosen);
      pool.splice(
        pool.findIndex(([item]) => item === chosen),
        1,
      );
    }
    return out;
  };
  const sample = <T>(list: readonly T[], k: number): T[] =>
    sampleWeighted(
      list.map((item) => [item, 1] as const),
      k,
    );
  return { next, int, chance: (p) => next() < p, pick, weighted, sampleWeighted, sample };
}
