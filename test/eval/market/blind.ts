// Suppliers added with the blind judged set (test/eval/needs/blind.ts), only where its traps need one: phone-call
// recording and transcription for small businesses, call-centre quality checks (beside factory quality inspection),
// purchasing from suppliers (beside taking customers' orders), and contract translation (beside contract review).
import { kase, type SupplierRow } from './row';

export const BLIND: SupplierRow[] = [
  { key: 'call-scribe', name: 'CallScribe HK',
    description: 'Phone call recording and transcription for small businesses: records calls on office lines and mobiles, writes Cantonese-English transcripts with a short summary of each call, and lets staff search past calls.',
    capabilities: ['call recording', 'call transcription', 'Cantonese speech recognition', 'call summaries'], layers: ['application'], technologies: ['ai-products'],
    sectors: ['trade-retail', 'professional-services', 'real-estate'], applicationAreas: ['customer-service', 'administrative-support'], budget: [6_000, 60_000],
    cases: [kase('Call transcripts for a 10-agent estate agency', 'Agents stopped taking notes during calls; disputes settled from transcripts', 'real-estate')] },
  { key: 'call-qa-lite', name: 'Kefu Zhijian',
    description: '', descriptionZh: '客服通話質檢：自動分析客服中心錄音，檢查職員有冇講齊指定用語、語氣及投訴風險，每通電話自動評分，每日出報告俾主管，適合有五至五十位客服的中小企。',
    capabilities: [], layers: ['application'], technologies: ['ai-products'],
    sectors: ['admin-support-services', 'finance-insurance', 'trade-retail'], applicationAreas: ['customer-service'], languages: ['zh-Hant'], budget: [50_000, 250_000],
    cases: [kase('Kefu Zhijian case', 'Every call scored instead of 2%', 'finance-insurance', '保險經紀客服錄音質檢', '由抽聽百分之二變成每通電話都有評分')] },
  { key: 'procure-bot', name: 'BuyRight Purchasing',
    description: 'Purchasing assistant for restaurants, cafés and shops: compares quotes from your suppliers, sends purchase orders to them by WhatsApp or email, checks deliveries against what you ordered and reminds you when to reorder. Supplier bills sync to Xero.',
    descriptionZh: '餐廳、咖啡店及零售店的採購助理：比較供應商報價，以WhatsApp或電郵向供應商發出採購單，核對送貨，並提醒何時補貨；供應商賬單同步至Xero。',
    capabilities: ['purchasing', 'supplier quote comparison', 'purchase orders', 'reorder reminders'], layers: ['application'], technologies: ['ai-products'],
    sectors: ['food-beverage', 'trade-retail'], applicationAreas: ['operations', 'finance'], budget: [8_000, 60_000],
    cases: [kase('Purchasing for a 4-branch bakery', 'Wrong deliveries down 70% in two months', 'food-beverage')] },
  { key: 'legal-translate-hk', name: 'LexBridge Translation',
    description: 'Legal and financial translation between Chinese and English: contracts, prospectuses and court documents translated by machine translation and checked by certified legal translators, on servers in Hong Kong. We translate; we do not review clauses or give legal advice.',
    capabilities: ['legal translation', 'contract translation', 'certified translation'], layers: ['application'], technologies: ['solutions'],
    sectors: ['professional-services', 'finance-insurance'], applicationAreas: ['legal', 'corporate-communications'], budget: [10_000, 200_000],
    cases: [kase('Contract translation for a mid-size law firm', '2,000 pages a month translated within 48 hours', 'professional-services')] },
  { key: 'shop-order-taker', name: 'ChatOrder',
    description: 'WhatsApp order-taking for shops and webshops: customers place orders by WhatsApp, the bot confirms items and sends FPS payment details, and orders go straight into Shopify.',
    capabilities: ['WhatsApp ordering', 'order confirmation', 'Shopify sync'], layers: ['application'], technologies: ['ai-products'],
    sectors: ['trade-retail', 'food-beverage'], applicationAreas: ['customer-service', 'marketing'], budget: [5_000, 50_000],
    cases: [kase('WhatsApp orders for a snack webshop', 'No more orders retyped into Shopify', 'trade-retail')] },
];
