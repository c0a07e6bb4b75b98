// A second blind judged set (session 16), written with its grades from the whole fixture market before the matcher
// ran on it, and not changed afterwards: colloquial Cantonese with English nouns ("book appointment", "sync stock",
// "draft 回覆"), constraints that rule out the obvious supplier (no cameras, website only, English only), vague
// "transform with AI and big data" needs beside buzzword vendors, one-line needs, and needs whose best supplier
// writes only Chinese. It adds no supplier: its traps are the market's own.
import { judged, type JudgedNeed } from './judged';

const ENGLISH: JudgedNeed[] = [
  judged('b2-en-footfall-no-cameras', 'en', { title: 'Count visitors without cameras', description: 'We run 3 optical shops. We want to know how many people walk in each hour and how many buy, but our landlord and customers will not accept cameras.', sector: 'trade-retail', applicationAreas: ['operations'], budgetBand: 'below-100k', readiness: 'aware' }, {
    'sensor-footfall': [3, 'Counts visitors with thermal and Wi-Fi sensors, no cameras, conversion rates, an optical chain case; in budget'],
    'causeway-retail-vision': [1, 'Footfall counting and conversion, but with cameras and over budget'],
    'cyberport-retail-insights': [1, 'Sales dashboards by shop, but no visitor counts'],
  }),
  judged('b2-en-receipts-xero', 'en', { title: 'Stop typing receipts', description: 'We photograph receipts on our phones and our part-time bookkeeper types them into Xero every Friday. There must be a better way.', sector: 'professional-services', applicationAreas: ['finance'], budgetBand: 'below-100k', readiness: 'unaware' }, {
    'sheung-wan-books': [3, 'Receipt capture by phone photo and reconciliation in Xero; in budget'],
    'sw-kuaiji': [2, 'Chinese-only: photographed receipts booked automatically, no Xero mentioned'],
    'receipt-ocr-api': [1, 'Receipt OCR, but an API for developers'],
    'victoria-doc': [1, 'Reads receipts into accounting systems, but over budget'],
    'north-point-rpa': [1, 'Back-office invoice workflows, mostly over budget'],
  }),
  judged('b2-en-small-hotel-pricing', 'en', { title: 'Room rates for an 18-room guesthouse', description: 'I change our room rates by hand every morning after checking Booking.com. Is there AI that sets the price for a small place like ours?', sector: 'hospitality-tourism', applicationAreas: ['marketing'], budgetBand: 'below-100k', readiness: 'aware' }, {
    'repulse-bay-hotels': [2, 'Dynamic room pricing for boutique hotels and guesthouses, but starts above the budget'],
    'ideas-revenue-suite': [1, 'Dynamic pricing, but for hotel chains and far over budget'],
    'price-pilot': [1, 'Price suggestions, but for online sellers'],
  }),
  judged('b2-en-hr-chatbot', 'en', { title: 'HR chatbot', description: 'HR chatbot for our staff.', sector: 'admin-support-services', applicationAreas: ['human-resources'], budgetBand: '100k-300k', readiness: 'aware' }, {
    'wan-chai-talent': [3, 'An HR chatbot with CV screening and interview scheduling; in budget'],
    'hr-zhaopin': [1, 'Chinese-only recruitment assistant, not a staff chatbot'],
    'it-helpdesk-bot': [1, 'A staff chatbot, but for IT questions'],
    'enterprise-hcm': [1, 'HR suite with AI, far over budget'],
    'causeway-llm': [1, 'Knowledge base assistants for staff, over budget'],
  }),
  judged('b2-en-handwritten-forms', 'en', { title: 'Digitise 10 years of handwritten intake forms', description: 'We are an NGO with boxes of intake forms filled in by hand in Chinese since 2014. We want them read into a spreadsheet so we can search and report on them.', sector: 'social-care', applicationAreas: ['administrative-support'], budgetBand: '100k-300k', readiness: 'aware' }, {
    'receipt-ocr-api': [2, 'Reads Chinese handwriting into data, but as an API someone must build on'],
    'victoria-doc': [2, 'OCR and document AI for Chinese forms, from the top of the budget'],
    'victoria-docs-cloud': [1, 'Scanning and filing with search, but no handwriting reading'],
    'ngo-case-ai': [1, 'Case management for NGOs, not digitising forms'],
  }),
  judged('b2-en-bakery-ai-transform', 'en', { title: 'Use AI and big data in our bakery', description: 'We have 3 bakery shops and keep hearing we should use AI and big data. We do not know where to start or what is worth paying for.', sector: 'food-beverage', applicationAreas: ['other'], budgetBand: 'below-100k', readiness: 'unaware' }, {
    'sme-ai-coach': [3, 'Workshops for small business owners and help picking AI tools and applying for TVP; in budget'],
    'mid-levels-consult': [2, 'AI strategy and quick proofs of concept for SMEs; in budget'],
    'zx-guwen': [2, 'Chinese-only SME digital transformation consultancy for food businesses; in budget'],
    'cyberport-forecast': [1, 'A concrete AI use with a bakery case, but over budget'],
    'central-transform': [1, 'Transformation consultancy, far over budget'],
  }),
  judged('b2-en-order-status-website', 'en', { title: 'Order-status chatbot on our website only', description: 'Our webshop gets dozens of "where is my order" emails a day. We want a chatbot on the website that looks up the order and answers. English is enough, we do not use WhatsApp.', sector: 'trade-retail', applicationAreas: ['customer-service'], budgetBand: 'below-100k', readiness: 'ready' }, {
    'kennedy-commerce-bot': [3, 'Website shopping assistant that tracks orders, in English; in budget'],
    'kt-zhineng-kefu': [1, 'Order tracking for webshops, but in Chinese only'],
    'web-faq-english': [1, 'English website FAQ bot, but says it cannot look up orders'],
    'lamma-chat-studio': [1, 'Website FAQ widget, no order look-up'],
  }),
];

const CHINESE: JudgedNeed[] = [
  judged('b2-zh-clinic-notes', 'zh', { title: '醫生睇症時自動寫病歷', description: '我哋係一間家庭醫生診所，醫生同病人講廣東話夾英文，想用人工智能喺睇症時錄音，自動寫好病歷同轉介信。', sector: 'healthcare', applicationAreas: ['administrative-support'], budgetBand: '100k-300k', readiness: 'aware' }, {
    'clinic-notes-ai': [3, 'Listens to Cantonese-English consultations and writes notes and referral letters; in budget'],
    'shatin-speech': [1, 'Cantonese speech API with a dictation case, but needs building on'],
    'minutes-ai': [1, 'Cantonese-English transcripts, but of meetings'],
  }),
  judged('b2-zh-delivery-routes', 'zh', { title: '三十架貨車送貨路線規劃', description: '我哋係本地物流公司，每日三十架貨車送貨去全港，司機自己諗路線，成日遲到。想用人工智能自動規劃路線同送貨時段。', sector: 'logistics', applicationAreas: ['operations'], budgetBand: '300k-500k', readiness: 'aware' }, {
    'tsuen-wan-routes': [3, 'Route optimisation and delivery windows for van fleets; in budget'],
    'tsing-yi-fleet-safety': [1, 'For van fleets, but driver safety, not routes'],
  }),
  judged('b2-zh-care-home-no-camera', 'zh', { title: '夜間監察院友跌倒，唔可以裝鏡頭', description: '我哋係一間有八十張床嘅安老院，夜晚人手少，想知邊個院友跌倒或者離床太耐。家屬同職員都唔接受房間裝鏡頭。', sector: 'social-care', applicationAreas: ['operations'], budgetBand: '100k-300k', readiness: 'aware' }, {
    'sai-kung-care': [3, 'Fall detection and night monitoring for care homes with radar, no cameras; in budget'],
  }),
  judged('b2-zh-review-analysis', 'zh', { title: '分析網上食評', description: '想分析OpenRice同Google上面嘅食評，知道客人最唔滿意乜嘢，我哋有四間分店。', sector: 'food-beverage', applicationAreas: ['marketing'], budgetBand: 'below-100k', readiness: 'aware' }, {
    'review-insights': [3, 'Reads OpenRice and Google reviews in Chinese and English and finds complaint themes; in budget'],
    'soho-listening': [2, 'Sentiment in Cantonese across social media with a restaurant case, partly over budget'],
  }),
  judged('b2-zh-compressor-failures', 'zh', { title: '空壓機同冷氣機成日壞', description: '工廠啲空壓機同大型冷氣機成日無啦啦壞，一停機就要停產。想預早知道邊部機就快出問題。', sector: 'manufacturing', applicationAreas: ['operations'], budgetBand: '100k-300k', readiness: 'aware' }, {
    'kc-zhizao': [3, 'Chinese-only predictive maintenance of air compressors and motors for small factories; in budget'],
    'yuen-long-machine': [3, 'Vibration sensors on compressors and pumps warn of failures weeks ahead; in budget'],
    'lantau-energy': [1, 'Predictive maintenance of chillers, but in buildings and over budget'],
    'cold-chain-iot': [1, 'Predicts compressor failures, but of cold rooms and fridges'],
  }),
];

const MIXED: JudgedNeed[] = [
  judged('b2-mx-salon-whatsapp-booking', 'mixed', { title: 'Nail salon 想 WhatsApp 自動 book appointment', description: '我哋間 nail salon 好多客 WhatsApp 問價同 book 時間，想有個 bot 自動覆同 book appointment，再 send reminder，唔想請多個 receptionist。', sector: 'other', applicationAreas: ['customer-service'], budgetBand: 'below-100k', readiness: 'aware' }, {
    'salon-suite': [3, 'Answers WhatsApp messages, books appointments and sends reminders for nail bars and salons; in budget'],
    'jordan-beauty-booking': [2, 'Booking page and WhatsApp reminders for nail bars, but no bot answering messages'],
    'ssp-yuyin': [2, 'Chinese-only Cantonese WhatsApp bot for small shops that takes bookings; in budget'],
    'lion-rock-chat': [1, 'Cantonese WhatsApp chatbots, mostly over budget'],
  }),
  judged('b2-mx-policy-knowledge-base', 'mixed', { title: '想 staff 可以問 company policy 同 SOP', description: '公司有三十個 staff，成日問 HR 同 admin 同一類問題。想 set up 一個 internal knowledge base，staff 直接問 policy 同 SOP，我哋啲 document 有中有英，PDF 同 Word 都有。', sector: 'professional-services', applicationAreas: ['administrative-support'], budgetBand: 'below-100k', readiness: 'aware' }, {
    'rag-lite': [3, 'Questions answered from company PDFs and Word files with sources, in English and Chinese; in budget'],
    'causeway-llm': [1, 'Knowledge base assistants over documents, far over budget'],
    'victoria-docs-cloud': [1, 'AI search across company documents, but no answers'],
    'it-helpdesk-bot': [1, 'Answers staff how-to questions, but IT only'],
  }),
  judged('b2-mx-toy-export-emails', 'mixed', { title: 'AI 幫手 draft 回覆 buyer enquiry', description: '我哋做玩具 export，每日收幾十封外國 buyer 嘅 enquiry email 問價同 MOQ，sales 要逐封翻 price list 再覆。想用 AI draft 回覆同 follow up quotation。', sector: 'trade-retail', applicationAreas: ['marketing', 'customer-service'], budgetBand: 'below-100k', readiness: 'aware' }, {
    'trade-email-assistant': [3, 'Drafts replies to buyer enquiries from price lists and follows up quotes, with a toy exporter case; in budget'],
    'freight-quote-ai': [1, 'Drafts quotations from emailed requests, but freight rates for forwarders'],
    'copy-harbour': [1, 'Generative AI writing, but marketing copy'],
  }),
  judged('b2-mx-stock-sync', 'mixed', { title: 'HKTVmall 同 Shopify stock 成日唔夾', description: '我哋 online shop 喺 HKTVmall 同 Shopify 都有賣，stock 係人手 update，成日 oversell 要 cancel order。想自動 sync stock。', sector: 'trade-retail', applicationAreas: ['operations'], budgetBand: 'below-100k', readiness: 'aware' }, {
    'hktv-seller-tools': [3, 'Stock sync across HKTVmall, Shopify and Shopee; in budget'],
    'stock-ledger-lite': [1, 'Stock records for small shops, no marketplace sync'],
    'shop-order-taker': [1, 'Orders straight into Shopify, but no stock sync'],
  }),
  judged('b2-mx-cafe-rostering', 'mixed', { title: '5 間 café 排更好頭痛', description: '我哋有 5 間 café，每個禮拜 manager 用 Excel 排更要成日，啲 part-time 又成日換 shift。想有個 system 根據人流自動排更。', sector: 'food-beverage', applicationAreas: ['human-resources'], budgetBand: 'below-100k', readiness: 'aware' }, {
    'roster-ai': [3, 'Weekly rosters from forecast demand and staff preferences for restaurants, with a bakery chain case; in budget'],
    'enterprise-hcm': [1, 'Shift rostering, but for 5,000+ staff and far over budget'],
    'payroll-hk': [1, 'Leave management and payroll, no rostering'],
  }),
  judged('b2-mx-warehouse-stocktake', 'mixed', { title: '高架 warehouse 點貨好難', description: '我哋 warehouse 啲 rack 好高，每個月 stock take 要開 forklift 上去逐個 pallet 點，又慢又危險。想用 drone 或者 scanner 自動點貨。', sector: 'logistics', applicationAreas: ['operations'], budgetBand: '500k-1m', readiness: 'ready' }, {
    'kwai-tsing-drones': [3, 'Indoor drones count pallets and read barcodes on high racks without forklifts; in budget'],
    'tm-wuliu': [2, 'Chinese-only warehouse system with stock counts and slotting; in budget'],
    'kt-robotics': [1, 'Robots for warehouses, but packing and palletising'],
  }),
  judged('b2-mx-agency-valuation', 'mixed', { title: '想即時估價 send 俾客', description: '我哋係地產代理，客成日 WhatsApp 問層樓值幾多錢。想有 AI 即時 valuation 個 flat，出份 report send 俾客。', sector: 'real-estate', applicationAreas: ['marketing'], budgetBand: '100k-300k', readiness: 'aware' }, {
    'avm-property': [3, 'Automated valuations of Hong Kong flats with price reports for agents; in budget'],
    'tin-hau-leads': [1, 'WhatsApp bots for estate agencies, but lead qualification, not valuations'],
  }),
];

export const SECOND_BLIND_NEEDS: JudgedNeed[] = [...ENGLISH, ...CHINESE, ...MIXED];
