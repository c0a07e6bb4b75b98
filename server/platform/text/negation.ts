// What a text says is NOT there or NOT wanted. A profile that says "no cameras" or 「不用鏡頭」 does not offer
// cameras, and a need that says "the chef refuses cameras" or 「唔想裝camera」 does not want them: read as plain
// words, both would count as a match. Scopes run from the cue to the end of the clause (English sentences keep
// their commas: "we do not support WhatsApp, Facebook or Cantonese"), and stop at a "but".

/** Any negation, as profiles state limits: "does not forecast", "without face recognition", 「毋須技術人員」. */
const NEGATION_EN = String.raw`\b(?:not(?!\s+(?:only|just)\b)|no|never|without|cannot|can't|can’t|don't|don’t|doesn't|doesn’t|won't|isn't|aren't)\b(?![-‐])`;
/**
 * Chinese negations written as words, never the bare characters: 不 and 無 begin too many ordinary words (不同,
 * 不斷, 無線, 無人機), and 有冇 / 有沒有 ask a question.
 */
const NEGATION_ZH = '不用|不需|不設|不提供|不支援|不支持|不做|不會|不是|並非|毋須|無需|无需|毋需|(?<!有)沒有|(?<!有)没有|(?<!有)冇|唔會|唔係|唔做|唔使|唔用|唔需要';

/**
 * What a need may rule out: a wish not to have something ("don't want cameras", "refuses", "without cameras", 「唔係想搞 chatbot」,
 * 「唔想裝」, 「不要」). Not a wish to be spared work ("don't want to type", "don't want staff replying",
 * 「唔想再人手key」, 「唔使同事寫」), and not "avoid" (one avoids stock-outs, not forecasting). Which words of the clause
 * are really ruled out is for the reader of concepts to decide: a means ("cameras"), not a problem ("warning").
 */
const EXCLUSION_EN = String.raw`\b(?:(?:(?:do|does|did)\s*n[o'’]?t|never)\s+(?:want|need|like)(?!\s+(?:to|staff|our|people|us|them|anyone|employees)\b)|no\s+need\s+for|refuses?|refused|rules?\s+out|ruled\s+out|without|(?:so|hence|therefore)\s+no|not\s+looking\s+for|not\s+interested\s+in|not\s+allowed|(?:won[’']t|will\s+not|does\s*n[o'’]?t|do\s*n[o'’]?t)\s+allow|bans?|banned|forbids?|forbidden|must\s+not\s+use|not\s+use|(?:will\s*not|won[’']t|cannot|can[’']t|do\s*n[o'’]?t|does\s*n[o'’]?t)\s+accept|(?:would|[’']d)\s+rather\s+not|had\s+enough\s+of|no\s+more)\b`;
const RELIEF_ZH = '(?!再?(?:人手|手動|人工|逐|成日|經常|每日|日日|staff|同事|員工|職員|花|嘥|浪費))';
const EXCLUSION_ZH = `(?:唔想|不想|唔要|不要|不需要|唔需要|唔使|拒絕|拒绝|唔好用|唔好裝|不可用|不能用|唔用|不使用|最好唔|唔接受|不接受|唔係想|唔係要|不是要|不是想|並非要|並非想|無意|唔俾|不准|唔准|不允許|不容許|禁止)${RELIEF_ZH}`;
/**
 * Of those cues, the ones that say a thing is not needed ("we do not need translation", 「唔使翻譯」, 「唔係要搞翻譯」)
 * rather than not wanted: what follows is no part of the need, even a problem or a goal (a need tells its problem as a thing it does
 * not want, 「唔想斷貨」, never as a thing it does not need).
 */
const UNNEEDED = /need|looking|interested|需要|唔使|唔係要|唔係想|不是要|不是想|並非要|並非想|無意/i;

/** The end of a clause: a sentence end, or a Chinese comma when the cue was Chinese. */
const END_EN = /[.;!?\n。；！？]|\bbut\b|\bhowever\b|但|不過/i;
const END_ZH = /[,.;!?\n，。；！？]|\bbut\b|但|不過/i;

/**
 * A cue that `reachesBack` rules out the clause before it when nothing follows it: Chinese cues always, English ones
 * only in a need ("which we would rather not have"); a profile's "…, which others do not." says nothing about itself.
 */
type Cue = { pattern: RegExp; zh: boolean; reachesBack: boolean };

const cues = (en: string, zh: string, englishReachesBack: boolean): Cue[] => [
  { pattern: new RegExp(en, 'gi'), zh: false, reachesBack: englishReachesBack },
  { pattern: new RegExp(zh, 'g'), zh: true, reachesBack: true },
];
const NEGATIONS = cues(NEGATION_EN, NEGATION_ZH, false);
const EXCLUSIONS = cues(EXCLUSION_EN, EXCLUSION_ZH, true);

/** From the cue (or the clause before it: `clauseBefore`) to the end of its clause; `words` starts after the cue. */
type Scope = { start: number; words: number; end: number; cue: string };

/**
 * What may follow a cue that names nothing itself: 「唔使幫手」「也不需要」, "which we would rather not have". Not
 * 「唔使換」: keeping what it has rules nothing out (what it already has counts for nothing anyway), nor 「暫時唔使」,
 * not for now.
 */
const NOTHING_AFTER = /^\s*(?:再|也|亦|都)?\s*(?:幫手|幫忙|帮忙|再買|買|理|搞|做|處理|处理)?\s*$|^\s*(?:to\s+)?(?:have|has|it|them|one|that|either|anymore|any\s+more|please)?\s*$/i;

/** A clause that names nothing but who speaks: 「我哋唔要」 and "which we would rather not have" rule out the one before. */
const ONLY_WHO = /^\s*(?:which|that|and|so)?\s*(?:we|i|they)?\s*(?:would|really|also|just|still)?\s*$|^\s*(?:我哋|我們|我们|我|佢哋|佢們|佢|大家)?\s*(?:覺得|觉得|認為|认为|諗)?\s*(?:都|也|亦|真係|真的|完全|根本)?\s*$/i;

/** Where the clause ending at `end` begins (the delimiters right before `end` belong to the clause before). */
function clauseStart(text: string, end: number): number {
  const head = text.slice(0, end).replace(/[\s,.;!?\n，。；！？]+$/, '');
  const ends = [...head.matchAll(/[,.;!?\n，。；！？]/g)];
  return ends.length ? ends.at(-1)!.index + 1 : 0;
}

/**
 * Where the clause before a cue at `at` begins, for a cue with nothing after it (「ESG report 總公司自己寫，唔使幫手」
 * rules out the report); undefined when that clause says 暫時 (for now).
 */
function clauseBefore(text: string, at: number): number | undefined {
  const cue = at - (/(?:也|亦|都)\s*$/.exec(text.slice(0, at))?.[0].length ?? 0);
  let start = clauseStart(text, cue);
  if (start > 0 && ONLY_WHO.test(text.slice(start, cue))) start = clauseStart(text, start);
  return /暫時|暂时/.test(text.slice(start, at)) ? undefined : start;
}

function scopes(text: string, of: Cue[]): Scope[] {
  const found: Scope[] = [];
  for (const { pattern, zh, reachesBack } of of) {
    for (const m of text.matchAll(pattern)) {
      const from = m.index + m[0].length;
      const stop = text.slice(from).search(zh ? END_ZH : END_EN);
      const end = stop < 0 ? text.length : from + stop;
      const before = reachesBack && NOTHING_AFTER.test(text.slice(from, end)) ? clauseBefore(text, m.index) : undefined;
      found.push(before === undefined ? { start: m.index, words: from, end, cue: m[0] } : { start: before, words: before, end, cue: m[0] });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The text with every scope blanked out (offsets kept), and the scopes' words. */
function split(text: string, of: Cue[]): { kept: string; scoped: string[]; cues: string[] } {
  let kept = '';
  let at = 0;
  const scoped: string[] = [];
  const cues: string[] = [];
  for (const s of scopes(text, of)) {
    if (s.end <= at) continue;
    const start = Math.max(s.start, at);
    kept += text.slice(at, start) + ' '.repeat(s.end - start);
    scoped.push(text.slice(Math.max(s.words, start), s.end));
    cues.push(s.cue);
    at = s.end;
  }
  return { kept: kept + text.slice(at), scoped, cues };
}

/** A profile's text without what it says it does not do. */
export function withoutNegated(text: string): string {
  return split(text, NEGATIONS).kept;
}

/** A need's text outside clauses that may rule something out, those clauses' words, and which say "not needed". */
export function splitExclusions(text: string): { wanted: string; excluded: string[]; unneeded: string[] } {
  const { kept, scoped, cues } = split(text, EXCLUSIONS);
  return { wanted: kept, excluded: scoped, unneeded: scoped.filter((_, i) => UNNEEDED.test(cues[i]!)) };
}
