// A blind judged set, written (with its traps' suppliers in market/blind.ts) before the matcher ran on it, to cover
// kinds of need the tuned and fresh sets do not: phone-call recording and transcription, contract translation beside
// contract review, purchasing from suppliers beside taking customers' orders, call-centre quality checks beside
// factory quality inspection, needs that name one capability among many setting words (sector, channel, place),
// one-line needs, long rambling ones, Simplified Chinese, and English product names (Shopify, Xero, WhatsApp
// Business, POS) inside Cantonese. Grades were written from the whole fixture market and not changed afterwards.
import { judged, type JudgedNeed } from './judged';

const ENGLISH: JudgedNeed[] = [
  judged('bl-en-agency-call-records', 'en', { title: 'Record and transcribe our client calls', description: 'Our 8-person estate agency team takes client calls on mobiles. We want every call recorded and turned into text with a short summary so nothing a client says gets lost.', sector: 'real-estate', applicationAreas: ['customer-service'], budgetBand: 'below-100k', readiness: 'aware' }, {
    'call-scribe': [3, 'Records and transcribes calls on mobiles with summaries, with an estate agency case; in budget'],
    'tai-koo-voice': [1, 'Transcribes and summarises every call, but a call-centre voicebot far over budget'],
    'shatin-speech': [1, 'Cantonese speech API to build transcription on'],
    'minutes-ai': [1, 'Cantonese-English transcripts and summaries, but of meetings'],
    'call-qa-lite': [1, 'Analyses call recordings, but to score customer-service staff'],
  }),
  judged('bl-en-contract-translation-short', 'en', { title: 'Contract translation', description: 'Need our English supply contracts translated into Chinese.', sector: 'trade-retail', applicationAreas: ['legal'], budgetBand: 'below-100k', readiness: 'aware' }, {
    'legal-translate-hk': [3, 'Contract translation between English and Chinese checked by legal translators; in budget'],
    'harbour-translate': [2, 'English-Chinese machine translation with linguist review, not legal specialists'],
    'admiralty-legal': [1, 'Legal NLP in English and Chinese, but review, not translation; over budget'],
  }),
  judged('bl-en-trading-clause-review', 'en', { title: 'Flag risky clauses in our supplier contracts', description: 'We are a 30-person trading firm signing supply contracts in English and Chinese. We do not need translation; we want something that reads each contract and flags risky or unusual clauses before our lawyer sees it.', sector: 'trade-retail', applicationAreas: ['legal'], budgetBand: '100k-300k', readiness: 'aware' }, {
    'admiralty-legal': [3, 'Contract review and clause extraction in English and Chinese; in budget'],
    'pedder-legal-genai': [1, 'Contract review, but enterprise legal AI far over budget'],
    'rag-lite': [1, 'Cheap document Q&A that could query contracts but does not review them'],
  }),
  judged('bl-en-bakery-purchasing', 'en', { title: 'Ordering from our suppliers is chaos', description: 'I run two bakeries and order flour, butter and packaging from six suppliers by phone and WhatsApp. I want one place to compare their quotes, send purchase orders and check what actually arrived.', sector: 'food-beverage', applicationAreas: ['operations'], budgetBand: 'below-100k', readiness: 'aware' }, {
    'procure-bot': [3, 'Compares supplier quotes, sends purchase orders and checks deliveries for bakeries and cafés; in budget'],
    'wholesale-forecast': [1, 'Purchase plans, but for importers and over budget'],
    'cyberport-forecast': [1, 'Reorder suggestions with a bakery case, but no purchase orders; starts over budget'],
    'ap-automation': [1, 'Matches purchase orders and deliveries, but enterprise software far over budget'],
    'stock-ledger-lite': [1, 'Records stock and lists low items, but no purchasing'],
  }),
  judged('bl-en-broker-call-qa', 'en', { title: 'Check the quality of our customer service calls', description: 'We are an insurance broker with a 20-agent customer service team. Supervisors can only listen to 2% of calls. We want AI to score every recorded call for script compliance and rude tone.', sector: 'finance-insurance', applicationAreas: ['customer-service'], budgetBand: '100k-300k', readiness: 'ready' }, {
    'call-qa-lite': [3, 'Chinese-only: scores every customer-service call for required wording and tone, with a broker case; in budget'],
    'omni-contact-suite': [1, 'Contact-centre quality analytics, but for 200+ agents, far over budget'],
    'tai-koo-voice': [1, 'Transcribes every call, but no quality scoring; over budget'],
    'call-scribe': [1, 'Transcribes calls, but no scoring'],
    'shatin-speech': [1, 'Cantonese speech API for call centres to build on'],
  }),
  judged('bl-en-moulding-qc', 'en', { title: 'Visual QC on our injection moulding line', description: 'Our plastics factory in Kwai Chung checks moulded parts for flash, short shots and scratches by eye. We want cameras to catch defects on the line. Budget around HK$400k.', sector: 'manufacturing', applicationAreas: ['operations'], budgetBand: '300k-500k', readiness: 'aware' }, {
    'harbour-vision': [2, 'Camera defect detection on production lines in budget, but for electronics and garments'],
    'global-vision': [1, 'Optical inspection lines, but far over budget'],
    'harbour-vision-labs': [1, 'Custom vision models, no factory work'],
    'fo-tan-food-vision': [1, 'Line inspection, but for food packaging'],
  }),
  judged('bl-en-restaurant-call-transcripts', 'en', { title: 'Cantonese phone calls to text', description: 'We are a family-run Cantonese restaurant group in Mong Kok with a WhatsApp Business account, an Instagram page and a busy phone line. Customers call to book or complain. We want our phone calls recorded and transcribed to text in Cantonese so the managers can read them.', sector: 'food-beverage', applicationAreas: ['customer-service'], budgetBand: 'below-100k', readiness: 'aware' }, {
    'call-scribe': [3, 'Records phone calls and writes Cantonese transcripts and summaries; in budget'],
    'tai-koo-voice': [1, 'Transcribes every call in Cantonese, but a call-centre voicebot far over budget'],
    'shatin-speech': [1, 'Cantonese speech API to build on'],
    'minutes-ai': [1, 'Cantonese transcription, but of meetings'],
    'subtitle-ai': [1, 'Cantonese speech to text, but for video captions'],
    'call-qa-lite': [1, 'Analyses call recordings in Chinese, but to score agents'],
    'data-harbour': [1, 'Transcribes Cantonese speech as a labelling service'],
  }),
  judged('bl-en-forwarder-rambling', 'en', { title: 'Drowning in quote requests', description: 'So we are a small freight forwarding company in Kwai Chung, about 15 staff, been around since 1998. My father started it. We do mostly sea freight to Southeast Asia and some air. Honestly everything is still Excel and email. The biggest headache right now is quotes: customers email asking for rates, and my two sales staff spend whole afternoons looking up carrier rate sheets and typing quotations. Sometimes a quote takes two days and the customer has gone elsewhere. We also have issues with HS codes but that is another story. We tried ChatGPT but it makes up prices. Budget maybe 200k, we could apply for TVP.', sector: 'logistics', applicationAreas: ['marketing', 'operations'], budgetBand: '100k-300k', readiness: 'aware' }, {
    'freight-quote-ai': [3, 'Reads quote requests from email, prices them from carrier rate sheets and drafts quotations for forwarders; in budget'],
    'trade-email-assistant': [2, 'Drafts replies to enquiries from price lists, but for trading companies'],
    'customs-hs-ai': [1, 'HS codes, the secondary problem'],
    'north-point-rpa': [1, 'Email-to-ERP workflow automation, no pricing'],
  }),
  judged('bl-en-shopify-xero', 'en', { title: 'Shopify orders into Xero by hand', description: 'We sell skincare on Shopify. Every week someone copies orders, refunds and Stripe payouts into Xero by hand. We want the bookkeeping done automatically.', sector: 'trade-retail', applicationAreas: ['finance'], budgetBand: 'below-100k', readiness: 'aware' }, {
    'sheung-wan-books': [3, 'Bookkeeping automation with bank feeds and reconciliation in Xero; in budget'],
    'sw-kuaiji': [2, 'Chinese-only bookkeeping automation for SMEs, no Xero mentioned'],
    'north-point-rpa': [1, 'Back-office workflow automation that could move records'],
    'victoria-doc': [1, 'Posts documents to accounting systems, but over budget'],
  }),
  judged('bl-en-pos-winback', 'en', { title: 'Win back regulars', description: 'Use our POS member data to send WhatsApp offers to café regulars who stopped coming.', sector: 'food-beverage', applicationAreas: ['marketing'], budgetBand: 'below-100k', readiness: 'aware' }, {
    'mong-kok-growth': [3, 'Customer segments and personalised WhatsApp offers, with a café chain case; in budget'],
    'shek-o-crm': [2, 'Predicts which members are leaving and what to offer, but for gyms and salons'],
    'salon-suite': [1, 'Follows up regular customers on WhatsApp, but for salons'],
    'ecom-recs': [1, 'Personalised recommendation emails, but for online shops'],
  }),
  judged('bl-en-website-faq-short', 'en', { title: 'Website chatbot', description: 'Need a simple FAQ chatbot on our website.', sector: 'professional-services', applicationAreas: ['customer-service'], budgetBand: 'below-100k', readiness: 'unaware' }, {
    'lamma-chat-studio': [3, 'Do-it-yourself website FAQ chat widget for small businesses; in budget'],
    'web-faq-english': [3, 'Website FAQ bot for small businesses; in budget'],
    'lion-rock-chat': [2, 'Website chatbots, starting near the top of the budget'],
    'kt-zhineng-kefu': [1, 'Chinese webshop chat, built for retail'],
    'ssp-yuyin': [1, 'Cheap FAQ bot, but on WhatsApp and Messenger'],
    'campus-enquiry-bot': [1, 'Enquiry chatbot, but for schools'],
  }),
];

const CHINESE: JudgedNeed[] = [
  judged('bl-zh-simp-restaurant-purchasing', 'zh', { title: '餐厅采购管理', description: '我们有三间餐厅，每天向十几个供应商订货，靠电话和微信，经常漏单或者价格不一样。想要一个系统比较报价、发采购单、核对送货。', sector: 'food-beverage', applicationAreas: ['operations'], budgetBand: 'below-100k', readiness: 'aware' }, {
    'procure-bot': [3, 'Compares supplier quotes, sends purchase orders and checks deliveries for restaurants; in budget'],
    'tst-fnb-analytics': [1, 'Ingredient price alerts for restaurants, but no purchasing'],
    'wholesale-forecast': [1, 'Purchase plans, but for importers and over budget'],
    'ap-automation': [1, 'Matches purchase orders and deliveries, but enterprise software far over budget'],
  }),
  judged('bl-zh-simp-agent-call-text', 'zh', { title: '电话录音转文字', description: '我们是一家小型保险代理公司，想把同客户的电话录音自动转成文字，方便日后查证。预算五万以内。', sector: 'finance-insurance', applicationAreas: ['customer-service'], budgetBand: 'below-100k', readiness: 'aware' }, {
    'call-scribe': [3, 'Records calls and writes Cantonese-English transcripts; in budget'],
    'call-qa-lite': [1, 'Analyses call recordings in Chinese, but to score agents'],
    'tai-koo-voice': [1, 'Transcribes every call, but far over budget'],
    'shatin-speech': [1, 'Cantonese speech API to build on; over budget'],
    'minutes-ai': [1, 'Cantonese transcription, but of meetings'],
    'data-harbour': [1, 'Transcribes Cantonese speech as a labelling service'],
  }),
  judged('bl-zh-simp-shopify-service', 'zh', { title: 'Shopify 网店智能客服', description: '我们在Shopify开网店卖母婴用品，客人常问发货和退货，想用AI客服自动回答，支持简体和繁体。', sector: 'trade-retail', applicationAreas: ['customer-service'], budgetBand: 'below-100k', readiness: 'aware' }, {
    'kt-zhineng-kefu': [3, 'Chinese-only: webshop customer service answering delivery and returns, Shopify, both scripts; in budget'],
    'kennedy-commerce-bot': [3, 'Webshop assistant tracking orders and answering product questions, with a baby products case; in budget'],
    'lion-rock-chat': [2, 'Chatbots in Cantonese, English and Mandarin, generic; starts near the top of the budget'],
    'ssp-yuyin': [1, 'Cheap Chinese chatbot for small shops, on WhatsApp only'],
    'lamma-chat-studio': [1, 'Cheap website widget, English only'],
    'mega-retail-ai': [1, 'Has a retail chatbot, but far over budget'],
  }),
  judged('bl-zh-solder-qc', 'zh', { title: '工廠焊點質檢', description: '我哋係葵涌一間電子廠，想用鏡頭自動檢查焊點同零件有冇缺陷，代替人手質檢。', sector: 'manufacturing', applicationAreas: ['operations'], budgetBand: '300k-500k', readiness: 'aware' }, {
    'harbour-vision': [3, 'Camera inspection of solder joints on electronics lines; in budget'],
    'global-vision': [1, 'Electronics defect detection, but far over budget'],
    'harbour-vision-labs': [1, 'Custom vision models, no factory work'],
    'fo-tan-food-vision': [1, 'Line inspection, but for food packaging'],
  }),
  judged('bl-zh-callcentre-qc', 'zh', { title: '客服質檢', description: '我們的客服中心有三十位同事，想用人工智能檢查每通電話的服務質素，例如有否講齊開場白及有否態度問題，取代主管抽聽。', sector: 'admin-support-services', applicationAreas: ['customer-service'], budgetBand: '100k-300k', readiness: 'aware' }, {
    'call-qa-lite': [3, 'Scores every customer-service call for required wording and attitude; in budget'],
    'omni-contact-suite': [1, 'Contact-centre quality analytics, far over budget'],
    'tai-koo-voice': [1, 'Transcribes every call, but no quality scoring; over budget'],
    'call-scribe': [1, 'Transcribes calls, but no scoring'],
    'shatin-speech': [1, 'Cantonese speech API for call centres to build on'],
  }),
  judged('bl-zh-mainland-contract-translation', 'zh', { title: '合約翻譯', description: '我們是貿易公司，與內地廠家簽的合約都是簡體中文，需要翻譯成英文給海外客戶看，要準確。', sector: 'trade-retail', applicationAreas: ['legal'], budgetBand: 'below-100k', readiness: 'aware' }, {
    'legal-translate-hk': [3, 'Chinese-English contract translation checked by legal translators; in budget'],
    'harbour-translate': [2, 'Simplified Chinese to English machine translation with linguist review'],
  }),
  judged('bl-zh-auto-bookkeeping-short', 'zh', { title: '自動入數', description: '單據太多，想自動入數。', sector: 'trade-retail', applicationAreas: ['finance'], budgetBand: 'below-100k', readiness: 'aware' }, {
    'sw-kuaiji': [3, 'Photographs receipts and books them automatically for SMEs; in budget'],
    'sheung-wan-books': [3, 'Receipt capture and automatic bookkeeping for small companies; in budget'],
    'victoria-doc': [1, 'Reads invoices and receipts into accounting systems, but over budget'],
    'receipt-ocr-api': [1, 'Receipt OCR, but an API for developers'],
    'north-point-rpa': [1, 'Invoice processing workflows for back offices'],
    'ap-automation': [1, 'Invoice capture, but enterprise software far over budget'],
  }),
  judged('bl-zh-care-home-roster-rambling', 'zh', { title: '安老院排更好頭痛', description: '我哋係觀塘一間私營安老院，有六十張床，四十幾個員工，護理員、保健員、雜務都有。之前一直用Excel排更，院長每個月要花成個禮拜嚟排，又要顧住勞工法例、員工放假、夜更唔可以連續太多日，仲成日有人臨時請病假要執更。我哋都有諗過裝鏡頭防跌，但今次最想解決嘅係排更問題。預算大概十萬左右，想用埋政府資助。', sector: 'social-care', applicationAreas: ['human-resources'], budgetBand: '100k-300k', readiness: 'aware' }, {
    'roster-ai': [3, 'Builds shift rosters from labour rules and staff preferences for care homes; in budget'],
    'enterprise-hcm': [1, 'Rostering, but for 5,000+ staff and far over budget'],
    'payroll-hk': [1, 'Leave management, but no rostering and no AI'],
  }),
];

const MIXED: JudgedNeed[] = [
  judged('bl-mx-repair-shop-call-records', 'mixed', { title: 'WhatsApp Business 以外仲想錄低啲 call', description: '我哋係旺角一間做 iPhone 維修嘅小店，有 WhatsApp Business、IG、Facebook page，仲有個 hotline。想將客打嚟嘅 call 錄低再轉做文字，有 summary 最好，因為成日有客話我哋答應過啲嘢但冇記錄。', sector: 'trade-retail', applicationAreas: ['customer-service'], budgetBand: 'below-100k', readiness: 'aware' }, {
    'call-scribe': [3, 'Records calls and writes transcripts with summaries for small shops; in budget'],
    'tai-koo-voice': [1, 'Transcribes every call, but a call-centre voicebot far over budget'],
    'shatin-speech': [1, 'Cantonese speech API to build on'],
    'minutes-ai': [1, 'Cantonese transcription and summaries, but of meetings'],
    'call-qa-lite': [1, 'Analyses call recordings, but to score agents'],
    'subtitle-ai': [1, 'Cantonese speech to text, but for video captions'],
    'data-harbour': [1, 'Transcribes Cantonese speech as a labelling service'],
  }),
  judged('bl-mx-cafe-supplier-po', 'mixed', { title: '想用 AI 幫手落 order 俾供應商', description: '我係開 cafe 嘅，每個禮拜要 WhatsApp 幾個 supplier 落 order 買咖啡豆、牛奶、包，成日唔記得或者落錯數，想有個 system 提我幾時要入貨同自動出 PO。', sector: 'food-beverage', applicationAreas: ['operations'], budgetBand: 'below-100k', readiness: 'aware' }, {
    'procure-bot': [3, 'Sends purchase orders to suppliers by WhatsApp and reminds cafés when to reorder; in budget'],
    'cyberport-forecast': [1, 'Reorder suggestions for restaurants, but no purchase orders; starts over budget'],
    'stock-ledger-lite': [1, 'Low-stock list for cafés, but no purchasing'],
    'wholesale-forecast': [1, 'Suggests what to order from suppliers, but for importers and over budget'],
  }),
  judged('bl-mx-webshop-whatsapp-orders', 'mixed', { title: '客 WhatsApp 落 order 抄到手軟', description: '我哋網店啲客成日 WhatsApp 落 order，要人手抄落 Shopify 再 send FPS 收款資料，想自動化。', sector: 'trade-retail', applicationAreas: ['customer-service'], budgetBand: 'below-100k', readiness: 'aware' }, {
    'shop-order-taker': [3, 'Takes customer orders on WhatsApp, sends FPS details and puts orders into Shopify; in budget'],
    'kennedy-commerce-bot': [1, 'WhatsApp shopping assistant that tracks orders but does not take them'],
    'kt-zhineng-kefu': [1, 'Webshop customer service with Shopify, but answers questions rather than takes orders'],
    'hktv-seller-tools': [1, 'Consolidates marketplace orders and Shopify stock, not WhatsApp orders'],
    'north-point-rpa': [1, 'Order entry automation for back offices'],
    'lamma-semantic': [1, 'Takes orders on WhatsApp, but for restaurants'],
  }),
  judged('bl-mx-xero-receipts', 'mixed', { title: 'Xero 入單', description: '公司用緊 Xero，每個月幾百張 receipt 要人手 key，想影相就自動入 Xero。', sector: 'professional-services', applicationAreas: ['finance'], budgetBand: 'below-100k', readiness: 'aware' }, {
    'sheung-wan-books': [3, 'Receipt capture by phone photo into Xero; in budget'],
    'sw-kuaiji': [2, 'Chinese-only: photographed receipts booked automatically, no Xero mentioned'],
    'receipt-ocr-api': [1, 'Receipt OCR, but an API for developers'],
    'victoria-doc': [1, 'Reads receipts into accounting systems, but over budget'],
    'north-point-rpa': [1, 'Invoice processing workflows'],
  }),
  judged('bl-mx-bakery-pos-forecast', 'mixed', { title: '用 POS data 預計每日焗幾多包', description: '我哋有三間麵包舖，想用 POS 嘅 sales data 預計每日每款包要焗幾多，唔好晚晚剩成堆。', sector: 'food-beverage', applicationAreas: ['operations'], budgetBand: 'below-100k', readiness: 'aware' }, {
    'cyberport-forecast': [2, 'Daily prep forecasts with a bakery chain case; starts at the top of the budget'],
    'tst-fnb-analytics': [2, 'Kitchen prep forecasts for food businesses; in budget'],
    'kitchen-ai': [2, 'Dish demand forecasting; in budget'],
    'spk-data': [1, 'Per-product, per-branch sales forecasts, but for retail shops'],
    'global-forecast-suite': [1, 'Forecasting for food chains, but far over budget'],
  }),
  judged('bl-mx-hotline-short', 'mixed', { title: 'AI 聽電話', description: '想個 AI 幫我哋聽 hotline，識廣東話。', sector: 'trade-retail', applicationAreas: ['customer-service'], budgetBand: '100k-300k', readiness: 'aware' }, {
    'lion-rock-chat': [3, 'Cantonese bots answering customers on phone lines for retailers; in budget'],
    'tai-koo-voice': [2, 'Cantonese voicebots answering calls, but over budget'],
    'omni-contact-suite': [1, 'Voicebot in a contact-centre suite far over budget'],
    'phone-order-bot': [1, 'Answers calls in Cantonese, but only restaurant orders'],
    'shatin-speech': [1, 'Cantonese speech API to build a phone bot on'],
  }),
  judged('bl-mx-lease-check', 'mixed', { title: '份 shop lease 想 AI check 吓', description: '我哋同個 landlord 簽緊 shop lease，全英文，想 AI 幫手 check 有冇唔妥嘅 clause，唔使翻譯。', sector: 'trade-retail', applicationAreas: ['legal'], budgetBand: 'below-100k', readiness: 'aware' }, {
    'admiralty-legal': [2, 'Contract review and clause extraction, but starts over budget'],
    'pedder-legal-genai': [1, 'Contract review, but far over budget'],
    'rag-lite': [1, 'Cheap document Q&A that could query a lease but does not review it'],
  }),
  judged('bl-mx-simp-listing-translation', 'mixed', { title: '跨境电商 listing 翻译', description: '我们做跨境电商，Amazon 和 Shopify 上有三千个 listing 要从英文翻译成繁体中文，要地道一点。', sector: 'trade-retail', applicationAreas: ['marketing'], budgetBand: 'below-100k', readiness: 'aware' }, {
    'harbour-translate': [3, 'English to Traditional Chinese machine translation with localisation review; in budget'],
    'copy-harbour': [2, 'Bilingual product descriptions in Hong Kong style Chinese, written rather than translated'],
    'legal-translate-hk': [1, 'English-Chinese translation, but of legal and financial documents'],
  }),
  judged('bl-mx-money-lender-rambling', 'mixed', { title: 'Money lender 審批太慢', description: '我哋係一間細 money lender，牌照喺2015攞，主要做私人貸款，客人大部分經 WhatsApp 同 Facebook 廣告搵我哋，之後上嚟 office 簽文件。而家最煩係審批：要睇 bank statement、糧單、address proof，成日有假文件，又要做 TU 查冊。想用 AI 幫手分析 bank statement 同做 credit scoring，但要解釋到俾 compliance 聽點解批或者唔批。Budget 二三十萬。', sector: 'finance-insurance', applicationAreas: ['finance'], budgetBand: '100k-300k', readiness: 'aware' }, {
    'lender-credit-lite': [3, 'Explainable credit scoring from bank statements for money lenders; in budget'],
    'central-risk': [1, 'Credit scoring, but for banks and far over budget'],
    'exchange-regtech': [1, 'KYC checks for money lenders, but no credit scoring'],
    'victoria-doc': [1, 'Reads KYC forms, but no scoring; over budget'],
  }),
  judged('bl-mx-moulding-schedule', 'mixed', { title: '啤機排 order 排到頭暈', description: '我哋塑膠廠有十部啤機，客 order 一多就唔知點排，急單一入嚟全部要重新排，想用 AI 幫手 schedule。', sector: 'manufacturing', applicationAreas: ['operations'], budgetBand: '100k-300k', readiness: 'aware' }, {
    'tuen-mun-planner': [3, 'Plans orders across machines and re-plans for rush orders in small factories; in budget'],
  }),
];

export const BLIND_NEEDS: JudgedNeed[] = [...ENGLISH, ...CHINESE, ...MIXED];
