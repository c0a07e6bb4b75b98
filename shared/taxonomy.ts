// The product's vocabulary, taken from the Hong Kong AI Industry Development Study, documented for users in
// docs/taxonomy.md (the taxonomy test holds the two equal). The keys are the public contract: imports, API filters
// and URLs use them. Never rename one.

export type Label = { en: string; 'zh-Hant': string };

type Entry<K extends string> = { key: K; label: Label };

function entries<const K extends string>(list: readonly (readonly [K, string, string])[]): Entry<K>[] {
  return list.map(([key, en, zh]) => ({ key, label: { en, 'zh-Hant': zh } }));
}

export const layers = entries([
  ['basic', 'Basic layer (upstream)', '基礎層（上游）'],
  ['technology', 'Technology layer (midstream)', '技術層（中游）'],
  ['application', 'Application layer (downstream)', '應用層（下游）'],
] as const);

export const technologies = entries([
  ['ai-chips', 'AI chips', '人工智能芯片'],
  ['ai-infrastructure', 'AI infrastructure', '人工智能基礎設施'],
  ['big-data', 'Big data', '大數據'],
  ['deep-learning', 'Deep learning algorithms', '深度學習算法'],
  ['ai-frameworks', 'AI software frameworks', '人工智能軟件框架'],
  ['ai-technologies', 'AI technologies (vision, speech, language)', '人工智能技術（視覺、語音、語言）'],
  ['ai-products', 'AI products', '人工智能產品'],
  ['open-platforms', 'Open software platforms', '開放軟件平台'],
  ['solutions', 'Industry solutions', '行業解決方案'],
  ['in-house-models', 'AI models applied in own operations', '應用於自身業務的人工智能模型'],
  ['other', 'Other', '其他'],
] as const);

export const sectors = entries([
  ['manufacturing', 'Manufacturing', '製造業'],
  ['electricity-gas', 'Electricity and gas supply', '電力及燃氣供應'],
  ['water-waste', 'Water, sewage, waste and pollution control', '供水、污水處理、廢物管理及污染防治'],
  ['construction', 'Construction and civil engineering', '建造及土木工程'],
  ['trade-retail', 'Import/export, wholesale and retail', '進出口貿易、批發及零售'],
  ['logistics', 'Logistics, transportation and ports', '物流、運輸及港口'],
  ['hospitality-tourism', 'Accommodation, hotels and tourism', '住宿、酒店及旅遊'],
  ['food-beverage', 'Food and beverage services', '餐飲服務'],
  ['telecom-it', 'Telecommunications and IT services', '電訊及資訊科技服務'],
  ['finance-insurance', 'Finance and insurance', '金融及保險'],
  ['real-estate', 'Real estate', '地產'],
  ['professional-services', 'Professional services', '專業服務'],
  ['admin-support-services', 'Administrative and support services', '行政及支援服務'],
  ['public-administration', 'Public administration', '公共行政'],
  ['education', 'Education and training', '教育及培訓'],
  ['healthcare', 'Medical, health and pharmaceuticals', '醫療、健康及藥劑'],
  ['social-care', 'Care services, social work and NGOs', '護理服務、社會工作及非政府機構'],
  ['government', 'Government organisations', '政府機構'],
  ['arts-culture', 'Arts, culture and creative industries', '藝術、文化及創意產業'],
  ['other', 'Other', '其他'],
] as const);

export const applicationAreas = entries([
  ['rnd', 'Research and development', '研究及開發'],
  ['operations', 'Operations', '營運'],
  ['marketing', 'Marketing and sales', '市場推廣及銷售'],
  ['customer-service', 'Customer service', '客戶服務'],
  ['corporate-communications', 'Corporate communications', '企業傳訊'],
  ['administrative-support', 'Administrative support', '行政支援'],
  ['human-resources', 'Human resources', '人力資源管理'],
  ['finance', 'Finance', '財務'],
  ['legal', 'Legal affairs', '法律事務'],
  ['other', 'Other', '其他'],
] as const);

export const budgetBands = entries([
  ['below-100k', 'Below HK$100,000', '港幣十萬元以下'],
  ['100k-300k', 'HK$100,000–300,000', '港幣十萬至三十萬元'],
  ['300k-500k', 'HK$300,000–500,000', '港幣三十萬至五十萬元'],
  ['500k-1m', 'HK$500,000–1 million', '港幣五十萬至一百萬元'],
  ['1m-2m', 'HK$1–2 million', '港幣一百萬至二百萬元'],
  ['2m-5m', 'HK$2–5 million', '港幣二百萬至五百萬元'],
  ['5m-10m', 'HK$5–10 million', '港幣五百萬至一千萬元'],
  ['10m-50m', 'HK$10–50 million', '港幣一千萬至五千萬元'],
  ['50m-100m', 'HK$50–100 million', '港幣五千萬至一億元'],
  ['100m-plus', 'HK$100 million or above', '港幣一億元或以上'],
  ['unknown', "Don't know", '不清楚'],
] as const);

export const companySizes = entries([
  ['1-5', '1–5 staff', '1至5人'],
  ['6-9', '6–9 staff', '6至9人'],
  ['10-19', '10–19 staff', '10至19人'],
  ['20-49', '20–49 staff', '20至49人'],
  ['50-99', '50–99 staff', '50至99人'],
  ['100-199', '100–199 staff', '100至199人'],
  ['200-499', '200–499 staff', '200至499人'],
  ['500-plus', '500 staff or more', '500人或以上'],
] as const);

export const benefits = entries([
  ['more-customers', 'Discover more customer sources', '發掘更多客源'],
  ['productivity', 'Improve productivity', '提升生產力'],
  ['quality', 'Enhance quality of products and services', '提升產品及服務質素'],
  ['fewer-errors', 'Reduce human errors', '減少人為錯誤'],
  ['cost-savings', 'Cost savings', '節省成本'],
  ['data-driven-decisions', 'Understand the company through data to optimise decisions', '透過數據了解公司以優化決策'],
  ['other', 'Other', '其他'],
] as const);

export const difficulties = entries([
  ['data-quality', 'Poor data quality', '數據質素欠佳'],
  ['data-privacy', 'Data privacy', '數據私隱'],
  ['choosing-solution', 'Selecting software and models suitable for the scenario', '難以選擇適合場景的軟件及模型'],
  ['explainability', 'Inability to analyse and explain model results', '無法分析及解釋模型結果'],
  ['computing-resources', 'Limited computing speed and storage', '運算速度及儲存空間有限'],
  ['experiment-to-production', 'Moving from experiment to practice', '難以由試驗走向實際應用'],
  ['regulation', 'Legal and regulatory constraints', '法律及規管限制'],
  ['ethics', 'Ethical issues', '道德問題'],
  ['funding', 'Lack of funds', '缺乏資金'],
  ['talent', 'Lack of technical specialists or generalists', '缺乏技術專才或通才'],
  ['other', 'Other', '其他'],
] as const);

export const readinessLevels = entries([
  ['unaware', 'AI Unaware', '未認識人工智能'],
  ['aware', 'AI Aware', '認識人工智能'],
  ['ready', 'AI Ready', '準備採用人工智能'],
  ['competent', 'AI Competent', '具備人工智能能力'],
] as const);

export const markets = entries([
  ['hong-kong', 'Hong Kong', '香港'],
  ['mainland', 'Mainland China', '中國內地'],
  ['overseas', 'Overseas', '海外'],
] as const);

export const languages = entries([
  ['en', 'English', '英文'],
  ['zh-Hant', 'Traditional Chinese', '繁體中文'],
  ['zh-Hans', 'Simplified Chinese', '簡體中文'],
] as const);

function keysOf<K extends string>(list: Entry<K>[]): [K, ...K[]] {
  return list.map((e) => e.key) as [K, ...K[]];
}

export const LAYER_KEYS = keysOf(layers);
export const TECHNOLOGY_KEYS = keysOf(technologies);
export const SECTOR_KEYS = keysOf(sectors);
export const APPLICATION_AREA_KEYS = keysOf(applicationAreas);
export const BUDGET_BAND_KEYS = keysOf(budgetBands);
export const COMPANY_SIZE_KEYS = keysOf(companySizes);
export const BENEFIT_KEYS = keysOf(benefits);
export const DIFFICULTY_KEYS = keysOf(difficulties);
export const READINESS_KEYS = keysOf(readinessLevels);
export const MARKET_KEYS = keysOf(markets);
export const LANGUAGE_KEYS = keysOf(languages);

export type Layer = (typeof LAYER_KEYS)[number];
export type Technology = (typeof TECHNOLOGY_KEYS)[number];
export type Sector = (typeof SECTOR_KEYS)[number];
export type ApplicationArea = (typeof APPLICATION_AREA_KEYS)[number];
export type BudgetBand = (typeof BUDGET_BAND_KEYS)[number];
export type CompanySize = (typeof COMPANY_SIZE_KEYS)[number];
export type Benefit = (typeof BENEFIT_KEYS)[number];
export type Difficulty = (typeof DIFFICULTY_KEYS)[number];
export type Readiness = (typeof READINESS_KEYS)[number];
export type Market = (typeof MARKET_KEYS)[number];
export type Language = (typeof LANGUAGE_KEYS)[number];

/** HK$ range of each budget band; `max` is exclusive, null means open-ended. `unknown` has no range. */
export const BUDGET_BAND_RANGES: Record<Exclude<BudgetBand, 'unknown'>, { min: number; max: number | null }> = {
  'below-100k': { min: 0, max: 100_000 },
  '100k-300k': { min: 100_000, max: 300_000 },
  '300k-500k': { min: 300_000, max: 500_000 },
  '500k-1m': { min: 500_000, max: 1_000_000 },
  '1m-2m': { min: 1_000_000, max: 2_000_000 },
  '2m-5m': { min: 2_000_000, max: 5_000_000 },
  '5m-10m': { min: 5_000_000, max: 10_000_000 },
  '10m-50m': { min: 10_000_000, max: 50_000_000 },
  '50m-100m': { min: 50_000_000, max: 100_000_000 },
  '100m-plus': { min: 100_000_000, max: null },
};

export const taxonomy = {
  layers,
  technologies,
  sectors,
  applicationAreas,
  budgetBands,
  companySizes,
  benefits,
  difficulties,
  readinessLevels,
  markets,
  languages,
};

export type Taxonomy = typeof taxonomy;
export type TaxonomyName = keyof Taxonomy;
