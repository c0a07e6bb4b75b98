// A stored document packed into two strings: at 50,000 case studies, an object per document with a dozen strings
// and three boxed numbers of its own was ~440 bytes of headers and pointers each beside the text (22 MB). Packed,
// a document is its text (one string of one-byte characters, one of two-byte ones) and a list of the values it
// shares with others (filter values, lists); it is unpacked into a fresh object when read (a hit, a page).
import type { Doc } from './postings';

/** How a field's value is kept (see `pack`). */
const enum Kind {
  Narrow = 'a',
  Wide = 'w',
  /** The end of the previous two-byte text, its length in the narrow text (a case study's Chinese outcome ends `textZh`). */
  Suffix = 'x',
  Number = 'n',
  True = 'T',
  False = 'F',
  Undefined = 'u',
  Null = 'z',
  /** Kept as it is, in `shared`: a filter value, a list, an object. */
  Kept = 'r',
}

/**
 * The keys of a document, in order, and how each value is kept: few distinct shapes, each stored once, each with
 * the function that builds its documents (see `builder`).
 */
type Shape = { readonly keys: readonly string[]; readonly kinds: string; readonly build: Build };
type Build = (narrow: string[], wide: string[], shared: readonly unknown[] | null) => Doc;

/** Separates the values in a text: a value holding one is kept as it is. */
const SEP = '\u0000';
/** Shorter suffixes are not worth a reference. */
const MIN_SUFFIX = 8;

export class PackedDoc {
  constructor(
    readonly shape: Shape,
    readonly narrow: string,
    readonly wide: string,
    readonly shared: readonly unknown[] | null,
  ) {}
}

export class DocPacker {
  private readonly shapes = new Map<string, Shape>();

  /** `keep(key, value)`: true for a value to keep as it is (a shared filter value, say). */
  constructor(private readonly keep: (key: string, value: unknown) => boolean) {}

  pack(doc: Doc): PackedDoc {
    const keys = Object.keys(doc);
    let kinds = '';
    const narrow: string[] = [];
    const wide: string[] = [];
    const shared: unknown[] = [];
    for (const key of keys) {
      const value = doc[key];
      const kind = this.kindOf(key, value, wide.at(-1));
      kinds += kind;
      if (kind === Kind.Narrow || kind === Kind.Number) narrow.push(String(value));
      else if (kind === Kind.Wide) wide.push(value as string);
      else if (kind === Kind.Suffix) narrow.push(String((value as string).length));
      else if (kind === Kind.Kept) shared.push(value);
    }
    // A copy of exactly its length: the list grown by push kept room for 17 values (7 MB at 50,000 documents).
    return new PackedDoc(this.shape(keys, kinds), narrow.join(SEP), wide.join(SEP), shared.length ? shared.slice() : null);
  }

  private kindOf(key: string, value: unknown, lastWide: string | undefined): Kind {
    if (value === undefined) return Kind.Undefined;
    if (value === null) return Kind.Null;
    if (value === true) return Kind.True;
    if (value === false) return Kind.False;
    // String(n) gives back n exactly, but for -0.
    if (typeof value === 'number') return Object.is(value, -0) ? Kind.Kept : Kind.Number;
    if (typeof value !== 'string' || value.includes(SEP) || this.keep(key, value)) return Kind.Kept;
    if (value.length >= MIN_SUFFIX && lastWide?.endsWith(value)) return Kind.Suffix;
    return /[^\u0000-\u00ff]/.test(value) ? Kind.Wide : Kind.Narrow;
  }

  private shape(keys: string[], kinds: string): Shape {
    const id = `${kinds}${SEP}${keys.join(SEP)}`;
    let known = this.shapes.get(id);
    if (!known) this.shapes.set(id, (known = Object.freeze({ keys: Object.freeze(keys), kinds, build: builder(keys, kinds) })));
    return known;
  }
}

/** The document as it was packed: the same keys in the same order, equal values. */
export function unpack({ shape, narrow, wide, shared }: PackedDoc): Doc {
  return shape.build(narrow.split(SEP), wide.split(SEP), shared);
}

/**
 * A shape's documents built by one object literal, compiled once per shape: assigning the keys one by one took
 * 2.7 µs a case study, 50 µs for a page of hits. The keys go in as JSON string literals; a `__proto__` key (which
 * a literal would take as the prototype) is assigned instead.
 */
function builder(keys: readonly string[], kinds: string): Build {
  if (keys.includes('__proto__')) return (narrow, wide, shared) => assigned(keys, kinds, narrow, wide, shared);
  let n = 0;
  let w = 0;
  let s = 0;
  const values = keys.map((_, i) => {
    switch (kinds[i] as Kind) {
      case Kind.Narrow: return `n[${n++}]`;
      case Kind.Wide: return `w[${w++}]`;
      case Kind.Suffix: return `w[${w - 1}].slice(w[${w - 1}].length - n[${n++}])`;
      case Kind.Number: return `+n[${n++}]`;
      case Kind.True: return 'true';
      case Kind.False: return 'false';
      case Kind.Undefined: return 'undefined';
      case Kind.Null: return 'null';
      case Kind.Kept: return `s[${s++}]`;
    }
  });
  const literal = keys.map((key, i) => `${JSON.stringify(key)}: ${values[i]}`).join(', ');
  return new Function('n', 'w', 's', `return { ${literal} };`) as Build;
}

function assigned(keys: readonly string[], kinds: string, narrowParts: string[], wideParts: string[], shared: readonly unknown[] | null): Doc {
  let n = 0;
  let w = 0;
  let s = 0;
  const doc: Record<string, unknown> = {};
  for (let i = 0; i < keys.length; i++) {
    let value: unknown;
    switch (kinds[i] as Kind) {
      case Kind.Narrow: value = narrowParts[n++]; break;
      case Kind.Wide: value = wideParts[w++]; break;
      case Kind.Suffix: {
        const last = wideParts[w - 1]!;
        value = last.slice(last.length - Number(narrowParts[n++]));
        break;
      }
      case Kind.Number: value = Number(narrowParts[n++]); break;
      case Kind.True: value = true; break;
      case Kind.False: value = false; break;
      case Kind.Undefined: value = undefined; break;
      case Kind.Null: value = null; break;
      case Kind.Kept: value = shared![s++]; break;
    }
    Object.defineProperty(doc, keys[i]!, { value, enumerable: true, writable: true, configurable: true });
  }
  return doc as Doc;
}

/** One field of a packed document, without unpacking the others (undefined when it has none). */
export function packedField(packed: PackedDoc, field: string): unknown {
  const { keys, kinds } = packed.shape;
  const at = keys.indexOf(field);
  const kind = kinds[at] as Kind;
  if (kind !== Kind.Narrow && kind !== Kind.Wide) return at < 0 ? undefined : (unpack(packed) as Record<string, unknown>)[field];
  let nth = 0;
  for (let i = 0; i < at; i++) if (inText(kinds[i] as Kind) === inText(kind)) nth++;
  return nthPart(kind === Kind.Wide ? packed.wide : packed.narrow, nth);
}

/** Which text holds a kind's value, if any. */
function inText(kind: Kind): 'narrow' | 'wide' | null {
  if (kind === Kind.Wide) return 'wide';
  return kind === Kind.Narrow || kind === Kind.Number || kind === Kind.Suffix ? 'narrow' : null;
}

function nthPart(text: string, nth: number): string {
  let start = 0;
  for (let k = 0; k < nth; k++) start = text.indexOf(SEP, start) + 1;
  const end = text.indexOf(SEP, start);
  return text.slice(start, end < 0 ? text.length : end);
}
