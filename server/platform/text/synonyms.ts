// Query-time synonym expansion. Groups are stored as term sequences produced by the query tokenizer, so
// "Computer Vision", "computer-vision" and 電腦視覺/电脑视觉 all match the way the query is split.
import { queryTerms } from './text';

type Entry = { terms: string[]; group: number };

/** A run of query terms [start, end) that equals a synonym, and the other members of its group. */
export type SynonymMatch = { start: number; end: number; alternatives: string[][] };

export class Synonyms {
  private groups: string[][][] = [];
  private byFirstTerm = new Map<string, Entry[]>();

  set(groups: string[][]): void {
    this.groups = groups.map((g) => g.map(queryTerms).filter((t) => t.length > 0));
    this.byFirstTerm.clear();
    this.groups.forEach((members, group) => {
      for (const terms of members) {
        const list = this.byFirstTerm.get(terms[0]!) ?? [];
        list.push({ terms, group });
        // Longest first, so "computer vision" wins over a group that only holds "computer".
        list.sort((a, b) => b.terms.length - a.terms.length);
        this.byFirstTerm.set(terms[0]!, list);
      }
    });
  }

  /** Non-overlapping matches, scanning left to right and preferring the longest phrase. */
  match(terms: string[]): SynonymMatch[] {
    const out: SynonymMatch[] = [];
    for (let i = 0; i < terms.length; ) {
      const entry = this.byFirstTerm.get(terms[i]!)?.find((e) => startsAt(terms, i, e.terms));
      if (!entry) {
        i++;
        continue;
      }
      const own = entry.terms.join(' ');
      const alternatives = this.groups[entry.group]!.filter((t) => t.join(' ') !== own);
      out.push({ start: i, end: i + entry.terms.length, alternatives });
      i += entry.terms.length;
    }
    return out;
  }
}

function startsAt(terms: string[], at: number, phrase: string[]): boolean {
  return phrase.every((t, k) => terms[at + k] === t);
}
