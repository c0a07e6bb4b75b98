// Ranking metrics with graded relevance.
export function dcg(gains: number[]): number {
  return gains.reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);
}

export function ndcgAt(k: number, ranked: string[], grades: Record<string, number>): number {
  const ideal = dcg(Object.values(grades).sort((a, b) => b - a).slice(0, k));
  return ideal === 0 ? 0 : dcg(ranked.slice(0, k).map((id) => grades[id] ?? 0)) / ideal;
}

/** Share of the top k with any relevance (grade ≥ 1), over k. */
export function precisionAt(k: number, ranked: string[], grades: Record<string, number>): number {
  return ranked.slice(0, k).filter((id) => (grades[id] ?? 0) > 0).length / k;
}

export const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
