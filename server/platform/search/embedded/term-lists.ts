// Every term's postings in one Uint32Array, each list a contiguous run found by its offset and size.
// A typed array per term, doubled as it grew, left ~80 MB of freed backing stores scattered through the
// malloc heap after indexing 60,000 documents (glibc keeps such holes), for 30 MB of postings. One arena is
// one large allocation: replaced whole, it goes straight back to the system.

/** Room each list keeps when the arena is packed, so a few appends do not move it at once. */
const SLACK = 1 / 8;
const MIN_ARENA = 1024;

export class TermLists {
  private arena = new Uint32Array(MIN_ARENA);
  /** First entry not given to any list. */
  private end = 0;
  private offsets = new Int32Array(64);
  private sizes = new Int32Array(64);
  private capacities = new Int32Array(64);
  private count = 0;

  /** The arena: list `t` is `data[offset(t) .. offset(t) + size(t)]`. Appends may replace it. */
  get data(): Uint32Array {
    return this.arena;
  }

  get length(): number {
    return this.count;
  }

  offset(list: number): number {
    return this.offsets[list]!;
  }

  size(list: number): number {
    return this.sizes[list]!;
  }

  /** Starts an empty list; returns its number. */
  create(): number {
    if (this.count === this.offsets.length) {
      this.offsets = grown(this.offsets);
      this.sizes = grown(this.sizes);
      this.capacities = grown(this.capacities);
    }
    this.offsets[this.count] = this.end;
    this.sizes[this.count] = 0;
    this.capacities[this.count] = 0;
    return this.count++;
  }

  append(list: number, entry: number): void {
    if (this.sizes[list] === this.capacities[list]) this.relocate(list, Math.max(2, this.capacities[list]! * 2));
    this.arena[this.offsets[list]! + this.sizes[list]!++] = entry;
  }

  /** Keeps the entries of `list` that `keep` maps to a number, replaced by that number. */
  rewrite(list: number, keep: (entry: number) => number | undefined): void {
    const start = this.offsets[list]!;
    let kept = 0;
    for (let i = 0; i < this.sizes[list]!; i++) {
      const entry = keep(this.arena[start + i]!);
      if (entry !== undefined) this.arena[start + kept++] = entry;
    }
    this.sizes[list] = kept;
  }

  /**
   * Copies the lists, in order and with their slack, into a new arena with `room` entries to spare. `order`
   * (old list numbers, by new number) drops and renumbers lists; `slack`: the room each list keeps.
   */
  pack(room = 0, order?: Int32Array, slack = SLACK): void {
    const old = order ?? Int32Array.from({ length: this.count }, (_, i) => i);
    const capacities = new Int32Array(Math.max(old.length, 64));
    let total = 0;
    for (let i = 0; i < old.length; i++) {
      const size = this.sizes[old[i]!]!;
      capacities[i] = size + Math.ceil(size * slack);
      total += capacities[i]!;
    }
    const arena = new Uint32Array(Math.max(MIN_ARENA, total + room));
    const offsets = new Int32Array(capacities.length);
    const sizes = new Int32Array(capacities.length);
    for (let i = 0, at = 0; i < old.length; at += capacities[i++]!) {
      const from = this.offsets[old[i]!]!;
      sizes[i] = this.sizes[old[i]!]!;
      arena.set(this.arena.subarray(from, from + sizes[i]!), at);
      offsets[i] = at;
    }
    Object.assign(this, { arena, offsets, sizes, capacities, count: old.length, end: total });
  }

  /** Moves a full list to the end of the arena with more room, packing the arena first if it has none. */
  private relocate(list: number, capacity: number): void {
    if (this.end + capacity > this.arena.length) {
      // Packing gives every list its slack back; the spare room makes later moves cheap (amortised).
      this.pack(capacity + Math.ceil(this.end * SLACK));
      if (this.sizes[list]! < this.capacities[list]!) return;
    }
    const start = this.offsets[list]!;
    this.arena.copyWithin(this.end, start, start + this.sizes[list]!);
    this.offsets[list] = this.end;
    this.capacities[list] = capacity;
    this.end += capacity;
  }
}

function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const out = new Int32Array(array.length * 2);
  out.set(array);
  return out;
}
