// Reasons as short sentences in the requester's language: the strengths, and also the gaps and unknowns.
import type { DataConstraint } from '../../../shared/needKeys';
import { taxonomy, type Label } from '../../../shared/taxonomy';
import type { Reason, ReasonCode } from './match.score';

export type Lang = 'en' | 'zh-Hant';
/** Who reads the reason: the SME about a supplier, or the supplier about an SME's need. */
export type Perspective = 'sme' | 'supplier';

type Params = Record<string, string | number>;
type Template = (p: Params, lang: Lang) => string;

function labelOf(list: { key: string; label: Label }[], key: string, lang: Lang): string {
  return list.find((e) => e.key === key)?.label[lang] ?? key;
}

function labels(list: { key: string; label: Label }[], keys: string | number | undefined, lang: Lang): string {
  const parts = String(keys ?? '').split(',').filter(Boolean).map((k) => labelOf(list, k, lang));
  return parts.join(lang === 'en' ? ', ' : '、');
}

/** The need's own words a reason quotes (joined with "|" in the reason's params), as a list in the reader's language. */
function words(p: Params, lang: Lang): string {
  const list = String(p.terms ?? '').split('|').filter(Boolean);
  return lang === 'en' ? list.join(', ') : list.join('、');
}

const CONSTRAINT_LABELS: Record<DataConstraint, Record<Lang, string>> = {
  'data-in-hong-kong': { en: 'data stays in Hong Kong', 'zh-Hant': '數據留在香港' },
  'on-premises-only': { en: 'runs on your premises', 'zh-Hant': '可在你的場地內運行' },
  'personal-data': { en: 'data processing terms and deletion on request', 'zh-Hant': '資料處理條款及應要求刪除資料' },
  'no-cloud-training': { en: 'your data does not train models', 'zh-Hant': '你的數據不會用於訓練模型' },
  'no-overseas-ai-apis': { en: 'no overseas AI services', 'zh-Hant': '不使用海外人工智能服務' },
  'cantonese-required': { en: 'understands Cantonese', 'zh-Hant': '能處理廣東話' },
};

const constraints = (p: Params, lang: Lang) =>
  String(p.constraints ?? '').split(',').filter(Boolean).map((k) => CONSTRAINT_LABELS[k as DataConstraint]?.[lang] ?? k).join(lang === 'en' ? '; ' : '；');

const reviewers = (p: Params) => `${p.count} ${Number(p.count) === 1 ? 'SME' : 'SMEs'}`;

/** Made once: `toLocaleString('en-HK')` makes the same formatter on every call. */
const HK_NUMBER = new Intl.NumberFormat('en-HK');
const hkd = (n: string | number | undefined) => `HK$${HK_NUMBER.format(Number(n))}`;
const sector = (p: Params, lang: Lang) => labelOf(taxonomy.sectors, String(p.sector), lang);
const readiness = (p: Params, lang: Lang) => labelOf(taxonomy.readinessLevels, String(p.readiness), lang);

const forSme: Record<ReasonCode, { en: Template; 'zh-Hant': Template }> = {
  'text-match': { en: (p, l) => `Their profile and case studies match what you described: ${words(p, l)}`, 'zh-Hant': (p, l) => `其簡介及個案研究與你描述的需要吻合：${words(p, l)}` },
  'text-partial': { en: (p, l) => `Their profile matches part of what you described: ${words(p, l)}`, 'zh-Hant': (p, l) => `其簡介與你描述的部分需要吻合：${words(p, l)}` },
  'text-weak': {
    en: (p, l) => (p.terms ? `Little of what you described is in their profile (only ${words(p, l)})` : 'Nothing you described is in their profile'),
    'zh-Hant': (p, l) => (p.terms ? `其簡介與你描述的需要甚少吻合（只有${words(p, l)}）` : '其簡介與你描述的需要並不吻合'),
  },
  'text-missing': { en: (p, l) => `Not found in their profile: ${words(p, l)}`, 'zh-Hant': (p, l) => `其簡介未有提及：${words(p, l)}` },
  'text-excluded': { en: (p, l) => `Offers what you ruled out: ${words(p, l)}`, 'zh-Hant': (p, l) => `提供你表明不要的：${words(p, l)}` },
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
  reviews: { en: (p) => `Rated ${p.average} / 5 by ${reviewers(p)} that hired it through AI Bridge`, 'zh-Hant': (p) => `${p.count}家經AI Bridge聘用的企業評分為${p.average} / 5` },
  'reviews-low': { en: (p) => `Rated only ${p.average} / 5 by ${reviewers(p)} that hired it through AI Bridge`, 'zh-Hant': (p) => `${p.count}家經AI Bridge聘用的企業評分只有${p.average} / 5` },
  'language-fit': { en: (p, l) => `Works in ${labels(taxonomy.languages, p.languages, l)}`, 'zh-Hant': (p, l) => `可使用${labels(taxonomy.languages, p.languages, l)}` },
  'language-missing': { en: (p, l) => `Does not list ${labels(taxonomy.languages, p.languages, l)}`, 'zh-Hant': (p, l) => `未列明支援${labels(taxonomy.languages, p.languages, l)}` },
  'constraints-fit': { en: (p, l) => `Declares on its due-diligence card: ${constraints(p, l)}`, 'zh-Hant': (p, l) => `其盡職審查資料聲明：${constraints(p, l)}` },
  'constraints-unknown': { en: (p, l) => `Has not declared whether: ${constraints(p, l)}`, 'zh-Hant': (p, l) => `未有聲明是否：${constraints(p, l)}` },
  'constraints-conflict': { en: (p, l) => `Declares it does not meet your requirement: ${constraints(p, l)}`, 'zh-Hant': (p, l) => `其聲明不符合你的要求：${constraints(p, l)}` },
  responsive: { en: (p) => `Replies to inquiries in a median of ${p.hours} hours (${p.rate}% answered)`, 'zh-Hant': (p) => `回覆查詢的時間中位數為${p.hours}小時（回覆率${p.rate}%）` },
  'slow-replies': { en: (p) => `Slow to reply: median ${p.hours} hours, ${p.rate}% answered`, 'zh-Hant': (p) => `回覆較慢：中位數${p.hours}小時，回覆率${p.rate}%` },
};

const forSupplier: Record<ReasonCode, { en: Template; 'zh-Hant': Template }> = {
  'text-match': { en: (p, l) => `Your profile covers what the need asks for: ${words(p, l)}`, 'zh-Hant': (p, l) => `你的簡介涵蓋這項需要的內容：${words(p, l)}` },
  'text-partial': { en: (p, l) => `Your profile covers part of what the need asks for: ${words(p, l)}`, 'zh-Hant': (p, l) => `你的簡介涵蓋這項需要的部分內容：${words(p, l)}` },
  'text-weak': {
    en: (p, l) => (p.terms ? `Little of the need is in your profile (only ${words(p, l)})` : 'Nothing the need asks for is in your profile'),
    'zh-Hant': (p, l) => (p.terms ? `這項需要與你的簡介甚少吻合（只有${words(p, l)}）` : '這項需要與你的簡介並不吻合'),
  },
  'text-missing': { en: (p, l) => `Not in your profile: ${words(p, l)}`, 'zh-Hant': (p, l) => `你的簡介未有提及：${words(p, l)}` },
  'text-excluded': { en: (p, l) => `Your profile offers what the need rules out: ${words(p, l)}`, 'zh-Hant': (p, l) => `你的簡介提供了這項需要表明不要的：${words(p, l)}` },
  'sector-proven': { en: (p, l) => `You have published case studies in ${sector(p, l)}`, 'zh-Hant': (p, l) => `你已發表${sector(p, l)}的個案研究` },
  'sector-declared-only': { en: (p, l) => `You serve ${sector(p, l)}, but have no case study there yet`, 'zh-Hant': (p, l) => `你有服務${sector(p, l)}，但暫未有該行業的個案研究` },
  'sector-missing': { en: (p, l) => `${sector(p, l)} is not among the sectors you serve`, 'zh-Hant': (p, l) => `${sector(p, l)}不在你的服務行業之列` },
  'areas-match': { en: (p, l) => `It asks for ${labels(taxonomy.applicationAreas, p.areas, l)}, which you cover`, 'zh-Hant': (p, l) => `需要涉及你涵蓋的${labels(taxonomy.applicationAreas, p.areas, l)}` },
  'areas-missing': { en: (p, l) => `It asks for ${labels(taxonomy.applicationAreas, p.areas, l)}, which your profile does not list`, 'zh-Hant': (p, l) => `需要涉及你簡介未列明的${labels(taxonomy.applicationAreas, p.areas, l)}` },
  'budget-fit': { en: () => 'Its budget fits your typical project', 'zh-Hant': () => '其預算切合你的一般項目' },
  'budget-above': { en: (p) => `Its budget is below your typical starting price of ${hkd(p.min)}`, 'zh-Hant': (p) => `其預算低於你一般項目的起價${hkd(p.min)}` },
  'budget-below': { en: (p) => `Its budget is above your usual project size (up to ${hkd(p.max)})`, 'zh-Hant': (p) => `其預算高於你一般項目的規模（最高${hkd(p.max)}）` },
  'budget-unknown': { en: () => 'Publish your typical project budget to see the budget fit', 'zh-Hant': () => '公布你的一般項目預算，即可判斷預算是否相符' },
  'budget-unstated': { en: () => 'The enterprise has not stated a budget', 'zh-Hant': () => '該企業未提供預算' },
  'readiness-fit': { en: (p, l) => `Your offering suits an ${readiness(p, l)} enterprise like this one`, 'zh-Hant': (p, l) => `你的服務適合這家屬「${readiness(p, l)}」的企業` },
  'readiness-partial': { en: (p, l) => `Your offering partly suits an ${readiness(p, l)} enterprise`, 'zh-Hant': (p, l) => `你的服務部分適合「${readiness(p, l)}」的企業` },
  'readiness-mismatch': { en: (p, l) => `An ${readiness(p, l)} enterprise may find your offering hard to use`, 'zh-Hant': (p, l) => `「${readiness(p, l)}」的企業可能較難應用你的服務` },
  'readiness-unknown': { en: () => 'The enterprise has not assessed its AI readiness', 'zh-Hant': () => '該企業未評估其人工智能準備度' },
  verified: { en: () => 'Your verification counts in your favour', 'zh-Hant': () => '你的核實資格有助配對' },
  cases: { en: (p) => `Your ${p.count} published case ${Number(p.count) === 1 ? 'study counts' : 'studies count'} as evidence`, 'zh-Hant': (p) => `你已發表的${p.count}個個案研究可作佐證` },
  'no-cases': { en: () => 'Publish case studies to show evidence of your work', 'zh-Hant': () => '發表個案研究以展示你的工作成果' },
  reviews: { en: (p) => `Your reviews (${p.average} / 5 from ${reviewers(p)}) count as evidence`, 'zh-Hant': (p) => `你的評價（${p.count}家企業，${p.average} / 5）可作佐證` },
  'reviews-low': { en: (p) => `Your reviews average only ${p.average} / 5 (${reviewers(p)})`, 'zh-Hant': (p) => `你的評價平均只有${p.average} / 5（${p.count}家企業）` },
  'language-fit': { en: (p, l) => `It wants ${labels(taxonomy.languages, p.languages, l)}, which you offer`, 'zh-Hant': (p, l) => `需要${labels(taxonomy.languages, p.languages, l)}，你均有提供` },
  'language-missing': { en: (p, l) => `It wants ${labels(taxonomy.languages, p.languages, l)}, which you do not list`, 'zh-Hant': (p, l) => `需要你未列明支援的${labels(taxonomy.languages, p.languages, l)}` },
  'constraints-fit': { en: (p, l) => `Your due-diligence card meets its requirements: ${constraints(p, l)}`, 'zh-Hant': (p, l) => `你的盡職審查資料符合其要求：${constraints(p, l)}` },
  'constraints-unknown': { en: (p, l) => `Declare on your due-diligence card whether: ${constraints(p, l)}`, 'zh-Hant': (p, l) => `請在盡職審查資料中聲明是否：${constraints(p, l)}` },
  'constraints-conflict': { en: (p, l) => `Your due-diligence card does not meet its requirement: ${constraints(p, l)}`, 'zh-Hant': (p, l) => `你的盡職審查資料不符合其要求：${constraints(p, l)}` },
  responsive: { en: (p) => `You reply in a median of ${p.hours} hours`, 'zh-Hant': (p) => `你回覆的時間中位數為${p.hours}小時` },
  'slow-replies': { en: (p) => `Your replies are slow (median ${p.hours} hours, ${p.rate}% answered)`, 'zh-Hant': (p) => `你的回覆較慢（中位數${p.hours}小時，回覆率${p.rate}%）` },
};

export function reasonText(reason: Reason, lang: Lang, perspective: Perspective = 'sme'): string {
  const templates = perspective === 'sme' ? forSme : forSupplier;
  return templates[reason.code][lang](reason.params ?? {}, lang);
}
