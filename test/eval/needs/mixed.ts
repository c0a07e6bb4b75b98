// Colloquial mixed Cantonese-English needs, typed the way Hong Kong SME owners write: English domain words inside
// Cantonese sentences, Cantonese particles (我哋 嘅 唔 係 喺 咗 啲 冇 搵 想) that must not match anything.
import { judged, type JudgedNeed } from './judged';

export const MIXED: JudgedNeed[] = [
  judged('mx-restaurant-whatsapp', 'mixed', { title: '餐廳 WhatsApp chatbot', description: '我哋間餐廳想搵個 chatbot 喺 WhatsApp 答客人嘅 booking 同 menu 問題，budget 唔多，最好識講廣東話。', sector: 'food-beverage', applicationAreas: ['customer-service'], budgetBand: 'below-100k', readiness: 'aware', languages: ['zh-Hant'] }, {
    'lamma-semantic': [3, 'Cantonese WhatsApp bots for restaurants covering bookings and menus; starts within budget'],
    'ssp-yuyin': [3, 'Cheap Cantonese WhatsApp bot for restaurants; Chinese-only profile'],
    'lion-rock-chat': [2, 'Cantonese WhatsApp chatbots, no restaurant work; starts near the top of the small budget'],
    'yau-tsim-queue': [1, 'Table booking and queues, no chatbot'],
    'lamma-chat-studio': [1, 'Cheap but English website widget only'],
    'salon-suite': [1, 'Cantonese WhatsApp booking bot, but built for beauty salons'],
    'phone-order-bot': [1, 'Cantonese restaurant bot, but on the phone and for orders'],
  }),
  judged('mx-overstock-sku', 'mixed', { title: '鋪頭 inventory 成日 overstock', description: '間鋪啲 inventory 成日 overstock，又成日有啲貨賣晒冇得補，想做 demand forecasting，有冇 AI 可以幫手計每個 SKU 要入幾多貨？', sector: 'trade-retail', applicationAreas: ['operations'], budgetBand: '100k-300k', readiness: 'aware' }, {
    'cyberport-forecast': [3, 'Demand forecasting and reorder suggestions for shops; in budget'],
    'spk-data': [3, 'Chinese-only: per-SKU forecasts against overstock for small retailers; in budget'],
    'wholesale-forecast': [1, 'Purchase planning for importers; budget stretches'],
    'global-forecast-suite': [1, 'SKU overstock reduction, but an enterprise suite far over budget'],
    'stock-ledger-lite': [1, 'Keeps stock records but says it does not forecast or suggest purchases'],
    'mega-retail-ai': [1, 'Forecasting for 50+ outlet chains, far over budget'],
  }),
  judged('mx-po-into-erp', 'mixed', { title: 'Email PO 人手 key 入 ERP', description: '我哋係 trading company，每日好多 PO 喺 email 度，要同事逐張人手 key 入 ERP，好嘥時間，想 automate 咗佢。', sector: 'trade-retail', applicationAreas: ['administrative-support'], budgetBand: '100k-300k', readiness: 'aware' }, {
    'north-point-rpa': [3, 'RPA for email-to-ERP order entry with a trading company case; in budget'],
    'victoria-doc': [2, 'Document AI could read the POs; ERP posting adjacent'],
    'receipt-ocr-api': [1, 'Parsing API the company would have to wire up'],
  }),
  judged('mx-clinic-reminders', 'mixed', { title: 'Clinic booking 同 WhatsApp reminder', description: '間 clinic 想搵個 system 俾病人自己 book appointment，仲要 send WhatsApp reminder，啲姑娘成日聽電話聽到癲。', sector: 'healthcare', applicationAreas: ['customer-service'], budgetBand: 'below-100k', readiness: 'aware' }, {
    'happy-valley-health': [3, 'Clinic appointment booking with WhatsApp reminders; starts within budget'],
    'ssp-yuyin': [3, 'Cheap Cantonese WhatsApp bot with a clinic booking case'],
    'jordan-beauty-booking': [1, 'Booking with WhatsApp reminders, but for beauty salons'],
    'tcm-zhineng': [1, 'Appointments inside a Chinese medicine clinic system'],
    'salon-suite': [1, 'Booking with WhatsApp reminders, but for beauty salons'],
  }),
  judged('mx-internal-chatbot', 'mixed', { title: 'Internal chatbot 答 staff 問題', description: '公司啲 staff 成日問 HR policy 同 IT 問題，想整個 internal chatbot 根據我哋啲文件答佢哋，data 唔想出香港。', sector: 'professional-services', applicationAreas: ['administrative-support'], budgetBand: '300k-500k', readiness: 'ready' }, {
    'causeway-llm': [3, 'Private knowledge-base assistants over company documents hosted in Hong Kong; in budget'],
    'rag-lite': [2, 'Staff Q&A over uploaded documents; no stated data residency'],
    'it-helpdesk-bot': [2, 'IT helpdesk bot in Teams; covers the IT half'],
    'wan-chai-talent': [1, 'HR chatbot, but for job candidates'],
  }),
  judged('mx-pcb-solder', 'mixed', { title: 'AI camera 做 QC', description: '我哋 factory 想用 AI camera 做 QC，check 下啲 PCB 有冇 solder defect，budget 大概 50 萬左右。', sector: 'manufacturing', applicationAreas: ['operations'], budgetBand: '300k-500k', readiness: 'aware' }, {
    'harbour-vision': [3, 'Vision inspection of solder joints with a PCB case; in budget'],
    'global-vision': [1, 'Optical inspection for electronics, far over budget'],
    'harbour-vision-labs': [1, 'Custom vision models; no factory work'],
    'fo-tan-food-vision': [1, 'Line inspection, but for food packaging'],
  }),
  judged('mx-van-routes', 'mixed', { title: '送貨 van 路線 optimize', description: '我哋有 30 架 van 送貨，想 optimize 下啲路線慳油，同埋隨時 track 到啲車喺邊。', sector: 'logistics', applicationAreas: ['operations'], budgetBand: '300k-500k', readiness: 'aware' }, {
    'tsuen-wan-routes': [3, 'Route optimisation and live van tracking with a courier case; in budget'],
    'tsing-yi-fleet-safety': [1, 'Fleet dashcams for safety, not routing'],
    'tm-wuliu': [1, 'Picking routes in warehouses, not on the road'],
  }),
  judged('mx-ig-copywriting', 'mixed', { title: '寫 IG post 同 product description', description: '想搵人幫手寫 IG post 同 product description，中英都要，最好係 HK style 嘅 copywriting，唔好太書面。', sector: 'trade-retail', applicationAreas: ['marketing'], budgetBand: 'below-100k', readiness: 'aware' }, {
    'copy-harbour': [3, 'Hong Kong style bilingual product descriptions and social posts; in budget'],
    'video-gen-studio': [1, 'Social videos rather than copy'],
    'kol-match': [1, 'Instagram influencer campaigns, not writing'],
    'harbour-translate': [1, 'Translation rather than copywriting'],
  }),
  judged('mx-ngo-minutes', 'mixed', { title: '開會 minutes 同 transcription', description: '我哋間 NGO 開會全部講廣東話夾英文，想有 AI 幫手做 transcription 同埋出 minutes，唔使同事寫成個禮拜。', sector: 'social-care', applicationAreas: ['administrative-support'], budgetBand: 'below-100k', readiness: 'unaware' }, {
    'call-scribe': [1, 'Cantonese-English transcripts and summaries, but of phone calls'],
    'minutes-ai': [3, 'Mixed Cantonese-English meeting minutes with an NGO case; in budget'],
    'ngo-case-ai': [1, 'Case notes from voice memos, not meetings'],
    'clinic-notes-ai': [1, 'Cantonese-English transcription for doctors'],
    'subtitle-ai': [1, 'Cantonese transcription into captions'],
    'shatin-speech': [1, 'Speech recognition API to build on'],
  }),
  judged('mx-guesthouse-pricing', 'mixed', { title: 'Guesthouse 想做 dynamic pricing', description: '想喺我哋間 guesthouse 用 AI 做 dynamic pricing，得 20 間房，唔想用啲好貴嘅 enterprise system。', sector: 'hospitality-tourism', applicationAreas: ['marketing'], budgetBand: '100k-300k', readiness: 'aware' }, {
    'repulse-bay-hotels': [3, 'Dynamic room pricing for guesthouses; in budget'],
    'ideas-revenue-suite': [1, 'The enterprise revenue system the owner wants to avoid'],
    'price-pilot': [1, 'Dynamic pricing for webshop products'],
  }),
  judged('mx-openrice-reviews', 'mixed', { title: 'OpenRice review 分析', description: '啲客喺 OpenRice 同 Google 留咗好多 review，想知大家主要 complain 乜，有冇 tool 可以幫手 summarise？', sector: 'food-beverage', applicationAreas: ['marketing'], budgetBand: 'below-100k', readiness: 'aware' }, {
    'review-insights': [3, 'Reads OpenRice and Google reviews for restaurants and finds complaint themes; in budget'],
    'soho-listening': [2, 'Cantonese sentiment on social media, not review sites; above budget'],
  }),
  judged('mx-chinese-essays', 'mixed', { title: '用 AI 改中文作文', description: '我哋間 school 想用 AI 幫手改中文作文，啲老師改到冇時間備課，有冇 solution 可以俾 feedback 學生？', sector: 'education', applicationAreas: ['other'], budgetBand: '100k-300k', readiness: 'aware' }, {
    'kowloon-learning': [3, 'Automatic Chinese essay marking with a secondary school case; in budget'],
    'dse-tutor-ai': [1, 'AI tutor with feedback, but for maths'],
  }),
];
