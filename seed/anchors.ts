// Hand-written suppliers that open every generated market, whatever the seed, so demos and screenshots can rely on
// recognisable entries. Their case studies come from the same scenarios as everyone else's, drawn with a fixed seed.
import { capability } from './capabilities';
import type { Profile } from './profile';
import { areasOf, technologiesOf, websiteFor } from './profile';
import type { Bi } from './vocabulary';

export type Anchor = { profile: Profile; description: Bi; cases: number };

type AnchorSpec = Omit<Profile, 'name' | 'capabilities' | 'technologies' | 'areas' | 'website' | 'mainMarket'> & {
  name: [string, string, string];
  capabilities: string[];
  description: Bi;
  cases: number;
};

function anchor(spec: AnchorSpec): Anchor {
  const [short, suffix, zh] = spec.name;
  const name = { short: { en: short, zh }, full: { en: `${short} ${suffix}`, zh: `${zh}有限公司` } };
  const { description, cases, ...rest } = spec;
  const capabilities = spec.capabilities.map(capability);
  const profile: Profile = {
    ...rest, name, capabilities, mainMarket: 'hong-kong', website: websiteFor(name),
    // Derived like a generated supplier's, so the anchors' categories always agree with their capabilities.
    technologies: technologiesOf(capabilities, false),
    areas: areasOf(capabilities),
  };
  return { profile, description, cases };
}

export const ANCHORS: Anchor[] = [
  anchor({
    name: ['Harbour Vision Analytics', 'Ltd', '港灣視覺分析'],
    layers: ['technology', 'application'],
    capabilities: ['defect detection', 'computer vision', 'video analytics'],
    sectors: ['manufacturing', 'food-beverage', 'logistics'],
    size: '10-19', foundedYear: 2018, budget: { min: 150_000, max: 800_000 },
    markets: ['hong-kong', 'mainland'], languages: ['en', 'zh-Hant', 'zh-Hans'], verified: true, cases: 4,
    description: {
      en: 'Harbour Vision Analytics builds computer-vision quality inspection for electronics, garment and food factories in Hong Kong and the Greater Bay Area. Its cameras and models catch defects on the line and explain each rejection with a marked-up image, so supervisors can trust the results. Projects usually start with a four-week pilot on one line.',
      zh: '港灣視覺分析為香港及大灣區的電子、製衣及食品廠提供電腦視覺品質檢測。其鏡頭及模型在生產線上即時找出瑕疵，並以標示圖片解釋每次剔除，讓主管放心使用。項目一般先在一條生產線試行四星期。',
    },
  }),
  anchor({
    name: ['Lion Rock Conversational AI', 'Ltd', '獅子山對話人工智能'],
    layers: ['technology', 'application'],
    capabilities: ['chatbot', 'natural language processing', 'RAG', 'speech recognition'],
    sectors: ['trade-retail', 'hospitality-tourism', 'finance-insurance', 'food-beverage'],
    size: '20-49', foundedYear: 2017, budget: { min: 80_000, max: 1_200_000 },
    markets: ['hong-kong', 'mainland', 'overseas'], languages: ['en', 'zh-Hant', 'zh-Hans'], verified: true, cases: 4,
    description: {
      en: 'Lion Rock Conversational AI makes customer-service chatbots that understand Cantonese, English, Mandarin and the mixed messages Hong Kong customers actually send. Retailers, hotels, restaurants and insurers use its WhatsApp, web and phone assistants to answer routine questions around the clock and hand harder cases to staff. Answers are grounded in each client’s own documents.',
      zh: '獅子山對話人工智能開發能理解粵語、英語、普通話及港式中英夾雜訊息的客服聊天機械人。零售商、酒店、餐廳及保險公司透過其WhatsApp、網頁及電話助理全天候回答常見查詢，並把較複雜的個案轉交員工。所有答案均以客戶自己的文件為依據。',
    },
  }),
  anchor({
    name: ['Tseung Kwan O Tensor Cloud', 'Limited', '將軍澳張量雲端'],
    layers: ['basic'],
    capabilities: ['GPU cloud', 'private AI cloud', 'AI servers'],
    sectors: ['telecom-it', 'education', 'finance-insurance', 'healthcare'],
    size: '50-99', foundedYear: 2015, budget: { min: 80_000, max: 5_000_000 },
    markets: ['hong-kong', 'overseas'], languages: ['en', 'zh-Hant'], verified: true, cases: 3,
    description: {
      en: 'Tseung Kwan O Tensor Cloud runs GPU clusters in Hong Kong data centres and rents them by the hour, the month or as dedicated private clouds. Universities, banks and hospitals use it to train and serve models without sending data outside Hong Kong. It also installs and manages AI servers on clients’ own premises.',
      zh: '將軍澳張量雲端在香港數據中心營運GPU運算集群，可按小時、按月或以專屬私有雲端形式租用。大學、銀行及醫院透過其服務訓練及運行模型，數據毋須離開香港。公司亦為客戶在自家機房安裝及管理人工智能伺服器。',
    },
  }),
  anchor({
    name: ['Pok Fu Lam Medical Imaging AI', 'Ltd', '薄扶林醫學影像人工智能'],
    layers: ['technology', 'application'],
    capabilities: ['medical imaging', 'computer vision', 'fall detection'],
    sectors: ['healthcare', 'social-care'],
    size: '20-49', foundedYear: 2016, budget: { min: 300_000, max: 3_000_000 },
    markets: ['hong-kong', 'mainland'], languages: ['en', 'zh-Hant'], verified: true, cases: 3,
    description: {
      en: 'Pok Fu Lam Medical Imaging AI develops AI that reads X-rays and retinal photographs so that urgent cases reach a doctor first. Its models are validated on local patient data with hospital partners and run inside the client’s network. Clinics, private hospitals and elderly-care providers use its tools.',
      zh: '薄扶林醫學影像人工智能開發分析X光片及視網膜相片的人工智能，讓緊急個案優先由醫生處理。其模型與醫院夥伴以本地病人數據驗證，並在客戶內部網絡運行。診所、私家醫院及安老服務機構均採用其方案。',
    },
  }),
  anchor({
    name: ['Victoria Document Intelligence', 'Ltd', '維多利亞文件智能'],
    layers: ['technology', 'application'],
    capabilities: ['document AI', 'OCR', 'contract review', 'robotic process automation'],
    sectors: ['finance-insurance', 'professional-services', 'real-estate'],
    size: '10-19', foundedYear: 2019, budget: { min: 60_000, max: 600_000 },
    markets: ['hong-kong'], languages: ['en', 'zh-Hant'], verified: false, cases: 3,
    description: {
      en: 'Victoria Document Intelligence reads bilingual forms, invoices and contracts, including handwritten Traditional Chinese, and turns them into structured data. Brokers, accounting firms and property agencies use it to cut manual data entry and to flag unusual contract clauses for review. It works mainly with Hong Kong clients, in English and Traditional Chinese.',
      zh: '維多利亞文件智能能讀取中英文表格、發票及合約（包括繁體中文手寫字），並轉化為結構化數據。證券行、會計師事務所及地產代理利用其方案減少人手輸入資料，並標示不尋常的合約條款供審閱。公司主要服務香港客戶，工作語言為英文及繁體中文。',
    },
  }),
];
