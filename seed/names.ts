// Unique bilingual company names: "<place> [<qualifier>] <focus> <kind> <suffix>" / "<地方>[<修飾>]<焦點><類別>有限公司".
import type { Rng } from './random';
import {
  commonKinds, familyKinds, focusWords, legalSuffixes, legalSuffixZh, places, qualifiers,
  type Bi, type Family,
} from './vocabulary';

export type CompanyName = { full: Bi; short: Bi };

/** Tries plain names first and adds a qualifier only when plain combinations keep colliding. */
const PLAIN_TRIES = 12;
const QUALIFIED_TRIES = 200;

export class NameRegistry {
  // Keys are the name without its legal suffix: "Harbour Vision AI Ltd" and "Harbour Vision AI Limited" would be
  // the same company to a reader. The Chinese short name is checked too, because suffixes all render as 有限公司.
  private readonly taken = new Set<string>();

  reserve(short: Bi): void {
    this.taken.add(short.en.toLowerCase());
    this.taken.add(short.zh);
  }

  draw(rng: Rng, family: Family): CompanyName {
    for (let i = 0; i < PLAIN_TRIES + QUALIFIED_TRIES; i++) {
      const short = this.compose(rng, family, i >= PLAIN_TRIES);
      if (this.taken.has(short.en.toLowerCase()) || this.taken.has(short.zh)) continue;
      this.reserve(short);
      const suffix = rng.weighted(legalSuffixes);
      return { short, full: { en: `${short.en} ${suffix}`, zh: short.zh + legalSuffixZh } };
    }
    throw new Error(`could not find a unique name for family ${family}`);
  }

  private compose(rng: Rng, family: Family, qualified: boolean): Bi {
    const parts: Bi[] = [rng.pick(places)];
    if (qualified) parts.push(rng.pick(qualifiers));
    parts.push(rng.pick(focusWords[family]), rng.pick([...commonKinds, ...(familyKinds[family] ?? [])]));
    return { en: parts.map((p) => p.en).join(' '), zh: parts.map((p) => p.zh).join('') };
  }
}
