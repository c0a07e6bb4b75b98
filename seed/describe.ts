// Supplier descriptions in English and Traditional Chinese, written from the supplier's own facts:
// what it offers and to whom, how it works along the AI industry chain, where and in which languages it delivers.
import type { Language, Layer, Market } from '../shared/taxonomy';
import type { Profile } from './profile';
import { sizeIndex } from './profile';
import type { Rng } from './random';
import { sectorClients, type Bi } from './vocabulary';

export function describe(rng: Rng, p: Profile): Bi {
  const sentences = [offer(rng, p), ...(rng.chance(0.75) ? [approach(p.layers)] : []), reach(rng, p)];
  return { en: sentences.map((s) => s.en).join(' '), zh: sentences.map((s) => s.zh).join('') };
}

/** "a, b and c" / "a、b及c" */
export function listOf(items: Bi[]): Bi {
  const join = (words: string[], sep: string, last: string) =>
    words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(sep)}${last}${words.at(-1)}`;
  return { en: join(items.map((i) => i.en), ', ', ' and '), zh: join(items.map((i) => i.zh), '、', '及') };
}

function offer(rng: Rng, p: Profile): Bi {
  const name = p.name.short;
  const caps = listOf(p.capabilities.slice(0, 3).map((c) => c.phrase));
  const clients = listOf(p.sectors.slice(0, 4).map((s) => sectorClients[s]));
  const team = teamOf(p);
  const variants: Bi[] = [
    { en: `${name.en} provides ${caps.en} for ${clients.en}.`, zh: `${name.zh}為${clients.zh}提供${caps.zh}。` },
    { en: `Founded in ${p.foundedYear}, ${name.en} builds ${caps.en} for ${clients.en}.`, zh: `${name.zh}成立於${p.foundedYear}年，為${clients.zh}開發${caps.zh}。` },
    { en: `${name.en} is a ${team.en} focused on ${caps.en}, with most clients among ${clients.en}.`, zh: `${name.zh}是一家${team.zh}，專注${caps.zh}，客戶主要為${clients.zh}。` },
    { en: `${name.en} helps ${clients.en} put ${caps.en} to work.`, zh: `${name.zh}協助${clients.zh}應用${caps.zh}。` },
  ];
  return rng.pick(variants);
}

function teamOf(p: Profile): Bi {
  const i = sizeIndex(p.size);
  if (i <= 1) return { en: 'small specialist team', zh: '小型專業團隊' };
  if (i <= 3) return { en: 'growing Hong Kong company', zh: '發展中的本地企業' };
  if (i <= 5) return { en: 'mid-sized technology firm', zh: '中型科技企業' };
  return { en: 'large technology group', zh: '大型科技集團' };
}

const APPROACH: Record<string, Bi> = {
  basic: { en: 'It supplies the computing and data foundations that other AI teams build on.', zh: '公司提供其他人工智能團隊賴以發展的算力及數據基礎。' },
  technology: { en: 'Its engineers build and tune models and platforms that clients or integrators embed in their own products.', zh: '其工程團隊開發及調校模型與平台，供客戶或系統整合商嵌入自家產品。' },
  application: { en: 'Projects start from a business problem and end with a working system run alongside the client’s staff.', zh: '項目由業務問題出發，最終交付可與客戶員工並肩運作的系統。' },
  'basic+technology': { en: 'It combines its own computing infrastructure with in-house model engineering.', zh: '公司結合自家運算基礎設施與模型工程能力。' },
  'basic+application': { en: 'It pairs its own hardware and data services with ready-to-use applications.', zh: '公司把自家硬件及數據服務與即用型應用結合。' },
  'technology+application': { en: 'It develops its own models and turns them into products that non-technical teams can use.', zh: '公司自行開發模型，並轉化為非技術團隊亦能使用的產品。' },
  'basic+technology+application': { en: 'Working across the whole AI stack, from hardware and data to finished applications, it takes on end-to-end projects.', zh: '公司業務橫跨整條人工智能產業鏈，由硬件、數據到應用，可承接端到端項目。' },
};

function approach(layers: Layer[]): Bi {
  const order: Layer[] = ['basic', 'technology', 'application'];
  return APPROACH[order.filter((l) => layers.includes(l)).join('+')]!;
}

const LANGUAGE_NAMES: Record<Language, Bi> = {
  en: { en: 'English', zh: '英文' },
  'zh-Hant': { en: 'Traditional Chinese', zh: '繁體中文' },
  'zh-Hans': { en: 'Simplified Chinese', zh: '簡體中文' },
};

const MARKET_NAMES: Record<Market, Bi> = {
  'hong-kong': { en: 'Hong Kong', zh: '香港' },
  mainland: { en: 'Mainland China', zh: '內地' },
  overseas: { en: 'overseas markets', zh: '海外市場' },
};

function reach(rng: Rng, p: Profile): Bi {
  const langs = listOf(p.languages.map((l) => LANGUAGE_NAMES[l]));
  const others = listOf(p.markets.filter((m) => m !== p.mainMarket).map((m) => MARKET_NAMES[m]));
  const main = MARKET_NAMES[p.mainMarket];
  if (others.en === '') {
    return rng.pick([
      { en: `It works mainly with clients in ${main.en}, in ${langs.en}.`, zh: `公司主要服務${main.zh}客戶，工作語言為${langs.zh}。` },
      { en: `Projects are delivered in ${langs.en} for clients in ${main.en}.`, zh: `項目以${langs.zh}交付，客戶來自${main.zh}。` },
    ]);
  }
  return rng.pick([
    { en: `Most of its revenue comes from ${main.en}, with further work in ${others.en}; projects run in ${langs.en}.`, zh: `公司收入主要來自${main.zh}，亦服務${others.zh}；項目語言為${langs.zh}。` },
    { en: `Besides ${main.en}, it serves clients in ${others.en} and delivers in ${langs.en}.`, zh: `除${main.zh}外，公司亦服務${others.zh}的客戶，工作語言為${langs.zh}。` },
  ]);
}
