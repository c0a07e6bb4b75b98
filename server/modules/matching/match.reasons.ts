// Reasons as short sentences in the requester's language: the strengths, and also the gaps and unknowns.
import { taxonomy, type Label } from '../../../shared/taxonomy';
import type { Reason, ReasonCode } from './match.score';

export type Lang = 'en' | 'zh-Hant';

type Params = Record<string, string | number>;
type Template = (p: Params, lang: Lang) => string;

function labelOf(list: { key: string; label: Label }[], key: string, lang: Lang): string {
  return list.find((e) => e.key === key)?.label[lang] ?? key;
}

function labels(list: { key: string; label: Label }[], keys: string | number | undefined, lang: Lang): string {
  const parts = String(keys ?? '').split(',').filter(Boolean).map((k) => labelOf(list, k, lang));
  return parts.join(lang === 'en' ? ', ' : '、');
}

const hkd = (n: string | number | undefined) => `HK$${Number(n).toLocaleString('en-HK')}`;
const sector = (p: Params, lang: Lang) => labelOf(taxonomy.sectors, String(p.sector), lang);
const readiness = (p: Params, lang: Lang) => labelOf(taxonomy.readinessLevels, String(p.readiness), lang);

const templates: Record<ReasonCode, { en: Template; 'zh-Hant': Template }> = {
  'text-match': { en: () => 'Their profile and case studies closely match what you described', 'zh-Hant': () => '其簡介及個案研究與你描述的需要十分吻合' },
  'text-weak': { en: () => 'Little in their profile matches the words of your description', 'zh-Hant': () => '其簡介與你的描述用字甚少吻合' },
  'sector-proven': { en: (p, l) => `Has published case studies in ${sector(p, l)}`, 'zh-Hant': (p, l) => `已發表${sector(p, l)}的個案研究` },
  'sector-declared-only': { en: (p, l) => `Serves ${sector(p, l)}, but no case study in your sector yet`, 'zh-Hant': (p, l) => `有服務${sector(p, l)}，但暫未有你所屬行業的個案研究` },
  'sector-missing': { en: (p, l) => `Does not list ${sector(p, l)} among the sectors it serves`, 'zh-Hant': (p, l) => `服務行業未包括${sector(p, l)}` },
  'areas-match': { en: (p, l) => `Works on ${labels(taxonomy.applicationAreas, p.areas, l)}`, 'zh-Hant': (p, l) => `涵蓋${labels(taxonomy.applicationAreas, p.areas, l)}` },
  'areas-missing': { en: (p, l) => `No stated experience in ${labels(taxonomy.applicationAreas, p.areas, l)}`, 'zh-Hant': (p, l) => `未列明${labels(taxonomy.applicationAreas, p.areas, l)}方面的經驗` },
  'budget-fit': { en: (p) => `Typical project (${hkd(p.min)}–${hkd(p.max)}) fits your budget`, 'zh-Hant': (p) => `一般項目（${hkd(p.min)}至${hkd(p.max)}）切合你的預算` },
  'budget-above': { en: (p) => `Typical project starts at ${hkd(p.min)}, above your budget`, 'zh-Hant': (p) => `一般項目由${hkd(p.min)}起，高於你的預算` },
  'budget-below': { en: (p) => `Usually takes smaller projects (up to ${hkd(p.max)})`, 'zh-Hant': (p) => `一般承接較小型項目（最高${hkd(p.max)}）` },
  'budget-unknown': { en: () => 'Has not published a typical project budget', 'zh-Hant': () => '未公布一般項目預算' },
  'budget-unstated': { en: () => 'You have not stated a budget, so budget fit is unknown', 'zh-Hant': () => '你未提供預算，未能判斷預算是否相符' },
  'readiness-fit': { en: (p, l) => `Its offering suits an ${readiness(p, l)} business like yours`, 'zh-Hant': (p, l) => `其服務適合像你一樣屬「${readiness(p, l)}」的企業` },
  'readiness-partial': { en: (p, l) => `Its offering partly suits an ${readiness(p, l)} business`, 'zh-Hant': (p, l) => `其服務部分適合「${readiness(p, l)}」的企業` },
  'readiness-mismatch': { en: (p, l) => `Its offering may be hard to use for an ${readiness(p, l)} business`, 'zh-Hant': (p, l) => `其服務對「${readiness(p, l)}」的企業可能較難應用` },
  'readiness-unknown': { en: () => 'Take the readiness self-assessment to check the fit of its offering', 'zh-Hant': () => '完成人工智能準備度自我評估，即可判斷其服務是否適合你' },
  verified: { en: () => 'Verified by the productivity council', 'zh-Hant': () => '已獲生產力局核實' },
  cases: { en: (p) => `${p.count} published case ${Number(p.count) === 1 ? 'study' : 'studies'}`, 'zh-Hant': (p) => `已發表${p.count}個個案研究` },
  'no-cases': { en: () => 'No published case studies yet', 'zh-Hant': () => '暫未發表個案研究' },
  'language-fit': { en: (p, l) => `Works in ${labels(taxonomy.languages, p.languages, l)}`, 'zh-Hant': (p, l) => `可使用${labels(taxonomy.languages, p.languages, l)}` },
  'language-missing': { en: (p, l) => `Does not list ${labels(taxonomy.languages, p.languages, l)}`, 'zh-Hant': (p, l) => `未列明支援${labels(taxonomy.languages, p.languages, l)}` },
  responsive: { en: (p) => `Replies to inquiries in a median of ${p.hours} hours (${p.rate}% answered)`, 'zh-Hant': (p) => `回覆查詢的時間中位數為${p.hours}小時（回覆率${p.rate}%）` },
  'slow-replies': { en: (p) => `Slow to reply: median ${p.hours} hours, ${p.rate}% answered`, 'zh-Hant': (p) => `回覆較慢：中位數${p.hours}小時，回覆率${p.rate}%` },
};

export function reasonText(reason: Reason, lang: Lang): string {
  return templates[reason.code][lang](reason.params ?? {}, lang);
}
