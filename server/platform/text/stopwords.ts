// Words that say nothing about what is wanted: English function words, and the Cantonese and Mandarin
// function words and particles people mix into needs ("我哋想搵個 chatbot 喺 WhatsApp 答客人嘅問題").
// Kept in the folded form the tokenizer produces, so 係 and 系 are one word, as are 們 and 们.
import { isHan, queryTerms } from './text';

const ENGLISH =
  'a an and are as at be been but by can could do does did for from get got has have had how i if in into is it its ' +
  'just more most need needs needed of on or our ours so such than that the their them then there these they this those ' +
  'to too us use used using want wants wanted was we were what when where which who whom why will with would you your ' +
  'also about each every many much other some per like help any all very can\'t don\'t not no yes only lot lots ' +
  'able make makes made now day days every way ways thing things something etc eg e.g ie i.e. please hi hello ' +
  'looking look find finding someone somebody anyone company companies business businesses firm our ours ' +
  'currently already still always often sometimes really quite rather better best good new ' +
  'stop start started cut run runs running keep kept put take takes took give send sent know see tell told ask asked ' +
  'try trying go going come coming let lets says said seem seems become becomes set sets turn turns ' +
  'one two three four five six seven eight nine ten twenty hundred hundreds thousand thousands dozens few several ' +
  'small large big huge little fast quick quickly slow easy easier hard difficult simple able enough whole ' +
  'today tomorrow yesterday soon later ago since until last next first second third once twice ' +
  'away back out off over under again around through across between both either neither each own same ' +
  'while during after before within whether maybe perhaps probably actually basically must cannot anything nothing everything ' +
  'fancy right amount gets getting goes went spend spends spent half heard hear receive receives received asking wonder ' +
  'think thinking hope hoping pls plz thx thanks asap lah la ar wor ga ge';

// Cantonese and Mandarin: pronouns, particles, copulas, measure words and verbs of wanting and looking.
const CHINESE =
  '我 我們 我哋 你 你們 你哋 佢 佢哋 他們 她們 它 咱們 大家 自己 ' +
  '的 嘅 之 了 咗 着 住 過 緊 吖 呀 啊 啦 喇 嘞 囉 咩 呢 嗎 吧 㗎 喎 噃 啫 咋 嘛 ' +
  '係 是 就 都 也 亦 又 仲 還 再 先 會 能 可以 可 要 想 想要 希望 需要 需 打算 諗住 ' +
  '搵 找 尋找 有冇 有沒有 有 冇 沒有 無 唔 不 未 唔該 麻煩 請問 ' +
  '個 個個 一個 一啲 啲 些 一些 呢個 嗰個 這個 那個 呢啲 嗰啲 這些 那些 邊個 邊 乜 乜嘢 咩嘢 什麼 甚麼 點 點樣 怎樣 如何 ' +
  '喺 在 於 同 和 與 及 以及 或 或者 定 定係 但 但係 不過 因為 所以 如果 假如 而 並 並且 ' +
  '好 好多 很 非常 太 多 少 成日 經常 時常 日日 每日 每天 而家 現在 目前 宜家 已經 ' +
  '用 使用 利用 幫 幫手 幫忙 協助 做 整 搞 弄 處理 計 睇 話 講 知 俾 畀 去 嚟 來 到 出 入 返 開 ' +
  '一 兩 三 四 五 六 七 八 九 十 百 千 萬 幾 ' +
  '公司 企業 我司 本公司 生意 業務 間 家 嘢 東西 方面 問題 情況 ' +
  '等 等等 例如 比如 譬如 包括 上 下 中 內 裏 裡 度 ' +
  // Colloquial fillers, measures of time and amount, and the typed 我地 for 我哋
  '我地 你地 佢地 把 將 被 讓 令 晒 埋 咁 噉 啱 嗰 吓 得 咪 架 裝 ' +
  '大概 大約 左右 最好 知道 想知 唔知 以內 以上 以下 全靠 幾時 有人 突然 提前 一直 不斷 盡量 其實 主要 基本 基本上 ' +
  '部分 大部分 差唔多 差不多 多數 通常 平時 有時 每次 每個 每間 下個月 上個月 今年 明年 個月 星期 禮拜 全部 所有 任何 ' +
  '一齊 成個 成座 時候 點解 為什麼 真係 真的 實在 十分 相當 比較 越嚟越 越來越 愈來愈 即係 就係 其他 另外 同埋 仲有 還有 ' +
  '而且 加上 不如 方法 辦法 小型 大量 中英 眼花 癲 批量 搞掂 搞定 老闆 嘥';

const WORDS = new Set([...queryTerms(ENGLISH), ...queryTerms(CHINESE)]);
/** Single characters that are function words alone; a word made only of them ("想做", "好多") says nothing either. */
const CHARACTERS = new Set([...WORDS].filter((w) => w.length === 1 && isHan(w)));

export function isStopword(term: string): boolean {
  if (WORDS.has(term)) return true;
  return isHan(term) && [...term].every((c) => CHARACTERS.has(c));
}
