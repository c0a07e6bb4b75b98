// A fresh judged set, written after the matcher was tuned on the first one, to measure how it generalises. Needs
// are typed the way Hong Kong SME owners write them: colloquial written Cantonese mixed with English words
// (我哋 嘅 俾 搵 覆 舖 啲), English with local terms (cha chaan teng, TVP, aircon), Simplified Chinese and typos.
// Traps: buzzword-heavy suites in another sector or far over budget, profiles that say what they do not do, camera-
// based offers for needs that rule cameras out, and right suppliers described only in the other language. Grades
// were written from the whole fixture market before the matcher ran on these needs, and not changed afterwards.
import { judged, type JudgedNeed } from './judged';

const MIXED: JudgedNeed[] = [
  judged('fr-mx-cafe-whatsapp', 'mixed', { title: 'cafe 自動覆 WhatsApp booking', description: '我哋間cafe想搵個AI幫手覆WhatsApp booking，啲客成日問有冇位、幾點收舖，想佢識講廣東話，budget大概幾萬蚊。', sector: 'food-beverage', applicationAreas: ['customer-service'], budgetBand: 'below-100k', readiness: 'aware' }, {
    'lamma-semantic': [3, 'Cantonese WhatsApp bots for restaurants and cafés handling bookings and opening hours; starts within budget'],
    'ssp-yuyin': [3, 'Cheap Cantonese WhatsApp bot for restaurants answering hours and bookings; Chinese-only profile'],
    'lion-rock-chat': [2, 'Cantonese WhatsApp chatbots, no café work; starts near the top of the budget'],
    'yau-tsim-queue': [1, 'Table booking and queues, but no chatbot'],
    'salon-suite': [1, 'Cantonese WhatsApp bot that books appointments, but built for beauty salons'],
    'happy-valley-health': [1, 'Cantonese WhatsApp booking bot, but for clinics'],
    'phone-order-bot': [1, 'Cantonese restaurant bot, but on the phone and for orders'],
    'kt-zhineng-kefu': [1, 'Chinese customer-service bot, but for webshops'],
    'lamma-chat-studio': [1, 'Cheap, but an English website widget only'],
  }),
  judged('fr-mx-five-shops-forecast', 'mixed', { title: '想做個 inventory forecast 俾五間舖', description: '我哋有五間精品舖，想做個inventory forecast，知道每間舖下個月要入幾多貨，唔好再成日積貨。budget 20萬以內。', sector: 'trade-retail', applicationAreas: ['operations'], budgetBand: '100k-300k', readiness: 'aware' }, {
    'cyberport-forecast': [3, 'Demand forecasts and reorder suggestions per product and branch for shops; in budget'],
    'spk-data': [3, 'Chinese-only: per-SKU, per-branch forecasts against overstock for small retailers; in budget'],
    'wholesale-forecast': [1, 'Forecasts and purchase plans, but for importers; budget stretches'],
    'pharmacy-stock': [1, 'Forecasts demand and suggests orders, but for pharmacies'],
    'global-forecast-suite': [1, 'Forecasting and replenishment, but an enterprise suite far over budget'],
    'mega-retail-ai': [1, 'Forecasting and replenishment, but for 50+ outlet chains, far over budget'],
    'stock-ledger-lite': [1, 'Keeps stock records but says it does not forecast or suggest purchases'],
  }),
  judged('fr-mx-salon-dm', 'mixed', { title: '美容院 IG DM 覆唔切', description: '我哋係銅鑼灣一間美容院，IG同WhatsApp啲DM多到覆唔切，想有個bot幫手答價錢同book appointment，最好識send reminder。', sector: 'other', applicationAreas: ['customer-service'], budgetBand: 'below-100k', readiness: 'aware' }, {
    'salon-suite': [3, 'Answers WhatsApp and Instagram messages for beauty salons, books appointments and sends reminders; in budget'],
    'jordan-beauty-booking': [2, 'Salon booking with WhatsApp reminders, but no bot answering messages'],
    'ssp-yuyin': [2, 'Cheap Cantonese WhatsApp and Messenger bot answering prices and bookings for small shops'],
    'lamma-semantic': [1, 'WhatsApp and Instagram bots with bookings, but for restaurants'],
    'lion-rock-chat': [1, 'Cantonese WhatsApp chatbots, generic; starts near the top of the budget'],
    'happy-valley-health': [1, 'Booking bot with WhatsApp reminders, but for clinics'],
    'shek-o-crm': [1, 'Membership CRM for salons, not message answering'],
  }),
  judged('fr-mx-phone-takeaway', 'mixed', { title: '繁忙時間電話叫外賣聽唔切', description: '啲客成日打電話嚟叫外賣，lunch時間個電話響唔停，staff聽唔切，想搵AI幫手聽電話落單，要識廣東話。', sector: 'food-beverage', applicationAreas: ['customer-service'], budgetBand: '100k-300k', readiness: 'aware' }, {
    'phone-order-bot': [3, 'Answers restaurant calls in Cantonese and takes takeaway orders; in budget; English-only profile'],
    'lamma-semantic': [2, 'Takes takeaway orders for restaurants in Cantonese, but on WhatsApp, not the phone'],
    'lion-rock-chat': [1, 'Cantonese bots on phone lines, but no ordering'],
    'tai-koo-voice': [1, 'Cantonese voicebots, but for call centres and far over budget'],
    'qr-order-hk': [1, 'Restaurant ordering, but by QR code, not phone'],
    'shatin-speech': [1, 'Cantonese speech API to build a phone bot on'],
  }),
  judged('fr-mx-fabric-qc', 'mixed', { title: '用 AI camera check 布料瑕疵', description: '廠入面啲QC全靠人眼睇布有冇瑕疵，成日漏咗，想用AI camera check，但預算得十幾萬至廿萬。', sector: 'manufacturing', applicationAreas: ['operations'], budgetBand: '100k-300k', readiness: 'aware' }, {
    'harbour-vision': [3, 'Camera inspection of fabric defects on production lines with a knitwear case; in budget'],
    'global-vision': [1, 'Fabric inspection lines, but far over budget'],
    'harbour-vision-labs': [1, 'Custom vision models, no factory work, over budget'],
    'fo-tan-food-vision': [1, 'Line inspection, but for food packaging'],
  }),
  judged('fr-mx-tenancy-clauses', 'mixed', { title: '律師行想用AI睇 tenancy agreement', description: '我哋係細規模律師行，想用AI幫手睇tenancy agreement，搵出啲唔妥嘅clause，唔好太貴。', sector: 'professional-services', applicationAreas: ['legal'], budgetBand: '100k-300k', readiness: 'aware' }, {
    'admiralty-legal': [3, 'Contract review and clause extraction for law firms with a tenancy case; in budget'],
    'pedder-legal-genai': [1, 'Contract review, but enterprise legal AI far over budget'],
    'rag-lite': [1, 'Cheap document Q&A; could query contracts but does not review them'],
  }),
  judged('fr-mx-no-camera-footfall', 'mixed', { title: '數人流但唔想裝 camera', description: '想知每個鐘有幾多人入舖同conversion，但唔想裝camera影到啲客，怕有私隱問題。', sector: 'trade-retail', applicationAreas: ['operations'], budgetBand: 'below-100k', readiness: 'aware' }, {
    'sensor-footfall': [3, 'Counts shop visitors with sensors, no cameras or images, hourly conversion; in budget; English-only'],
    'causeway-retail-vision': [1, 'Footfall counting, but with cameras, which the shop rules out'],
  }),
  judged('fr-mx-receipts-xero', 'mixed', { title: '單據影相自動入 Xero', description: '每個月啲單據堆到成座山，會計姐姐要逐張key入Xero，想搵個app影相就自動入數。', sector: 'trade-retail', applicationAreas: ['finance'], budgetBand: 'below-100k', readiness: 'unaware' }, {
    'sheung-wan-books': [3, 'Receipt capture by phone photo with automatic entry in Xero; in budget'],
    'sw-kuaiji': [3, 'Chinese-only: photos of receipts entered automatically for SMEs; in budget'],
    'victoria-doc': [1, 'Reads receipts into accounting systems, but priced for larger firms'],
    'receipt-ocr-api': [1, 'Receipt OCR API the company would have to wire up'],
    'north-point-rpa': [1, 'Back-office invoice automation; generic and above the budget'],
  }),
  judged('fr-mx-dse-tutor', 'mixed', { title: '補習社 DSE 數學 AI 練習', description: '我哋補習社想搵AI幫學生做DSE maths練習，有step by step提示，再出progress report俾家長睇。', sector: 'education', applicationAreas: ['other'], budgetBand: 'below-100k', readiness: 'aware' }, {
    'dse-tutor-ai': [3, 'DSE maths tutor with hints and progress reports for tutoring centres; in budget'],
    'kowloon-learning': [1, 'Adaptive learning, but for language lessons'],
  }),
  judged('fr-mx-shopify-cs', 'mixed', { title: '網店 AI 客服 24 小時覆', description: '我哋網店用Shopify，啲客成日問幾時到貨、點退貨，想要個AI客服24小時覆，中英都得。', sector: 'trade-retail', applicationAreas: ['customer-service'], budgetBand: 'below-100k', readiness: 'aware' }, {
    'kt-zhineng-kefu': [3, 'Chinese webshop customer service for returns and delivery questions, connects to Shopify; in budget'],
    'kennedy-commerce-bot': [3, 'Shopping assistant answering order status and product questions for webshops; in budget'],
    'lion-rock-chat': [2, 'Customer-service chatbots with a cosmetics retail case; starts near the top of the budget'],
    'ssp-yuyin': [1, 'Auto-replies to common questions for small shops, no order lookup'],
    'lamma-chat-studio': [1, 'Cheap FAQ widget; cannot look up orders'],
    'web-faq-english': [1, 'English FAQ bot; says it cannot look up orders'],
  }),
  judged('fr-mx-roster', 'mixed', { title: '茶記排更表 AI', description: '間茶記成日要執更表，啲part-time又成日請假要改更，有冇AI幫手排更？', sector: 'food-beverage', applicationAreas: ['human-resources'], budgetBand: 'below-100k', readiness: 'aware' }, {
    'roster-ai': [3, 'Weekly shift rosters for restaurants and shops from demand and leave; in budget'],
    'payroll-hk': [1, 'Leave management, but no rostering and no AI'],
    'enterprise-hcm': [1, 'Rostering inside an enterprise HR suite far over budget'],
  }),
  judged('fr-mx-travel-chatbox', 'mixed', { title: '旅行社想整個 chatbox', description: '想整個chatbox答客人問題，我地係做旅行社，啲客成日問行程同報價，要識廣東話同英文。', sector: 'hospitality-tourism', applicationAreas: ['customer-service'], budgetBand: '100k-300k', readiness: 'aware' }, {
    'itinerary-ai': [3, 'Travel agency AI that quotes tours and answers travellers on WhatsApp; in budget'],
    'lion-rock-chat': [2, 'Cantonese and English chatbots with a hotel enquiry case'],
    'repulse-bay-hotels': [1, 'Guest chatbot, but for hotels'],
    'lamma-chat-studio': [1, 'Cheap English FAQ widget'],
  }),
  judged('fr-mx-bakery-hiring', 'mixed', { title: '連鎖麵包舖請 part-time 睇 CV 睇到眼花', description: '我哋間連鎖麵包舖成日請part-time，HR日日睇幾百份CV睇到眼都花，想AI幫手篩同約interview。', sector: 'food-beverage', applicationAreas: ['human-resources'], budgetBand: 'below-100k', readiness: 'aware' }, {
    'hr-zhaopin': [3, 'Chinese-only CV screening and interview booking for catering volume hiring; in budget'],
    'wan-chai-talent': [3, 'CV screening and interview scheduling for volume hiring; in budget'],
    'enterprise-hcm': [1, 'AI recruitment inside an enterprise suite far over budget'],
    'roster-ai': [1, 'Staff scheduling for bakeries, not hiring'],
  }),
  judged('fr-mx-hotel-simplified', 'mixed', { title: '酒店回复邮件同调房价', description: '我地酒店想用AI帮手回复客人邮件，同埋按淡旺季自动调整房价。', sector: 'hospitality-tourism', applicationAreas: ['customer-service', 'marketing'], budgetBand: '100k-300k', readiness: 'aware' }, {
    'repulse-bay-hotels': [3, 'Dynamic room pricing and a guest chatbot for small hotels; in budget'],
    'lion-rock-chat': [2, 'Guest enquiry bot that cut hotel email response time; no pricing'],
    'ideas-revenue-suite': [1, 'Hotel pricing, but an enterprise suite far over budget'],
    'trade-email-assistant': [1, 'Drafts email replies, but for trading companies'],
  }),
];

const ENGLISH: JudgedNeed[] = [
  judged('fr-en-cctg-stock', 'en', { title: 'Cha chaan teng keeps running out of milk tea base', description: 'Our cha chaan teng keeps running out of milk tea base and over-orders bread. Looking for something that predicts daily usage from our POS sales so we order the right amount from suppliers.', sector: 'food-beverage', applicationAreas: ['operations'], budgetBand: 'below-100k', readiness: 'aware' }, {
    'procure-bot': [1, 'Reorder reminders and purchase orders to suppliers, but no usage forecast'],
    'cyberport-forecast': [2, 'Demand forecasts and reorder suggestions with a bakery case; starts at the top of the budget'],
    'kitchen-ai': [2, 'Dish demand forecasting for restaurants; in budget'],
    'tst-fnb-analytics': [2, 'Kitchen prep forecasts for restaurants; in budget'],
    'stock-ledger-lite': [1, 'Records stock for cafés but says it does not forecast'],
    'global-forecast-suite': [1, 'Forecasting for food chains, but an enterprise suite far over budget'],
  }),
  judged('fr-en-kitchen-waste-nocam', 'en', { title: 'Cut kitchen waste without cameras', description: 'Reduce food waste in our hotel kitchen, but the chef refuses cameras in the kitchen. We want to weigh what gets thrown away and see which dishes waste the most.', sector: 'hospitality-tourism', applicationAreas: ['operations'], budgetBand: 'below-100k', readiness: 'aware' }, {
    'waste-scale': [3, 'Chinese-only: weighs kitchen waste by dish without cameras, with a hotel case; in budget'],
    'kitchen-ai': [1, 'Tracks food waste, but with a camera over the bin, which the chef refuses'],
    'tst-fnb-analytics': [1, 'Food cost analytics; does not measure waste'],
  }),
  judged('fr-en-interior-renders', 'en', { title: 'Renders from our sketches', description: 'We are a small interior design firm in Kwun Tong. Clients cannot picture our sketches. Can AI turn floor plans into realistic renders quickly? Budget under HK$50k.', sector: 'professional-services', applicationAreas: ['marketing'], budgetBand: 'below-100k', readiness: 'aware' }, {
    'render-studio-ai': [3, 'Turns floor plans and sketches into interior renders for designers; in budget'],
    'west-kowloon-creative': [1, 'Image generation, but for museums and galleries; above budget'],
  }),
  judged('fr-en-money-lender', 'en', { title: 'Score loan applicants from bank statements', description: 'We are a licensed money lender with a small team. We want to score applicants from their bank statements faster, and must be able to explain each decision to the regulator.', sector: 'finance-insurance', applicationAreas: ['finance'], budgetBand: '100k-300k', readiness: 'aware' }, {
    'lender-credit-lite': [3, 'Explainable credit scoring from bank statements for money lenders; in budget'],
    'central-risk': [1, 'Credit scoring, but for banks and far over budget'],
    'exchange-regtech': [1, 'Onboarding checks for money lenders, not credit scoring'],
  }),
  judged('fr-en-agency-whatsapp', 'en', { title: 'Too many WhatsApp enquiries at our estate agency', description: 'Estate agency with 5 branches in Tseung Kwan O. We are flooded with WhatsApp enquiries from buyers and tenants and most are time-wasters. Want a bot to ask their budget and district and book viewings.', sector: 'real-estate', applicationAreas: ['marketing'], budgetBand: '100k-300k', readiness: 'aware' }, {
    'tin-hau-leads': [3, 'WhatsApp lead qualification and viewing booking for estate agencies; in budget'],
    'lion-rock-chat': [2, 'WhatsApp chatbots, but no property work'],
    'ssp-yuyin': [1, 'Cheap WhatsApp auto-replies, no lead qualification'],
  }),
  judged('fr-en-ngo-voice-notes', 'en', { title: 'Case notes from voice memos', description: 'Our NGO social workers spend evenings typing case notes. They record voice memos in Cantonese after home visits. Can AI turn them into notes and help with the quarterly funder report?', sector: 'social-care', applicationAreas: ['administrative-support'], budgetBand: '100k-300k', readiness: 'aware' }, {
    'ngo-case-ai': [3, 'Drafts case notes from voice memos and prepares funder reports for social workers; in budget'],
    'minutes-ai': [2, 'Cantonese transcription and summaries, but of meetings'],
    'clinic-notes-ai': [1, 'Cantonese speech to notes, but for doctors'],
    'shatin-speech': [1, 'Cantonese speech API to build on'],
    'subtitle-ai': [1, 'Cantonese transcription, but into video captions'],
    'tender-writer': [1, 'Drafts grant proposals for social care, not reports from notes'],
  }),
  judged('fr-en-bakery-electricity', 'en', { title: 'Electricity bills jumped at our bakeries', description: 'Electricity bills at our 3 bakeries jumped. Aircon and ovens run all day. We want to see where the power goes and cut the bill, nothing fancy.', sector: 'food-beverage', applicationAreas: ['operations'], budgetBand: 'below-100k', readiness: 'unaware' }, {
    'wyman-energy-lite': [3, 'Plug-in meters showing where shops and restaurants use electricity, with a café case; in budget'],
    'lantau-energy': [1, 'Energy optimisation, but for office towers and far over budget'],
  }),
  judged('fr-en-hs-codes', 'en', { title: 'Wrong HS codes cost us penalties', description: 'Freight forwarder, 12 staff. Our clerks look up HS codes by hand and we get penalised for wrong declarations. Need help classifying products and checking invoices and packing lists.', sector: 'logistics', applicationAreas: ['administrative-support'], budgetBand: '100k-300k', readiness: 'aware' }, {
    'customs-hs-ai': [3, 'HS classification, trade document checks and declarations for forwarders; in budget'],
    'freight-quote-ai': [1, 'Automation for forwarders, but of quotes'],
    'victoria-doc': [1, 'Reads invoices; not trade declarations, budget stretches'],
    'receipt-ocr-api': [1, 'Invoice parsing API to build on'],
  }),
  judged('fr-en-typo-restaurant', 'en', { title: 'chat bot for resevations', description: 'Need a chat bot for our restraunt to take resevations on whatsapp, cantonse pls. small budjet', sector: 'food-beverage', applicationAreas: ['customer-service'], budgetBand: 'below-100k', readiness: 'aware' }, {
    'lamma-semantic': [3, 'Cantonese WhatsApp reservation bots for restaurants; starts within budget'],
    'ssp-yuyin': [3, 'Cheap Cantonese WhatsApp bot for restaurants handling bookings; Chinese-only profile'],
    'lion-rock-chat': [2, 'Cantonese WhatsApp chatbots, no restaurant work; starts near the top of the budget'],
    'yau-tsim-queue': [1, 'Table booking, but no chatbot'],
    'salon-suite': [1, 'Cantonese WhatsApp booking bot, but for salons'],
    'happy-valley-health': [1, 'Cantonese WhatsApp booking bot, but for clinics'],
    'phone-order-bot': [1, 'Cantonese restaurant bot on the phone, for orders'],
    'lamma-chat-studio': [1, 'Cheap, but an English website widget'],
    'kt-zhineng-kefu': [1, 'Chinese customer-service bot, but for webshops'],
  }),
  judged('fr-en-gym-churn', 'en', { title: 'Members quit after three months', description: 'Our boutique gym in Sheung Wan loses members after about 3 months. Want to know who is about to quit and nudge them with offers on WhatsApp.', sector: 'other', applicationAreas: ['marketing'], budgetBand: 'below-100k', readiness: 'aware' }, {
    'shek-o-crm': [3, 'Churn prediction and retention offers for gyms with a fitness case; in budget'],
    'mong-kok-growth': [2, 'Personalised offers on WhatsApp and segmentation, for shops and restaurants'],
    'telco-churn': [1, 'Churn prediction, but for telecom operators far over budget'],
  }),
  judged('fr-en-ppe-site', 'en', { title: 'Prove workers wear helmets on site', description: 'Small fitting-out contractor. Our insurer wants proof that workers wear helmets and harnesses on site. Can cameras flag it automatically? We have maybe HK$300k.', sector: 'construction', applicationAreas: ['operations'], budgetBand: '100k-300k', readiness: 'aware' }, {
    'kai-tak-safety': [3, 'Computer vision helmet and harness detection on sites; in budget'],
    'harbour-vision-labs': [1, 'Custom object detection models, no site work'],
    'tst-security': [1, 'CCTV analytics for buildings, not PPE'],
  }),
  judged('fr-en-tvp-start', 'en', { title: 'Never used AI, heard about TVP', description: 'Never used AI. Heard of the TVP. Can someone tell us where AI could help our 8-person trading firm and help with the application?', sector: 'trade-retail', applicationAreas: ['other'], budgetBand: 'below-100k', readiness: 'unaware' }, {
    'sme-ai-coach': [3, 'AI workshops and tool selection for small firms, plus Technology Voucher applications; in budget'],
    'zx-guwen': [3, 'Chinese-only: SME AI planning and government funding applications; in budget'],
    'mid-levels-consult': [2, 'AI strategy for SMEs starting out; no funding help'],
    'tender-writer': [1, 'Drafts Technology Voucher applications, but no advice on where AI helps'],
  }),
  judged('fr-en-simple-stock-app', 'en', { title: 'Simple stock app for two shops', description: 'Simple app to track stock in and out for my 2 stationery shops. Scan barcodes, see what is low. We do not need forecasting or anything fancy, budget around HK$10k.', sector: 'trade-retail', applicationAreas: ['operations'], budgetBand: 'below-100k', readiness: 'unaware' }, {
    'stock-ledger-lite': [3, 'Barcode stock records and low-stock list for small shops; in budget; no forecasting, as wanted'],
    'hktv-seller-tools': [1, 'Stock sync, but across online marketplaces'],
  }),
];

const CHINESE: JudgedNeed[] = [
  judged('fr-zh-warehouse-picking', 'zh', { title: '網店貨倉執貨出錯', description: '我們是一間網店的貨倉，執貨經常出錯又慢，想優化揀貨路線及貨位安排。', sector: 'logistics', applicationAreas: ['operations'], budgetBand: '100k-300k', readiness: 'aware' }, {
    'tm-wuliu': [3, 'Chinese-only: slotting and picking routes for e-commerce warehouses; in budget'],
    'kt-robotics': [1, 'Packing robots for warehouses; far over budget'],
    'kwai-tsing-drones': [1, 'Warehouse stock counting, not picking; over budget'],
  }),
  judged('fr-zh-simp-product-copy', 'zh', { title: '护肤品网店批量写产品描述', description: '我们是香港的护肤品网店，想用AI批量写产品描述和小红书文案，繁体简体都要。', sector: 'trade-retail', applicationAreas: ['marketing'], budgetBand: 'below-100k', readiness: 'aware' }, {
    'copy-harbour': [3, 'Generative product descriptions and social posts in Chinese, with an online pharmacy case; in budget'],
    'harbour-translate': [1, 'Translates between Traditional and Simplified, does not write copy'],
    'video-gen-studio': [1, 'Social content, but video'],
    'kol-match': [1, 'Social media marketing through influencers, not writing'],
  }),
  judged('fr-zh-simp-call-asr', 'zh', { title: '客服热线粤语录音转文字', description: '我们的客服热线想把粤语通话录音自动转成文字，再做质检分析。', sector: 'trade-retail', applicationAreas: ['customer-service'], budgetBand: '300k-500k', readiness: 'ready' }, {
    'call-qa-lite': [2, 'Chinese-only quality checks of customer-service call recordings; no transcripts as such'],
    'call-scribe': [2, 'Cantonese call recording and transcripts, but for small offices rather than a hotline'],
    'shatin-speech': [3, 'Cantonese speech recognition API for call centres; suits a ready team; in budget'],
    'tai-koo-voice': [2, 'Transcribes and summarises every call in Cantonese, but over budget'],
    'omni-contact-suite': [1, 'Contact-centre quality analytics, far over budget'],
    'minutes-ai': [1, 'Cantonese transcription, but of meetings'],
    'data-harbour': [1, 'Transcribes Cantonese speech as a labelling service'],
    'subtitle-ai': [1, 'Cantonese speech to text, but for video captions'],
  }),
  judged('fr-zh-simp-payments-aml', 'zh', { title: '支付公司可疑交易检测', description: '我们是一家小型支付公司，想检测可疑交易和洗钱风险，预算大约一百万。', sector: 'finance-insurance', applicationAreas: ['operations'], budgetBand: '1m-2m', readiness: 'ready' }, {
    'central-risk': [3, 'Fraud detection and AML transaction monitoring with a payment firm case; in budget'],
    'exchange-regtech': [2, 'AML screening for payment firms, at onboarding rather than on transactions'],
    'quarry-bay-claims': [1, 'Flags suspicious claims, but for insurers'],
  }),
  judged('fr-zh-law-translation', 'zh', { title: '中文合約翻譯成英文', description: '本律師行需要把大量中文合約翻譯成英文，資料要保密，最好唔用外國雲端。', sector: 'professional-services', applicationAreas: ['legal'], budgetBand: '100k-300k', readiness: 'aware' }, {
    'legal-translate-hk': [3, 'Contract translation checked by legal translators on Hong Kong servers; in budget'],
    'harbour-translate': [3, 'Chinese-English machine translation with linguist review; in budget'],
    'admiralty-legal': [1, 'Legal NLP in Chinese and English, but review rather than translation'],
    'causeway-llm': [1, 'Private LLM hosted in Hong Kong that could translate; over budget'],
  }),
  judged('fr-zh-school-notices', 'zh', { title: '學校通告回條太麻煩', description: '學校每日要派好多通告俾家長，收回條好麻煩，家長又成日打電話嚟問嘢。', sector: 'education', applicationAreas: ['administrative-support'], budgetBand: 'below-100k', readiness: 'aware' }, {
    'xiaoyuan-zhineng': [3, 'Electronic parent notices and reply slips, with a chatbot for parent questions; in budget'],
    'campus-enquiry-bot': [2, 'Enquiry chatbot for schools; admissions rather than notices'],
  }),
  judged('fr-zh-simp-compressor', 'zh', { title: '空压机注塑机突然坏', description: '工厂的空压机和注塑机经常突然坏，想提前预警，预算三十万左右。', sector: 'manufacturing', applicationAreas: ['operations'], budgetBand: '100k-300k', readiness: 'aware' }, {
    'kc-zhizao': [3, 'Predictive maintenance for injection moulding machines and compressors in small factories; in budget'],
    'yuen-long-machine': [3, 'Sensors on motors and compressors warn of failures; English-only; budget overlaps'],
    'lantau-energy': [1, 'Predictive maintenance, but of chillers and lifts; over budget'],
    'cold-chain-iot': [1, 'Predicts compressor failures, but in fridges'],
  }),
  judged('fr-zh-shop-theft', 'zh', { title: '便利店防盜', description: '便利店經常有人偷嘢，想用閉路電視自動偵測可疑行為。', sector: 'trade-retail', applicationAreas: ['operations'], budgetBand: '100k-300k', readiness: 'aware' }, {
    'loss-prevention-vision': [3, 'Cameras that flag suspicious behaviour in shops; budget overlaps'],
    'tst-security': [1, 'Video analytics for intrusion, in buildings'],
    'causeway-retail-vision': [1, 'Shop cameras for footfall and shelves, not theft'],
  }),
];

export const FRESH_NEEDS: JudgedNeed[] = [...MIXED, ...ENGLISH, ...CHINESE];
