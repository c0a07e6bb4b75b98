// A need read as concepts, and how much of them a supplier covers. A concept is one idea in the need ("chatbot",
// "廣東話", "overstock") with every way of saying it in both languages (the lexicon and the curated synonyms), so
// a Chinese need finds an English profile and the reverse. Coverage is absolute: the same supplier and need give
// the same figure whoever else is in the market, and whichever side asks.
import { stemmer } from 'stemmer';
import { splitExclusions, withoutNegated } from '../../platform/text/negation';
import { isStopword } from '../../platform/text/stopwords';
import { bothScripts, foldText, isHan, spans, traditional } from '../../platform/text/text';
import { CONCEPT_GROUPS, CONCEPT_WEIGHT, GENERIC_WORDS, PHRASED_WITH_GAPS, READ_IN_CONTEXT, type ConceptGroup } from './match.lexicon';

/** A text's parts that a need rules out or says it does not need (negation.ts). */
type Exclusions = ReturnType<typeof splitExclusions>;

export type Concept = {
  key: string;
  /** The need's own words for it, as the reasons quote them. */
  label: string;
  /** The same idea in the other script, as written (a search query reaches profiles in either language with it). */
  alias?: string;
  /** The lexicon's first word for the idea, when the need says it otherwise ("where to start" is consulting). */
  head?: string;
  weight: number;
  /** A way of meeting a need (cameras, a chatbot) rather than the need itself: what a need can rule out. */
  means?: boolean;
  /** Where or for whom the work is done (a sector, a channel, a language), not the work: match.lexicon.ts. */
  setting?: boolean;
  /** Latin alternatives as stemmed word lists (all words present); Chinese ones as substrings, in both scripts. */
  latin: string[][];
  han: string[];
};

/** How many concepts of a long description count: the rest add noise, not signal. */
const MAX_CONCEPTS = 24;
const TITLE_BOOST = 1.3;
/**
 * What a plain word weighs when only the story names it, not the title or an asking sentence: a long post names
 * much of the business that it asks nothing about ("lorries up to 5.5 tonnes from two yards in Kwai Chung").
 */
const STORY_WORD = 0.7;

/** Stems by word: a profile's words repeat across profiles, and stemming each anew was half of reading one. */
const stems = new Map<string, string>();
const STEMS_KEPT = 100_000;

function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    // "café" and "cafe" are one word: profiles write accents that needs leave out.
    const plain = britishSpelling(/^[\x00-\x7f]*$/.test(word) ? word : word.normalize('NFD').replace(/\p{M}/gu, ''));
    s = plain.length > 3 && /^[a-z]+$/.test(plain) ? stemmer(plain) : plain;
    if (stems.size >= STEMS_KEPT) stems.clear();
    stems.set(word, s);
  }
  return s;
}

const BRITISH: Record<string, string> = { center: 'centre', centers: 'centres', color: 'colour', colors: 'colours', behavior: 'behaviour', labor: 'labour', catalog: 'catalogue', license: 'licence' };

/**
 * A word in the British spelling that profiles, Hong Kong needs and the lexicon mostly use: the stemmer keeps
 * "optimis" but cuts "optimize" to "optim", so "optimize routes" would miss "route optimisation".
 */
function britishSpelling(word: string): string {
  return BRITISH[word] ?? word.replace(/^([a-z]{3,}[iy])z(e|es|ed|ing|ation|ations|er|ers)$/, '$1s$2');
}

type Phrase = { latin?: string[]; words?: string[]; han?: string; group: number };

/** A need read as concepts: what it asks for, and what it rules out ("no cameras", 「唔想裝camera」). */
export type NeedReading = { concepts: Concept[]; excluded: Concept[] };

/**
 * A word of a need this long, not itself known, is read as the lexicon word it is with one letter dropped
 * ("resevations", "cantonse"). Only drops: added or swapped letters turn real words into lexicon words too often
 * ("compliant" / "complaint", "weights" / "weighs"), as do shorter words ("layers" / "lawyers").
 */
const TYPO_MIN_LENGTH = 7;
/**
 * The stemmer cuts some words to a common root ("personalisation" → "person"): a need's word matches a lexicon word
 * by stem only when their lengths are this close, so "8-person firm" is not read as personalisation.
 */
const STEM_LENGTH_SPREAD = 6;

/** The lexicon and the curated synonym groups, prepared for scanning. Built once per set of synonym groups. */
export class Vocabulary {
  private readonly groups: ConceptGroup[];
  private readonly latinByFirst = new Map<string, Phrase[]>();
  private readonly hanPhrases: Phrase[] = [];
  /** Single Latin words of the lexicon, as written, for reading typing slips. */
  private readonly latinWords = new Map<string, number>();
  private readonly generic: Set<string>;
  /** Ambiguous words: the key of the concept whose presence gives them a meaning, and the group of that meaning. */
  private readonly inContext = new Map<string, { context: string; meaning?: number }[]>();

  constructor(synonymGroups: string[][] = []) {
    this.generic = new Set(GENERIC_WORDS.map((w) => latinStems(w).join(' ') || foldText(w)));
    const fromSearch = synonymGroups.map((members) => ({ members, weight: CONCEPT_WEIGHT.capability }));
    this.groups = [...CONCEPT_GROUPS, ...fromSearch].map((g) => (g.members.some((m) => this.isGeneric(m)) ? { ...g, weight: 0 } : g));
    this.groups.forEach((g, group) => {
      for (const member of g.members) {
        if (isHan(member)) this.hanPhrases.push({ han: foldText(member), group });
        else {
          const latin = latinStems(member);
          if (!latin.length) continue;
          const words = spans(member, false).map((w) => w.term);
          if (words.length === 1 && g.weight > 0 && !this.latinWords.has(words[0]!)) this.latinWords.set(words[0]!, group);
          const list = this.latinByFirst.get(latin[0]!) ?? [];
          list.push({ latin, words, group });
          list.sort((a, b) => b.latin!.length - a.latin!.length);
          this.latinByFirst.set(latin[0]!, list);
        }
      }
    });
    this.hanPhrases.sort((a, b) => b.han!.length - a.han!.length);
    const groupOf = (member: string) => this.groups.findIndex((g) => g.members.includes(member));
    for (const { word, context, meaning } of READ_IN_CONTEXT) {
      const group = groupOf(context);
      const meant = meaning ? groupOf(meaning) : -1;
      if (group >= 0) this.inContext.set(word, [...(this.inContext.get(word) ?? []), { context: `g${group}`, meaning: meant >= 0 ? meant : undefined }]);
    }
  }

  isGeneric(word: string): boolean {
    return this.generic.has(latinStems(word).join(' ') || foldText(word));
  }

  /**
   * The need's concepts, heaviest first, and the means it rules out. Only a means (or work it says it does not need)
   * is ruled out, and only when the need does not also ask for it (see `ruledOutDespiteStory`); the lexicon's other
   * ideas in such a clause stay wanted (in "break down without warning" or 「唔想斷貨」 the problem is told in the
   * negative), and its plain words count for neither ("we do not want an expensive enterprise system" must not favour
   * suites that call themselves enterprise). What it says it already has, or is happy with, counts for nothing (`withoutWhatIsHad`, `withoutWhatIsFine`).
   */
  concepts(title: string, description: string): NeedReading {
    const [t, d] = [splitExclusions(title), splitExclusions(description)];
    const clauses = this.collect([...t.excluded.map((c) => [c, true] as const), ...d.excluded.map((c) => [c, false] as const)]);
    const outside = this.collect([[t.wanted, true], [withoutWhatIsFine(withoutWhatIsHad(d.wanted)), false]]);
    // What a need says it does not need is ruled out like a means it refuses ("no translation needed" for a review)
    const unneeded = new Set(this.collect([...t.unneeded.map((c) => [c, true] as const), ...d.unneeded.map((c) => [c, false] as const)]).map((c) => c.key));
    const refused = (c: Concept) => c.means || (isGroupKey(c.key) && unneeded.has(c.key));
    const overridesStory = this.ruledOutDespiteStory(t, d);
    const excluded = clauses.filter((c) => refused(c) && (overridesStory(c) || !outside.some((o) => o.key === c.key)));
    const told = clauses.filter((c) => isGroupKey(c.key) && !refused(c) && !outside.some((o) => o.key === c.key));
    const read = this.inTheirContext([...outside.filter((o) => !excluded.some((e) => e.key === o.key)), ...told]);
    const asking = askingSentences(description);
    const wanted = this.doubted(asking ? this.asked(read, `${title}\n${asking}`) : read, t.wanted, d.wanted);
    return { concepts: wanted.sort((a, b) => b.weight - a.weight).slice(0, MAX_CONCEPTS), excluded };
  }

  /**
   * Someone else's remedy that the SME then doubts ("my son says we need an app. But honestly…", 「阿仔話要整 app，
   * 但…」), or what it puts off until later (「之後再考慮預測」, "forecasting can wait"), is the story, not the work
   * asked for now, unless the SME asks for it in its own words too.
   */
  private doubted(concepts: Concept[], title: string, description: string): Concept[] {
    const [tLater, dLater] = [deferrals(title), deferrals(description)];
    const [t, d] = [suggestions(tLater.rest), suggestions(dLater.rest)];
    const notNow = [t.suggested, tLater.deferred, d.suggested, dLater.deferred];
    if (!notNow.some(Boolean)) return concepts;
    const suggested = new Set(this.collect([[`${t.suggested}\n${tLater.deferred}`, true], [`${d.suggested}\n${dLater.deferred}`, false]]).map((c) => c.key));
    const own = new Set(this.collect([[t.rest, true], [askingSentences(d.rest), false]]).map((c) => c.key));
    return concepts.map((c) => (isCapability(c) && suggested.has(c.key) && !own.has(c.key) ? { ...c, setting: true } : c));
  }

  /**
   * Whether what a need rules out stays ruled out even though its story names it too ("our dispatch system shows
   * where each truck is, so we do not need route planning"; 「有公司提議裝 camera」 beside 「工會唔俾裝 camera」):
   * what is named right after the cue (what follows a comma is the story again: "we do not need hosting, we ARE the
   * data centre"), and not asked for in the title or an asking sentence.
   */
  private ruledOutDespiteStory(t: Exclusions, d: Exclusions): (c: Concept) => boolean {
    const firstPart = (clause: string) => clause.split(/[,，、]/)[0]!;
    const named = new Set(this.collect([...t.excluded.map((c) => [firstPart(c), true] as const), ...d.excluded.map((c) => [firstPart(c), false] as const)]).map((c) => c.key));
    const asked = new Set(this.collect([[t.wanted, true], [askingSentences(d.wanted), false]]).map((c) => c.key));
    return (c) => named.has(c.key) && !c.setting && !asked.has(c.key);
  }

  /**
   * The work a need asks for is what its title and its asking sentences ("we want…", 「想…」) name; work named only
   * in the rest of the story ("customers call to book or complain") is its setting. A need with no asking sentence,
   * or whose asking words name no work the lexicon knows, keeps all it names as work. Plain words of the story
   * weigh less (`STORY_WORD`).
   */
  private asked(concepts: Concept[], ask: string): Concept[] {
    const askedKeys = new Set(this.inTheirContext(this.collect([[ask, false]])).map((c) => c.key));
    const workAsked = concepts.some((c) => isCapability(c) && askedKeys.has(c.key));
    return concepts.map((c) => {
      if (askedKeys.has(c.key)) return c;
      if (isCapability(c)) return workAsked ? { ...c, setting: true } : c;
      return isGroupKey(c.key) ? c : { ...c, weight: c.weight * STORY_WORD };
    });
  }

  /**
   * An ambiguous word whose other meaning the need's other concepts show is found by that meaning's words: "CV" in a
   * hiring need is found in "CV screening" or 履歷, not in "computer vision"; 質檢 in a need about a call centre is a
   * check of calls, not of products; an "order" in a need about suppliers is a purchase order.
   */
  private inTheirContext(concepts: Concept[]): Concept[] {
    const read = concepts.map((c) => {
      const known = this.inContext.get(c.label.toLowerCase())?.find((k) => k.context !== c.key && concepts.some((o) => o.key === k.context));
      if (!known) return c;
      // Read as its meaning, a word weighs what that idea weighs (with the title's boost it had)
      if (known.meaning !== undefined) {
        const weight = (c.weight / this.baseWeight(c.key)) * this.groups[known.meaning]!.weight;
        return { ...c, key: `g${known.meaning}`, weight, ...this.groupConcept(known.meaning, c.label) };
      }
      const meant = concepts.find((o) => o.key === known.context)!;
      return { ...c, key: `${c.key}:${known.context}`, alias: meant.alias, latin: [[stem(c.label.toLowerCase())], ...meant.latin], han: meant.han };
    });
    // A word read as a concept the need also names counts once, at its heavier weight.
    const byKey = new Map<string, Concept>();
    for (const c of read) if (!byKey.has(c.key) || byKey.get(c.key)!.weight < c.weight) byKey.set(c.key, c);
    return [...byKey.values()];
  }

  private collect(texts: (readonly [string, boolean])[]): Concept[] {
    const found = new Map<string, Concept>();
    const add = (key: string, make: () => Omit<Concept, 'key' | 'weight'>, weight: number, inTitle: boolean) => {
      const w = weight * (inTitle ? TITLE_BOOST : 1);
      const known = found.get(key);
      if (known) known.weight = Math.max(known.weight, w);
      else if (weight > 0) found.set(key, { key, weight: w, ...make() });
    };
    for (const [text, inTitle] of texts) this.read(text, inTitle, add);
    return [...found.values()].sort((a, b) => b.weight - a.weight);
  }

  private read(text: string, inTitle: boolean, add: (key: string, make: () => Omit<Concept, 'key' | 'weight'>, weight: number, inTitle: boolean) => void) {
    let rest = foldText(PHRASED_WITH_GAPS.reduce((t, { pattern, as }) => t.replace(pattern, ` ${as} `), text));
    // Chinese phrases first, as substrings: the segmenter splits a phrase differently inside different sentences.
    for (const p of this.hanPhrases) {
      if (!rest.includes(p.han!)) continue;
      rest = rest.split(p.han!).join(' ');
      add(`g${p.group}`, () => this.groupConcept(p.group, originalMember(this.groups[p.group]!, p.han!)), this.groups[p.group]!.weight, inTitle);
    }
    const words = spans(rest);
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (w.cjk) {
        if (w.term.length >= 2 && !isStopword(w.term) && !this.isGeneric(w.term)) add(`h:${w.term}`, () => ({ label: traditional(w.term), latin: [], han: bothScripts(w.term) }), CONCEPT_WEIGHT.plain, inTitle);
        continue;
      }
      const phrase = this.latinPhraseAt(words, i) ?? this.typoAt(w.term);
      if (phrase) {
        const label = words.slice(i, i + phrase.latin!.length).map((x) => x.term).join(' ');
        add(`g${phrase.group}`, () => this.groupConcept(phrase.group, label), this.groups[phrase.group]!.weight, inTitle);
        i += phrase.latin!.length - 1;
      } else if (w.term.length >= 3 && !/\d/.test(w.term) && !isStopword(w.term) && !this.isGeneric(w.term)) {
        add(`t:${stem(w.term)}`, () => ({ label: w.term, latin: [[stem(w.term)]], han: [] }), CONCEPT_WEIGHT.plain, inTitle);
      }
    }
  }

  /**
   * The longest phrase of the lexicon at this word; among equally long ones, one written exactly as the need writes
   * it ("account" is not "accounting", though both stem alike).
   */
  private latinPhraseAt(words: { term: string; cjk: boolean }[], at: number): Phrase | undefined {
    const found = (this.latinByFirst.get(stem(words[at]!.term)) ?? []).filter((p) =>
      p.latin!.every((s, k) => {
        const w = words[at + k];
        return w && !w.cjk && stem(w.term) === s && Math.abs(w.term.length - p.words![k]!.length) <= STEM_LENGTH_SPREAD;
      }));
    const longest = found.filter((p) => p.latin!.length === found[0]?.latin!.length);
    return longest.find((p) => p.words!.every((w, k) => words[at + k]!.term === w)) ?? longest[0];
  }

  /** The lexicon word the need's word is with one letter dropped, when it is no word we know. */
  private typoAt(word: string): Phrase | undefined {
    if (word.length < TYPO_MIN_LENGTH || !/^[a-z]+$/.test(word) || isStopword(word) || this.latinByFirst.has(stem(word))) return undefined;
    for (const [known, group] of this.latinWords) {
      if (known[0] === word[0] && oneLetterDropped(word, known)) return { latin: [stem(known)], words: [word], group };
    }
    return undefined;
  }

  /**
   * A concept's words as a search engine matches them: the lexicon's first word for it and the need's, then every
   * other one-word member as written (the engine matches words and their beginnings, not stems: "advisori" finds no
   * "advisory"), then a few in Chinese.
   */
  queryWords(c: Concept): string[] {
    const group = /^g(\d+)/.exec(c.key);
    const members = group ? this.groups[Number(group[1])]!.members.filter((m) => !isHan(m) && !m.includes(' ')) : c.latin.flat();
    return [...new Set([c.head ?? c.label, c.label, ...members, ...c.han.slice(0, 4)])];
  }

  /** The weight a concept's key gives it before the title's boost. */
  private baseWeight(key: string): number {
    const group = /^g(\d+)$/.exec(key);
    return group ? this.groups[Number(group[1])]!.weight : CONCEPT_WEIGHT.plain;
  }

  private groupConcept(group: number, label: string): Omit<Concept, 'key' | 'weight'> {
    const { members, means, setting } = this.groups[group]!;
    return {
      label,
      means,
      setting,
      alias: members.find((m) => isHan(m) !== isHan(label)),
      head: isHan(members[0]!) || members[0] === label.toLowerCase() ? undefined : members[0],
      latin: members.filter((m) => !isHan(m)).map(latinStems).filter((l) => l.length > 0),
      han: members.filter(isHan).flatMap(bothScripts),
    };
  }
}

/**
 * What the SME already has ("we already use QR Order for ordering", 「已經用緊 WMS」) is no part of what it asks for:
 * read as wanted, it made the supplier of the thing it has look relevant.
 */
const ALREADY = /\balready\s+(?:use|uses|using|used|have|has|had|run|runs|own|owns)\b|已(?:經|经)(?:用|有|裝|装)|用(?:緊|紧|開|开)/i;

/** The text without what it says the SME already has: to the end of its clause or sentence, or to an ask. */
function withoutWhatIsHad(text: string): string {
  // An English comma goes on with a list ("QR ordering, a POS and stock counts"); a Chinese one ends a clause
  const clauses = text.split(/(?<=[.;!?\n。，；！？])|(?<=,)(?=\s*\p{Script=Han})|(?=\bbut\b|\bhowever\b|但|不過)/iu);
  return clauses.map((clause) => {
    const had = ALREADY.exec(clause);
    if (!had) return clause;
    // "我哋用緊 Shopify 想搵人做 SEO": the ask that follows in the same clause stays
    const after = had.index + had[0].length;
    const ask = clause.slice(after).search(ASKING);
    const end = ask < 0 ? clause.length : after + ask;
    return ' '.repeat(end) + clause.slice(end);
  }).join('');
}

/**
 * What the SME says works ("a booking system we are happy with", "the CCTV was upgraded last year", 「收銀機用開都
 * OK」): the words of its clause up to the cue. "None of that needs work" says it of its whole sentence.
 */
const FINE = /\b(?:(?:we|i)\s+(?:are|am)|we[’']re|i[’']m)\s+(?:happy|fine|ok|okay|satisfied|content)\s+with\b|\b(?:works?|working|runs?)\s+(?:fine|well|ok|okay)\b|\b(?:is|are)\s+(?:fine|ok|okay|solid|stable)\b|\bdo(?:es)?\s+the\s+job\b|\bget\s+good\s+reviews\b|\bnot\s+the\s+problem\b|\b(?:was|were)\s+(?:upgraded|replaced|renewed|rebuilt)\s+(?:last|this)\s+year\b|(?:用得好好|用開都\s*(?:ok|幾好)|都\s*ok|冇問題|沒有問題|没有问题|搞得掂|唔使郁|好滿意|幾好用|好好用|好穩定|好\s*stable|都\s*work|運作正常|运作正常)(?=\s*(?:[，。；！？,.;!?\n]|$))/i;
const ALL_FINE = /\bso\s+no\s+need\s+there\b|\bnone\s+of\s+(?:that|this|these|those|them|it)\s+needs?\b|\b(?:all|both)\s+of\s+(?:that|this|these|those|them)\s+(?:is|are|works?)\s+(?:fine|ok|okay)\b|\bthat\s+part\s+(?:is\s+fine|works)\b|嗰(?:part|部分|部份)(?:冇問題|OK|ok|搞得掂)/i;

function withoutWhatIsFine(text: string): string {
  return text.split(/(?<=[.;!?\n。；！？])/).map((sentence) => {
    const all = ALL_FINE.exec(sentence);
    if (all) return ' '.repeat(all.index + all[0].length) + sentence.slice(all.index + all[0].length);
    return sentence.split(/(?<=[,，])/).map((clause) => {
      const fine = FINE.exec(clause);
      return fine ? ' '.repeat(fine.index + fine[0].length) + clause.slice(fine.index + fine[0].length) : clause;
    }).join('');
  }).join('');
}

/** A sentence that asks for something rather than tells the story around it. */
const ASKING = /\b(?:want|wants|need|needs|looking for|look for|looking to|plan to|planning to|intend to|hope|hoping|would like|wish|help us|help me|can ai|how can|is there)\b|想|希望|擬|打算|期望|需要|要求|搵|有冇|有沒有|有没有|可唔可以|能否|如何|點樣|点样|幫手|帮手|幫我|帮我/i;

function askingSentences(text: string): string {
  return text.split(/[.!?\n。！？；;]/).filter((s) => ASKING.test(s)).join('\n');
}

/** Someone else proposing a remedy: a relative, a boss, a colleague, a friend, a vendor. */
const SUGGESTED_BY = new RegExp([
  String.raw`\b(?:(?:my|our|the)\s+(?:[a-z]+\s+)?)?(?:son|daughter|dad|father|mum|mom|mother|wife|husband|boss|gm|manager|owner|director|partner|engineer|colleagues?|friends?|accountant|landlord|consultant|vendor|nephew|niece)\s+(?:says|said|suggested|suggests|proposed|thinks|wants|wanted|keeps saying|insists|read about|recommended|recommends|(?:asked|wants|told)\s+(?:me|us)\s+to)\b`,
  String.raw`\b(?:someone|a friend|a vendor|a salesman|people)\s+(?:told us|suggested|says|said)\b`,
  '(?:boss|consultant|vendor|sales|gm|director|partner|engineer|阿仔|阿女|個仔|個女|老細|老闆|老板|老公|老婆|朋友|同事|經理|经理|師傅|工程師|工程师|會計|業主|业主|阿爸|阿媽|老豆|爸爸|媽媽|有人|供應商|供应商)(?:話|說|说|提議|提议|建議|建议|叫我|覺得|觉得|認為|认为|推介|推薦|推荐)',
].join('|'), 'i');
/**
 * The SME turning from a proposal to its own view ("but honestly", "but I think", 「但我覺得」), not adding a condition
 * to it ("our boss wants a chatbot, but it must speak Cantonese").
 */
const CONTRAST = /\b(?:but|however|though)\b[^.!?\n]{0,20}?\b(?:i|we|our|honestly|actually|really|problem|issue|not)\b|\b(?:honestly|actually|i think|i feel|in my view)\b|我覺得|我觉得|我認為|我认为|我(?:自己)?諗|(?:但|不過|不过|其實|其实)[^。！？\n]{0,6}?(?:我|問題|问题|唔係|不是|其實|其实)/i;
/** How far after a proposal the SME's doubt may come. */
const DOUBT_WITHIN = 300;

/** Putting work off: 「之後再考慮預測」「再談 AI」 name it after the cue; "can wait" and "later" in the same clause. */
const LATER_ZH = /(?:之後|之后|然後|然后|遲啲|迟些|以後|以后)?再(?:考慮|考虑|談|谈|講|讲|算|諗)/;
const LATER_EN = /\b(?:can wait|later on|at a later stage|in a later phase|phase two|next year)\b|\b(?:think about|look at|consider)\b[^.,;!?\n]{0,40}\blater\b/i;

/** What a text puts off until later, and the text without it. */
function deferrals(text: string): { deferred: string; rest: string } {
  const deferred: string[] = [];
  const rest = text.split(/(?<=[,.;!?\n，。；！？])/).map((clause) => {
    const zh = LATER_ZH.exec(clause);
    const from = zh ? zh.index + zh[0].length : LATER_EN.test(clause) ? 0 : clause.length;
    deferred.push(clause.slice(from));
    return clause.slice(0, from) + ' '.repeat(clause.length - from);
  }).join('');
  return { deferred: deferred.join(' ').trim(), rest };
}

/** A text's proposals that the SME doubts, each to its sentence's end or the doubt, and the text without them. */
function suggestions(text: string): { suggested: string; rest: string } {
  const found: string[] = [];
  let rest = text;
  for (let from = 0, m: RegExpExecArray | null; (m = SUGGESTED_BY.exec(rest.slice(from))); ) {
    const start = from + m.index;
    const after = rest.slice(start + m[0].length);
    const doubt = after.slice(0, DOUBT_WITHIN).search(CONTRAST);
    const stop = after.search(/[.!?\n。！？]/);
    const end = start + m[0].length + Math.min(...[doubt, stop, after.length].filter((i) => i >= 0));
    if (doubt >= 0) {
      found.push(rest.slice(start, end));
      rest = rest.slice(0, start) + ' '.repeat(end - start) + rest.slice(end);
    }
    from = end;
  }
  return { suggested: found.join('\n'), rest };
}

function oneLetterDropped(typed: string, known: string): boolean {
  if (known.length !== typed.length + 1) return false;
  const i = [...typed].findIndex((c, k) => c !== known[k]);
  return i < 0 || known.slice(i + 1) === typed.slice(i);
}

/** A concept of the lexicon or the synonym groups, rather than a plain word of the need. */
const isGroupKey = (key: string) => key.startsWith('g');

/** A kind of work the lexicon knows the need asks for (not its setting, not a plain word). */
export const isCapability = (c: Concept) => isGroupKey(c.key) && !c.setting;

function latinStems(text: string): string[] {
  return spans(text, false).map((s) => stem(s.term));
}

/** The member as the lexicon writes it (Traditional), for a label, rather than the folded form found. */
function originalMember(group: ConceptGroup, folded: string): string {
  return group.members.find((m) => foldText(m) === folded) ?? folded;
}

/** A supplier's words, by where they stand: what it says it does weighs more than what its name suggests. */
export type SupplierText = { capabilities: string; name: string; description: string; cases: string };
export const FIELD_WEIGHTS: Record<keyof SupplierText, number> = { capabilities: 1, description: 0.9, name: 0.8, cases: 0.75 };
/** The fields, heaviest first: a concept counts at the weight of the first field that holds it. */
const FIELD_ORDER = (Object.keys(FIELD_WEIGHTS) as (keyof SupplierText)[]).sort((a, b) => FIELD_WEIGHTS[b] - FIELD_WEIGHTS[a]);
const ORDERED_WEIGHTS = FIELD_ORDER.map((key) => FIELD_WEIGHTS[key]);
/** Every answer `conceptFound` gives: nowhere, or the weight of a field. */
export const FOUND_WEIGHTS: readonly number[] = [0, ...ORDERED_WEIGHTS];

/**
 * Every stem any supplier's words hold, numbered once: a profile keeps numbers rather than strings of its own (at
 * 10,000 suppliers the strings and a map per profile took ~60 MB). The vocabulary only grows, by the words profiles use.
 */
const stemIds = new Map<string, number>();
const NOT_HELD = -1;

function stemId(stem: string): number {
  let id = stemIds.get(stem);
  if (id === undefined) stemIds.set(stem, (id = stemIds.size));
  return id;
}

/**
 * A field's text lowercased, for the lexicon's Chinese phrases and its other substrings, split by line: lines with a
 * character beyond Latin-1 (all Chinese) in `wide`, the rest in `narrow`. V8 stores a string with no such character at
 * one byte a character, so the English half of a bilingual field no longer costs two. No term spans a line, so
 * finding it in either part is finding it in the field.
 */
type FieldText = { narrow: string; wide: string; han: boolean };
/**
 * A supplier's words, packed in one array (an array per field cost more in headers than in content): first `held`
 * entries, each a distinct stem id (ascending) shifted left by FIELD_BITS with the fields holding it (bit i for the
 * i-th field of FIELD_ORDER), so one binary search finds a word in all fields; then each field's stem ids in order (a
 * phrase of the lexicon is found only where its words stand together), field i from `starts[i]` to `starts[i + 1]`.
 * Scoring a need's 450–550 candidates asks this thousands of times.
 */
export type SupplierTerms = { words: Uint32Array; held: number; starts: number[]; texts: FieldText[] };
const FIELD_BITS = 4;
const FIELDS_MASK = (1 << FIELD_BITS) - 1;

/** How far apart the words of a phrase may stand in a profile: "call quality" is not "quality … call-back". */
const PHRASE_WINDOW = 3;

export function supplierTerms(text: SupplierText): SupplierTerms {
  const bitsOf = new Map<number, number>();
  // What a profile says it does not do is not on offer: "no cameras" does not match a need about cameras.
  const fieldTexts = FIELD_ORDER.map((key) => withoutNegated(text[key]));
  const fieldStems = fieldTexts.map((t, i) => {
    const ids = latinStems(t).map(stemId);
    for (const id of ids) bitsOf.set(id, (bitsOf.get(id) ?? 0) | (1 << i));
    return ids;
  });
  const held = [...bitsOf.keys()].sort((x, y) => x - y);
  const words = new Uint32Array(held.length + fieldStems.reduce((n, ids) => n + ids.length, 0));
  held.forEach((id, k) => (words[k] = (id << FIELD_BITS) | bitsOf.get(id)!));
  const starts = [held.length];
  for (const ids of fieldStems) {
    words.set(ids, starts.at(-1)!);
    starts.push(starts.at(-1)! + ids.length);
  }
  return { words, held: held.length, starts, texts: fieldTexts.map(fieldText) };
}

function fieldText(t: string): FieldText {
  const narrow: string[] = [];
  const wide: string[] = [];
  for (const line of t.toLowerCase().split('\n')) (/[^\u0000-\u00ff]/.test(line) ? wide : narrow).push(line);
  const joined = wide.join('\n');
  return { narrow: copied(narrow.join('\n'), 'latin1'), wide: copied(joined, 'utf16le'), han: isHan(joined) };
}

/**
 * A fresh copy of the string: a piece of a longer string keeps the whole of it alive and its width (two bytes a
 * character once any character needs them), whatever the piece holds.
 */
function copied(text: string, encoding: 'latin1' | 'utf16le'): string {
  return Buffer.from(text, encoding).toString(encoding);
}

/** The fields holding the stem (bits, see SupplierTerms), 0 when none does. */
function fieldsHolding({ words, held }: SupplierTerms, id: number): number {
  let low = 0;
  let high = held - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const at = words[mid]! >>> FIELD_BITS;
    if (at === id) return words[mid]! & FIELDS_MASK;
    if (at < id) low = mid + 1;
    else high = mid - 1;
  }
  return 0;
}

/**
 * A concept's ways of being said, split for lookups: one-word Latin stems (a map lookup each), longer Latin phrases,
 * and Chinese substrings; those holding a Chinese character (all the lexicon's) cannot be in a field without one.
 */
type Sought = { words: string[]; phrases: string[][]; han: string[]; other: string[]; ids?: SoughtIds };
/**
 * A Sought's Latin stems as stem ids, leaving out what no profile holds (it cannot be found anywhere). Worked out
 * again only when the vocabulary has grown since and something was left out.
 */
type SoughtIds = { words: number[]; phrases: number[][]; vocabulary: number; complete: boolean };
const soughtBy = new WeakMap<Concept, Sought>();
/** One Sought per distinct way of saying a concept, so the same concept in many needs is one memo entry. */
const distinct = new Map<string, Sought>();
const DISTINCT_KEPT = 50_000;

function sought(concept: Concept): Sought {
  let s = soughtBy.get(concept);
  if (!s) {
    const key = JSON.stringify([concept.latin, concept.han]);
    s = distinct.get(key);
    if (!s) {
      s = {
        words: [...new Set(concept.latin.filter((l) => l.length === 1).map((l) => l[0]!))],
        phrases: concept.latin.filter((l) => l.length > 1),
        han: concept.han.filter((h) => isHan(h)),
        other: concept.han.filter((h) => !isHan(h)),
      };
      if (distinct.size >= DISTINCT_KEPT) distinct.clear();
      distinct.set(key, s);
    }
    soughtBy.set(concept, s);
  }
  return s;
}

function idsOf(s: Sought): SoughtIds {
  if (s.ids && (s.ids.complete || s.ids.vocabulary === stemIds.size)) return s.ids;
  const idOf = (stem: string) => stemIds.get(stem) ?? NOT_HELD;
  const words = s.words.map(idOf);
  const phrases = s.phrases.map((p) => p.map(idOf));
  const found = (id: number) => id !== NOT_HELD;
  const kept = { words: words.filter(found), phrases: phrases.filter((p) => p.every(found)) };
  const complete = kept.words.length === words.length && kept.phrases.length === phrases.length;
  return (s.ids = { ...kept, vocabulary: stemIds.size, complete });
}

/**
 * Whether the phrase's stems stand together in field `i`: each within PHRASE_WINDOW of one place of the first.
 */
function phraseIn(phrase: number[], { words, starts }: SupplierTerms, i: number): boolean {
  const from = starts[i]!;
  const to = starts[i + 1]!;
  const first = phrase[0];
  for (let at = from; at < to; at++) {
    if (words[at] !== first) continue;
    let together = true;
    for (let k = 1; k < phrase.length && together; k++) together = standsNear(words, phrase[k]!, at, from, to);
    if (together) return true;
  }
  return false;
}

function standsNear(words: Uint32Array, stem: number, at: number, from: number, to: number): boolean {
  const last = Math.min(to - 1, at + PHRASE_WINDOW);
  for (let p = Math.max(from, at - PHRASE_WINDOW); p <= last; p++) if (words[p] === stem) return true;
  return false;
}

/** Whether every stem of the phrase is somewhere in the field (bit): only then can the phrase stand there. */
function allIn(phrase: number[], terms: SupplierTerms, bit: number): boolean {
  for (const id of phrase) if (!(fieldsHolding(terms, id) & bit)) return false;
  return true;
}

/**
 * What `conceptFound` answered for one supplier, by way of saying a concept: a supplier's opportunities ask about
 * the same concepts in many of the 1,000 needs they rank.
 */
export type FoundMemo = Map<Sought, number>;

/** Where a concept is found in a supplier's words: the weight of the best field, 0 when nowhere. */
export function conceptFound(concept: Concept, terms: SupplierTerms, memo?: FoundMemo): number {
  const s = sought(concept);
  if (!memo) return foundIn(s, terms);
  let found = memo.get(s);
  if (found === undefined) memo.set(s, (found = foundIn(s, terms)));
  return found;
}

function foundIn(s: Sought, terms: SupplierTerms): number {
  const { han, other } = s;
  const { words, phrases } = idsOf(s);
  let held = 0;
  for (const w of words) held |= fieldsHolding(terms, w);
  for (let i = 0; i < terms.texts.length; i++) {
    const bit = 1 << i;
    if (held & bit) return ORDERED_WEIGHTS[i]!;
    const f = terms.texts[i]!;
    if (f.han) for (const h of han) if (f.wide.includes(h)) return ORDERED_WEIGHTS[i]!;
    for (const h of other) if (f.narrow.includes(h) || f.wide.includes(h)) return ORDERED_WEIGHTS[i]!;
    for (const p of phrases) if (allIn(p, terms, bit) && phraseIn(p, terms, i)) return ORDERED_WEIGHTS[i]!;
  }
  return 0;
}
