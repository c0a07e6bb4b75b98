// The best few of many in one pass, for a page of hits or of completions: sorting thousands of matches to keep ten
// cost more than the search.

/** The best `k` items offered, best first (`before(a, b) < 0`: a comes first); ties keep the order offered. */
export class Best<T> {
  readonly items: T[] = [];

  constructor(
    private readonly k: number,
    private readonly before: (a: T, b: T) => number,
  ) {}

  offer(item: T): void {
    const { items, k, before } = this;
    if (k <= 0 || (items.length === k && before(item, items[k - 1]!) >= 0)) return;
    let i = items.length < k ? items.length : k - 1;
    while (i > 0 && before(item, items[i - 1]!) < 0) {
      items[i] = items[i - 1]!;
      i--;
    }
    items[i] = item;
  }
}
