// A thirteenth blind judged set, written with its grades from the whole fixture market before the matcher ran on it, and
// not changed afterwards. Its focus differs from the earlier sets. Most needs are told only through symptoms and
// numbers and never name the kind of solution (tills that show 4-6% more stock than the shelves, the wrong allergen
// label on the first trays after a changeover, nine accountants typing bank statements for three weeks, half the
// support tickets already answered in a help centre, 「每逢八號風球後電話響到爆」, 兩成捐贈食物過期, 四份支付結算單對唔上
// POS, 每月三十幾張化驗單打錯身份證, 「啲 sales 成日報錯價」, 玫瑰年年唔係爆就係剩, 兩間舖每個 staff 賣少一半), so the grader
// has to decide which kind of supplier solves it and the matcher has to infer it. Eight needs ask for TWO different
// things in one post (answer HKTVmall shoppers and win back abandoned carts; rosters that keep the Labour Department
// happy and pay, MPF and holiday pay worked out right; an English version of Mainland contracts and the clauses that
// hurt flagged; owners' corporation minutes on time and in English; receipts into the books and MPF and the IRD's
// BIR56A; a Simplified Chinese menu for 小紅書 and Mandarin replies; a WhatsApp bot for customers and a phone
// dashboard for the owner; where each school bus is and which driver is on his phone): a supplier that does one of
// them is graded 2, and only three needs have a supplier that does both, graded 3 (a commerce bot, a meeting-minutes
// writer, a Chinese-only bookkeeping firm that also works out MPF and salaries tax). Several needs are short (a title
// and two or three sentences), several are in Cantonese with English nouns, and a few have typos or missing spaces
// ("ourwebsite", "r", "ppl", 「D 單」「d客」「d 家長」). Many name a Hong Kong platform, institution or rule (HKTVmall,
// the Centre for Food Safety, HKPC, eTAX and the IRD, the Labour Department and the continuous contract rule, MPF,
// Octopus, Alipay and WeChat Pay, 大廈管理條例 and 民政處, DSE, 衛生署, 小紅書, the Companies Registry's e-Registry and
// NAR1, 運輸署, Typhoon Signal No. 8): sometimes the name points to the right supplier (HKTVmall chat, MPF), sometimes it
// is a red herring (a marketplace stock-sync tool and a price monitor for HKTVmall, eTAX, a KYC screener for the
// Companies Registry, a DSE maths tutor for a college's admissions rush, the Transport Department for a school bus
// firm). Traps: suppliers whose name echoes the place in the need (Sham Shui Po, Tai Po, Fortress Hill, Yuen Long,
// Kwai Chung, Quarry Bay, Kwun Tong, Mong Kok, Causeway Bay, Tsuen Wan, San Po Kong, Tai Koo, North Point, Wan Chai,
// Tsim Sha Tsui, Tseung Kwan O, Sai Kung), graded 0 unless they truly help (a bank-statement credit scorer in Fortress
// Hill is graded 1 because it shares the keyword); suppliers that do the right job but only for large enterprises,
// far over budget (an optical inspection line, a 5,000-staff HR suite, a global legal AI, contact-centre and banking
// suites, an enterprise forecaster, a government chatbot, a retail suite for 50+ outlets); and suppliers whose profile
// says what they do NOT do (a stock app that does not forecast, graded 3 where no forecast is needed and 1 where it
// is; a legal translator that does not review clauses; an English-only FAQ bot; a people counter with no cameras,
// which is what the shop wants). In eight needs the market meets the problem only in part and the best grade is a 2.
// It adds no supplier: its traps are the market's own.
import { judged, type JudgedNeed } from './judged';

const ENGLISH: JudgedNeed[] = [
  judged('b13-en-hardware-tills-vs-stock-count', 'en', { title: 'Our tills and our stock count never agree', description: 'We have two electrical and hardware shops on Apliu Street in Sham Shui Po, 7 staff. Every month-end we count the shelves and the count comes out 4-6% lower than what the POS says we should have, around HK$30,000 a month we cannot explain. The gap is mostly on cable, plugs, fuses and adaptors that three suppliers deliver straight to the shop: the boxes go on the shelf, the delivery note goes in a drawer and nobody enters it anywhere. When we send faulty stock back to a supplier nobody writes that down either, and our two repair technicians take parts off the shelf for call-out jobs. The POS itself is fine and every sale is rung up. How do we close this gap without slowing down the counter? Budget around HK$20,000, we are small.', sector: 'trade-retail', applicationAreas: ['operations'], budgetBand: 'below-100k', readiness: 'unaware', benefits: ['fewer-errors', 'cost-savings'], difficulties: ['data-quality'] }, {
    'stock-ledger-lite': [3, 'Records stock in and out by barcode and by location for small shops, so direct deliveries, returns and parts taken for repairs all get written down; far inside the budget; it does not forecast, which they do not need'],
    'procure-bot': [2, 'Checks deliveries against what was ordered and keeps supplier bills for shops, which covers the unrecorded direct deliveries; in budget; but returns and parts taken for repair jobs stay unrecorded'],
    'spk-data': [1, 'Stock forecasts linked to the POS for small shops, in Chinese, but forecasting does not fix stock that is never recorded, and above the budget'],
    'loss-prevention-vision': [1, 'Cameras that flag shoplifting and count shelves, but the gap comes from unrecorded deliveries and returns, not theft, and HK$200,000 upwards is ten times the budget'],
  }),
  judged('b13-en-hktvmall-chat-and-abandoned-carts', 'en', { title: 'HKTVmall questions answered next morning, and 4 in 10 carts left on our site', description: 'We sell our own brand of compact kitchen appliances (air fryers, rice cookers, kettles, about 60 products) on HKTVmall and on our own Shopify site. Two problems, both costing us sales. First, shoppers ask on HKTVmall chat and on our website chat things like "will this fit a 40cm cabinet", "is the plug three-pin", "can I use it in Japan", about 150 questions a day, and our two customer service staff answer them the next morning, when most people have already bought another brand. Second, on our own site 4 of every 10 people who put something in the cart never pay, and we do nothing about it. All the product specs are in one spreadsheet. Customers write in Chinese and English. Budget HK$60-100k for the first year.', sector: 'trade-retail', applicationAreas: ['customer-service', 'marketing'], budgetBand: 'below-100k', readiness: 'aware', languages: ['en', 'zh-Hant'], benefits: ['more-customers'] }, {
    'kennedy-commerce-bot': [3, 'Answers product questions on the website and in HKTVmall chat in English and Chinese and recovers abandoned carts: both things asked, for online shops, in budget'],
    'kt-zhineng-kefu': [2, 'Live chat for online shops that connects to Shopify and answers in Chinese, in budget, but no HKTVmall chat and no cart recovery, and it names delivery and returns questions rather than product specs'],
    'lion-rock-chat': [1, 'Bilingual chatbot for websites and WhatsApp with retail cases, but not built for webshops, no HKTVmall chat, no cart recovery, and its entry price is near the top of the budget'],
    'web-faq-english': [1, 'Cheap website FAQ bot, but English only, no HKTVmall, and it cannot follow up carts'],
    'lamma-chat-studio': [1, 'Cheap do-it-yourself website chat widget in English, but flows built by hand, no Chinese, no HKTVmall and no carts'],
    'ecom-recs': [1, 'Recommendation emails for online shops might bring some shoppers back, but no cart recovery or chat is offered'],
    'hktv-seller-tools': [1, 'Made for HKTVmall sellers, but stock sync and bulk listing, neither of which is their problem'],
  }),
  judged('b13-en-sauce-factory-wrong-allergen-label', 'en', { title: 'Twice this year the wrong label went on our jars', description: 'We make chilli oil, XO sauce and satay sauce in Tai Po Industrial Estate, 35 staff, two filling lines that switch flavour three or four times a day. In March a supermarket found satay sauce, which contains peanuts, in jars labelled chilli oil, and the Centre for Food Safety issued a recall notice. In August it happened again with a shrimp allergen. The supermarket has told us a third time ends our listing. Both times it was the first trays after a changeover, when the old label roll was still on the labeller. Our QC checks one jar every 15 minutes, which is obviously not enough. We already have HACCP records and metal detection, and our production planning works. We need to be sure that every jar leaving the line carries the label of the sauce inside it. Budget HK$300-500k; HKPC may help with part of it.', sector: 'manufacturing', applicationAreas: ['operations'], budgetBand: '300k-500k', readiness: 'aware', benefits: ['fewer-errors', 'quality'], difficulties: ['regulation'] }, {
    'fo-tan-food-vision': [3, 'Label and seal checks on food packing lines, with a sauce factory that had no mislabelled batch in 12 months; in budget'],
    'harbour-vision': [1, 'Camera inspection on production lines, in budget, but for fabric and solder defects, not labels on jars'],
    'harbour-vision-labs': [1, 'Could build a custom vision model, but a research lab with no product for a filling line'],
    'global-vision': [1, 'Automated optical inspection for large factories, from HK$3 million, six times the budget'],
  }),
  judged('b13-en-cpa-tax-season-bank-statements', 'en', { title: 'Tax season: nine staff, three weeks, typing clients\' bank statements', description: 'We are a 12-person CPA practice in Fortress Hill with about 400 small-company clients, mostly trading firms and restaurants. Every year from April to August clients drop off bags of bank statements (PDF and paper, from HSBC, BOC, Hang Seng and others), supplier invoices and receipts, and nine of us type every line into our working papers and the clients\' ledgers before the audit and the profits tax return. Each of us does three weeks of overtime and the auditors still find typing mistakes. Filing through eTAX works fine; the IRD side is not the problem. We would rather spend those weeks checking than typing. Budget around HK$150-250k. Client data must stay in Hong Kong.', sector: 'professional-services', applicationAreas: ['finance', 'administrative-support'], budgetBand: '100k-300k', readiness: 'aware', benefits: ['productivity', 'fewer-errors'], dataConstraints: ['data-in-hong-kong', 'personal-data'] }, {
    'victoria-doc': [3, 'Document AI that reads invoices and receipts in English and Chinese and posts them to accounting systems, with an accounting firm posting 5,000 invoices a month; in budget; bank statements and keeping data in Hong Kong to confirm'],
    'north-point-rpa': [2, 'Back-office automation for professional firms with an audit firm case, in budget, could move lines into working papers, but it names no reading of paper statements'],
    'receipt-ocr-api': [1, 'Turns receipts and invoices into data cheaply, but an API for developers: the firm would need someone to build the rest'],
    'sheung-wan-books': [1, 'Bank feeds and receipt capture into Xero for a small company\'s own books; could help clients going forward, not a firm keying hundreds of clients\' paper statements'],
    'sw-kuaiji': [1, 'Receipt photos booked automatically for an SME\'s own books, in Chinese, not a practice processing 400 clients\' statements'],
    'ap-automation': [1, 'Captures and matches supplier invoices, but for a mid-size company\'s own payables in SAP or Oracle, from HK$500,000'],
    'lender-credit-lite': [1, 'Analyses bank statements, but to score borrowers for money lenders, not to book transactions'],
  }),
  judged('b13-en-car-wash-labour-department-rest-days', 'en', { title: 'A Labour Department inspector found our rest days and holiday pay wrong', description: 'We run four car wash and detailing shops, the biggest in Yuen Long, with 38 staff, half of them part-time students. After a former worker complained, a Labour Department officer went through our records: some staff had worked nine days in a row without a rest day, and part-timers who qualified were never paid for statutory holidays. Since the continuous contract rule changed to 68 hours in four weeks we honestly do not know who qualifies any more. Shop managers build the rosters in WhatsApp groups, and our bookkeeper works out pay and MPF from paper attendance sheets at month-end. We paid back HK$46,000 and got a warning. We need two things: rosters that do not break the rules in the first place, and pay, MPF, rest days and holiday pay worked out correctly from what people actually worked. Around HK$40-60k a year.', sector: 'other', applicationAreas: ['human-resources', 'finance'], budgetBand: 'below-100k', readiness: 'unaware', benefits: ['fewer-errors'], difficulties: ['regulation'] }, {
    'roster-ai': [2, 'Builds weekly rosters from labour rules and staff preferences for shops, in budget: the first thing asked; it does not work out pay, MPF or holiday pay'],
    'payroll-hk': [2, 'Payroll, MPF and leave for Hong Kong SMEs, cheap: the second thing asked; it builds no rosters, and it has no AI, which does not matter here'],
    'sw-kuaiji': [1, 'Works out MPF for small firms alongside bookkeeping, in Chinese, but no rosters, rest days or holiday pay'],
    'enterprise-hcm': [1, 'Does rostering and payroll together, but for employers with 5,000+ staff, from HK$3 million'],
  }),
  judged('b13-en-pos-software-support-tickets-short', 'en', { title: 'half our support tickets r already answered in our help centre', description: 'We make restaurant POS software, 9 ppl. ~600 tickets a month by email and the chat on ourwebsite, and about half are "how do i add a modifier / change the printer / close the day", which is already answered in one of our 280 help centre articles (English + Chinese) but nobody reads them. 2 support staff cant keep up. Want customers to get the answer from the articles straight away so only real bugs reach us. ~HK$50k a year.', sector: 'telecom-it', applicationAreas: ['customer-service'], budgetBand: 'below-100k', readiness: 'ready', languages: ['en', 'zh-Hant'], benefits: ['productivity', 'quality'] }, {
    'rag-lite': [3, 'Answers questions from uploaded documents with sources, in English and Chinese, self-service on a monthly plan, in budget; whether the answers can sit on their website for customers is to confirm'],
    'lion-rock-chat': [2, 'Website chatbot in Cantonese and English that hands over to staff, but built for retail, hotel and insurance enquiries, answering from 280 articles to confirm, and its entry price is above the budget'],
    'web-faq-english': [1, 'Cheap website bot that answers from an FAQ page, but English only, while half their customers write in Chinese'],
    'lamma-chat-studio': [1, 'Cheap website widget with FAQ answers, but English only and every flow built by hand for 280 articles'],
    'causeway-llm': [1, 'Retrieval over company documents, hosted in Hong Kong, but HK$400,000 upwards, eight times the budget, and aimed at staff'],
    'neural-harbour-cloud': [1, 'LLM API and vector database their developers could build on, within budget at the low end, but they would be building it themselves'],
    'it-helpdesk-bot': [1, 'A helpdesk bot, but for a company\'s own staff in Microsoft Teams, not its customers'],
  }),
  judged('b13-en-trucking-mainland-contracts-english-and-clauses', 'en', { title: 'Mainland contracts my partner cannot read, and last year we signed a bad one', description: 'We are a 25-truck cross-boundary trucking company in Kwai Chung. My partner is British and reads no Chinese, and I read Chinese but not legal Chinese. Every month we receive 6-10 service agreements from Mainland factories and warehouses in Simplified Chinese, 10 to 30 pages each. Last year we signed one in which we carried all the cargo risk with 120-day payment terms, and nobody noticed until a claim came. We need two things: an English version my partner can rely on, and something that points out the clauses that hurt us (liability, payment terms, penalties) before we sign. Our lawyer charges HK$8,000 per contract, which is too much for every one. Budget about HK$100-150k a year.', sector: 'logistics', applicationAreas: ['legal'], budgetBand: '100k-300k', readiness: 'aware', languages: ['en', 'zh-Hans'], benefits: ['fewer-errors'] }, {
    'legal-translate-hk': [2, 'Contracts translated from Chinese to English by machine and checked by legal translators, in budget: the first thing asked; it says it does not review clauses, the second'],
    'admiralty-legal': [2, 'Contract review and clause extraction in English and Chinese: the second thing asked, at the bottom of its range, but built for law firms and it does not translate'],
    'harbour-translate': [1, 'Machine translation between Simplified Chinese and English with linguist review, in budget, but for catalogues and marketing rather than contracts a partner must rely on'],
    'pedder-legal-genai': [1, 'Contract review and drafting, but for global law firms and in-house teams, from HK$2.5 million'],
  }),
];

const CHINESE: JudgedNeed[] = [
  judged('b13-zh-broker-typhoon-eight-phones-short', 'zh', { title: '每逢八號風球後電話響到爆', description: '我哋係鰂魚涌一間保險經紀行，十二個同事，客人大部分係中小企同家庭客。每次八號風球一除，第二朝電話就響到爆：玻璃窗爆咗賠唔賠、架車浸咗點 claim、要交咩文件、幾時有人嚟睇，一日二百幾個電話加 WhatsApp，平時一個月先得十幾個。四個同事接到把聲都沙，真正要跟進嘅個案反而漏咗。預算十五至二十五萬。', sector: 'finance-insurance', applicationAreas: ['customer-service'], budgetBand: '100k-300k', readiness: 'aware', languages: ['zh-Hant'], benefits: ['productivity', 'quality'], dataConstraints: ['cantonese-required'] }, {
    'lion-rock-chat': [3, 'Cantonese chatbot on WhatsApp and phone lines that hands over to staff, with a broker\'s policy enquiry bot among its cases; in budget'],
    'insure-chat-hk': [2, 'Insurance chatbot with claim status and policy look-up, but it connects to one insurer\'s policy system while a broker deals with several, and it starts at the top of the budget'],
    'ssp-yuyin': [1, 'Cheap Cantonese WhatsApp auto-replies, but for small shops and clinics, no phone lines and no insurance work'],
    'call-scribe': [1, 'Records and summarises calls so follow-ups are not lost, but it answers nobody'],
    'tai-koo-voice': [1, 'Cantonese voicebot that answers calls, but for call centres, from HK$600,000, over twice the budget'],
    'bank-genai-suite': [1, 'Cantonese WhatsApp chatbots for banks and insurers, but from HK$2 million'],
    'omni-contact-suite': [1, 'Contact-centre platform with chatbot and voicebot for 200+ agents, from HK$3 million'],
  }),
  judged('b13-zh-formal-food-bank-expiry', 'zh', { title: '捐贈食物於派發前過期比率偏高', description: '本機構為一所於觀塘區營運之食物銀行，每月接收超市、食品商及市民捐贈之乾糧、罐頭、麵包及冷藏食品約八噸，經兩個倉庫及六個派發點分發予約一千二百個登記家庭。上年度約兩成捐贈食物於派發前過期而須棄置，部分派發點卻同時出現缺貨。現時倉存以紙本及 Excel 記錄，未能掌握各批次之到期日及各派發點之實際需求。本機構希望按到期日先後安排派發，並預早知悉各派發點所需數量。本機構人手有限，義工流動性高，操作必須簡單，並須以繁體中文進行。預算約港幣五萬元，可申請基金資助。', sector: 'social-care', applicationAreas: ['operations'], budgetBand: 'below-100k', readiness: 'unaware', languages: ['zh-Hant'], benefits: ['cost-savings', 'fewer-errors'], difficulties: ['funding', 'talent'] }, {
    'pharmacy-stock': [2, 'Stock and expiry management that flags items near expiry, forecasts demand and suggests orders, in budget; but built for pharmacies and clinics, so donated food and distribution points are to confirm'],
    'stock-ledger-lite': [1, 'Simple stock in and out by location, cheap, but no expiry dates and it says it does not forecast'],
    'cyberport-forecast': [1, 'Forecasts demand and reorders for shops and wholesalers, which could size each point\'s needs, but no expiry handling and HK$100,000 upwards, twice the budget'],
    'spk-data': [1, 'Chinese stock forecasting for small retailers, but no expiry handling and above the budget'],
  }),
  judged('b13-zh-simp-cosmetics-payments-vs-pos', 'zh', { title: '八达通、支付宝、微信支付、信用卡四份结算单，每月都和POS对不上', description: '我们在旺角和铜锣湾有三间化妆品店，客人一半是内地旅客。收款有八达通、支付宝、微信支付、信用卡和现金五种。每间店每天POS上的销售额，和各支付平台隔两三天才到的结算报表、银行入账总是对不上：手续费扣法不同，退货退款跨日，有些交易分两笔结算。会计每个月要花八九天逐笔核对，上个月还发现支付宝少结算了一万多元，三个月后才知道。POS系统本身没问题，不想换。希望每天自动对好，有差异马上知道。预算十万至十五万港币。', sector: 'trade-retail', applicationAreas: ['finance'], budgetBand: '100k-300k', readiness: 'aware', languages: ['zh-Hans', 'zh-Hant'], benefits: ['fewer-errors', 'productivity'] }, {
    'sheung-wan-books': [2, 'Bank feeds with automatic reconciliation in Xero or QuickBooks, so settlements can be matched to sales, within budget; but made for a small company\'s books, so daily matching per payment platform against the POS is to confirm'],
    'north-point-rpa': [2, 'Back-office robots could download the four settlement reports each day and match them to the POS with an exception report; in budget; no retail payment case'],
    'sw-kuaiji': [2, 'SME bookkeeping with automatic entries and reconciliation, in Traditional Chinese, in budget; payment platform settlements not named'],
    'kowloon-data-lake': [1, 'Pipelines that could combine the five sources, but a data warehouse from HK$150,000 with no reconciliation named'],
    'cyberport-retail-insights': [1, 'Daily POS sales reports with alerts, but it does not check payment settlements'],
  }),
  judged('b13-zh-owners-corporation-minutes-and-english', 'zh', { title: '法團開會紀錄出得慢，少數族裔業主又睇唔明', description: '我係荃灣一幢舊樓業主立案法團嘅義務秘書。管委會每個月開一次會，每年仲有一次業主大會，全程廣東話，一開兩三個鐘。我要返屋企聽錄音寫會議紀錄，通常要兩三個禮拜先寫得好，有時趕唔切喺《建築物管理條例》要求嘅限期內貼出，民政處嘅聯絡主任都提過我哋。另外大廈大約兩成業主同租客係南亞裔，只睇英文，次次都投訴唔知我哋議決咗乜，連維修費加咗都唔知。想每次開完會，幾日內就有中文會議紀錄，同埋一份英文版一齊貼出。法團經費有限，一年預算兩三萬。', sector: 'real-estate', applicationAreas: ['administrative-support', 'corporate-communications'], budgetBand: 'below-100k', readiness: 'unaware', languages: ['zh-Hant', 'en'], benefits: ['productivity', 'quality'], dataConstraints: ['cantonese-required'] }, {
    'minutes-ai': [3, 'Transcribes Cantonese meetings and writes minutes, with committee and NGO board cases, and works in English as well as Chinese, so both things; in budget; an English version of a Cantonese meeting is to confirm'],
    'harbour-translate': [2, 'Chinese-English translation with review by linguists, in budget: the English version, but it writes no minutes'],
    'subtitle-ai': [1, 'Turns Cantonese speech into Chinese and English captions, cheaply, but captions for videos, not minutes'],
    'call-scribe': [1, 'Cantonese-English transcripts with summaries, but of phone calls, not meetings'],
    'pm-wuye': [1, 'A building management system in Chinese, but for repairs, fees and facility bookings, not minutes'],
  }),
  judged('b13-zh-college-dse-results-enquiry-rush', 'zh', { title: 'DSE 放榜後三日，報名查詢多到覆唔切', description: '我哋係一間自資專上學院，開高級文憑同副學士課程。每年 DSE 放榜之後嗰三日，WhatsApp、Facebook 同網站嘅查詢一日過千個，問入學要求、學費、有冇獎學金、仲收唔收人、幾時面試。招生處得五個人，好多家長同學生等咗成日都冇回覆，就報咗第二間，去年我哋估計因為咁少收咗四十幾個學生。其餘時間查詢唔算多。想放榜嗰幾日唔使加人都可以即時回覆，複雜嘅先轉俾同事。查詢有中有英。預算十五萬以內。', sector: 'education', applicationAreas: ['customer-service', 'marketing'], budgetBand: '100k-300k', readiness: 'aware', languages: ['zh-Hant', 'en'], benefits: ['more-customers', 'productivity'] }, {
    'campus-enquiry-bot': [3, 'Admissions enquiry chatbot for universities and other schools, answering requirements, fees and timetables in English and Cantonese, with a case of more sign-ups; in budget'],
    'lion-rock-chat': [2, 'Cantonese and English chatbot on WhatsApp and websites that hands over to staff, in budget, but no education work'],
    'ssp-yuyin': [2, 'Cheap Cantonese bot on WhatsApp and Facebook Messenger for common questions, on a monthly fee, but built for shops and clinics, Chinese only, and a thousand questions a day is to confirm'],
    'xiaoyuan-zhineng': [1, 'Answers parents with a chatbot, but part of a primary and secondary school admin system for notices and attendance'],
    'public-data': [1, 'Citizen enquiry chatbots at scale, but for government departments, from HK$1 million'],
  }),
  judged('b13-zh-tile-wholesaler-sales-wrong-prices-short', 'zh', { title: '啲 sales 成日報錯價', description: '我哋做瓷磚同潔具批發，客多數係裝修判頭，有八個 sales。價錢表有三千幾隻貨，供應商一加價我哋就出新 Excel，但 sales 成日用舊版報價，又唔記得計運費同大量折扣，上個月三張單報平咗，蝕咗四萬幾。判頭多數 WhatsApp 問價，要即刻覆。預算五至八萬。', sector: 'construction', applicationAreas: ['marketing', 'operations'], budgetBand: 'below-100k', readiness: 'unaware', languages: ['zh-Hant'], benefits: ['fewer-errors'] }, {
    'trade-email-assistant': [2, 'Drafts replies to buyer enquiries from the current price lists and product specs for trading firms, in budget, but by email while their contractors ask on WhatsApp, and freight and bulk discounts are to confirm'],
    'rag-lite': [2, 'Lets sales ask the latest price list and get an answer with its source, in Chinese, cheap; it does not work out freight or discounts'],
    'ssp-yuyin': [1, 'Answers price questions on WhatsApp in Cantonese, cheap, but made for a shop\'s few fixed questions, not 3,000 items with discounts and freight'],
    'victoria-docs-cloud': [1, 'Version control would stop old price lists circulating, but it quotes nothing'],
  }),
  judged('b13-zh-medical-lab-handwritten-request-forms', 'zh', { title: '每日八百張手寫化驗單，成日打錯病人資料', description: '我哋係新蒲崗一間私家醫學化驗所，收全港七十幾間診所嘅血液同尿液樣本。每日大約八百張化驗單，全部係醫生或者姑娘手寫，有中英文姓名、身份證號碼、出世日期同要驗嘅項目剔格，三個文員逐張打入化驗系統，晚晚九點先打得完。每個月有三十幾張打錯名或者身份證號碼，上個月仲有份報告差啲發咗俾第二個病人，衛生署巡查嗰陣都問我哋點樣防止。診所唔肯轉用電子落單。化驗系統用咗十年，冇問題，唔換。資料涉及病人私隱，一定要留喺香港。預算二十至三十萬。', sector: 'healthcare', applicationAreas: ['administrative-support', 'operations'], budgetBand: '100k-300k', readiness: 'aware', languages: ['zh-Hant'], benefits: ['fewer-errors', 'productivity'], dataConstraints: ['personal-data', 'data-in-hong-kong'] }, {
    'victoria-doc': [3, 'Document AI that reads forms with names and ID details in English and Chinese and posts them into back-end systems, in budget; handwriting, the link to their lab system and keeping data in Hong Kong are to confirm'],
    'receipt-ocr-api': [2, 'Reads Chinese handwriting and ID cards into data, cheap per page, but an API: someone has to build it into their lab system'],
    'north-point-rpa': [1, 'Robots could key data into the lab system, but only once someone has read the handwriting'],
    'quarry-bay-claims': [1, 'Reads medical receipts and claim forms, but for insurers\' claims, from HK$300,000'],
    'victoria-docs-cloud': [1, 'Scans and files forms so they can be searched, but does not turn handwriting into system entries'],
  }),
];

const MIXED: JudgedNeed[] = [
  judged('b13-mx-design-studio-receipts-mpf-ird', 'mixed', { title: 'D 單成袋，MPF 同 IRD 報稅表又係我自己計', description: '我哋係大角咀一間六個人嘅 graphic design studio，老細即係我，啲數同人事全部自己搞。D 單（收據、supplier invoice、的士飛）成個月擺喺個袋度，月尾先逐張 key 入 Excel，成日唔見咗幾張。每個月仲要計埋各人嘅 MPF 供款同兩個 freelancer 嘅錢，到年尾 IRD 寄 BIR56A 嚟，又要逐個同事計返全年收入，次次搞成個禮拜。Accountant 話我哋 d record 太亂，今年核數費加咗三成。想單據影張相就入數，MPF 同報稅表 d 數自動計好。預算一年兩三萬。', sector: 'arts-culture', applicationAreas: ['finance', 'human-resources'], budgetBand: 'below-100k', readiness: 'unaware', languages: ['zh-Hant'], benefits: ['productivity', 'fewer-errors'] }, {
    'sw-kuaiji': [3, 'Receipt photos booked and reconciled automatically, and it works out MPF and salaries tax too: both things asked, in Chinese, in budget'],
    'sheung-wan-books': [2, 'Receipt capture by phone photo with automatic categorisation and reconciliation, in budget, but no MPF or employer\'s return'],
    'payroll-hk': [2, 'Payroll, MPF and leave for small firms, cheap, but it does not handle receipts; it has no AI, which does not matter here'],
    'receipt-ocr-api': [1, 'Reads receipts into data, but an API that someone would have to build into a bookkeeping flow'],
  }),
  judged('b13-mx-sai-kung-seafood-xiaohongshu-mandarin', 'mixed', { title: '西貢海鮮酒家：內地客喺小紅書搵到我哋，但 menu 同覆 message 都唔識普通話', description: '我哋喺西貢碼頭做咗廿幾年海鮮酒家，四十幾張枱。呢兩年內地客多咗好多，週末差唔多一半，佢哋喺小紅書見到我哋，再 WhatsApp 或者 WeChat 嚟問價、問有冇位、點由地鐵站嚟。問題一：我哋個 menu 同 IG post 得繁體中文同英文，海鮮時價同做法名佢哋睇唔明，有人喺小紅書話我哋「宰客」，其實係誤會。問題二：d message 全部要樓面經理晚晚用普通話逐個覆，覆唔切就冇咗張枱。想要一份啱內地客睇嘅簡體 menu 同小紅書 post，同埋有樣嘢用普通話自動答 message 同接訂座。預算七八萬。', sector: 'food-beverage', applicationAreas: ['marketing', 'customer-service'], budgetBand: 'below-100k', readiness: 'unaware', languages: ['zh-Hans', 'zh-Hant'], benefits: ['more-customers'] }, {
    'harbour-translate': [2, 'Translation between Traditional and Simplified Chinese and English with localisation by linguists, in budget: the menu and posts, but it answers no messages'],
    'lion-rock-chat': [2, 'Answers customers in Mandarin, Cantonese and English on WhatsApp and websites and hands over to staff: the messages, with its entry price at the top of the budget; no WeChat, no restaurant bookings named, and no menu work'],
    'lamma-semantic': [1, 'Restaurant booking chatbot on WhatsApp and Instagram, in budget, but only Cantonese and English, and Mandarin is exactly what they lack'],
    'copy-harbour': [1, 'Writes social posts and marketing copy, but in Hong Kong style Chinese and English, not content for Mainland readers'],
  }),
  judged('b13-mx-flower-wholesaler-festival-stock', 'mixed', { title: '情人節同母親節，玫瑰年年唔係爆就係剩', description: '我哋喺旺角花墟做花卉批發，客人係花店同酒店。平時 OK，但一到情人節、母親節、畢業季就大鑊：玫瑰、康乃馨要早三至六個禮拜向昆明、荷蘭、肯亞落單，入少咗個個花店追貨，入多咗就成批爛晒。今年母親節剩咗三成康乃馨，掉咗六萬幾蚊；情人節紅玫瑰又斷貨，少賺十幾萬。過去五年每張單都喺我哋個 accounting system 度，有日期、客、花種、數量。想知每個節日每種花應該幾時落單、落幾多。預算十至二十萬。', sector: 'trade-retail', applicationAreas: ['operations'], budgetBand: '100k-300k', readiness: 'aware', benefits: ['cost-savings', 'data-driven-decisions'] }, {
    'wholesale-forecast': [3, 'Forecasts demand by product from order history for importers and wholesalers and says what to order from overseas and when, lead times included; in budget'],
    'cyberport-forecast': [2, 'Demand forecasts and reorder suggestions for shops and wholesalers, in budget, but no overseas lead times or festival planning named'],
    'spk-data': [2, 'Chinese SKU forecasts for small retailers and wholesalers that cut overstock and stock-outs, in budget, but no overseas lead times'],
    'stock-ledger-lite': [1, 'Stock records and a low-stock list, but it says it does not forecast demand or suggest orders'],
    'global-forecast-suite': [1, 'Enterprise demand forecasting for supermarket chains, from HK$4 million'],
  }),
  judged('b13-mx-foot-massage-whatsapp-and-owner-dashboard-short', 'mixed', { title: 'd客 WhatsApp book 位覆唔切 + 想喺手機睇三間舖生意', description: '我哋喺北角、太古、筲箕灣有三間足部按摩舖。兩樣嘢：一，d客成日 WhatsApp 問有冇位、價錢、幾點收舖，夜晚冇人覆，第二朝人哋已經去咗第二間；二，我想每晚喺手機睇到三間舖今日做咗幾多、邊個師傅做得多，而家要等店長月尾交 Excel。Cloud POS 用緊，唔想換。預算一年三至五萬。', sector: 'other', applicationAreas: ['customer-service', 'operations'], budgetBand: 'below-100k', readiness: 'unaware', languages: ['zh-Hant'], benefits: ['more-customers', 'data-driven-decisions'] }, {
    'salon-suite': [2, 'AI front desk for salons and spas that answers WhatsApp in Cantonese, books and reminds, in budget: the first thing; no owner dashboard'],
    'ssp-yuyin': [2, 'Cantonese WhatsApp bot for opening hours, prices and bookings at small shops, monthly fee, in budget: the first thing; no dashboard'],
    'cyberport-retail-insights': [2, 'Daily POS dashboards by shop and by staff: the second thing, in budget; built for retailers, so reading their cloud POS is to confirm; no chatbot'],
    'jordan-beauty-booking': [1, 'Cheap 24/7 booking page with WhatsApp reminders for salons and spas, but it does not answer messages and gives no sales dashboard'],
    'lion-rock-chat': [1, 'Cantonese WhatsApp chatbot, but HK$80,000 upwards is above the budget and no dashboard'],
    'causeway-pos-analytics': [1, 'Staff sales league tables from the POS, but for chain stores, from HK$80,000, and no chatbot'],
    'quantum-leap-ai': [1, 'Claims chatbots and predictive analytics both, but vague and from HK$500,000, ten times the budget'],
  }),
  judged('b13-mx-company-secretary-annual-returns', 'mixed', { title: '每個月廿幾份 annual return，逐份由 Excel 抄上 Companies Registry', description: '我哋係灣仔一間細 company secretarial firm，五個同事，幫 380 間有限公司做公司秘書。每間公司每年要喺成立週年日後 42 日內交周年申報表 (NAR1)，仲有更改董事、地址嗰啲表格。而家同事要由我哋個 Excel 客戶總表逐格抄去 Companies Registry 個 e-Registry，一份要 20 至 30 分鐘，仲要自己睇住邊間就到期。上年遲交咗 6 份，客俾人罰款，我哋包返。Client due diligence 我哋已經有 system，冇問題。想將呢啲重複抄寫同追 deadline 嘅嘢交俾電腦做。預算八萬至十五萬。', sector: 'professional-services', applicationAreas: ['administrative-support'], budgetBand: '100k-300k', readiness: 'aware', benefits: ['fewer-errors', 'productivity'] }, {
    'north-point-rpa': [3, 'Robotic process automation for back offices of professional firms, copying data between systems and running report workflows; in budget; filling e-Registry forms and deadline reminders are to confirm'],
    'exchange-regtech': [1, 'Client screening for firms under a licensing regime, which they already have; it files nothing'],
  }),
  judged('b13-mx-phone-shops-half-sales-short', 'mixed', { title: '六間舖賣同一樣嘢，旺角同尖沙咀兩間每個 staff 賣少一半', description: '我哋賣手機配件，六間舖。POS report 每日都有，我知邊間賣幾多，但唔知點解旺角同尖沙咀兩間，租金差唔多、貨一樣，平均每個 staff 每個鐘嘅 sales 只係其他舖一半。係冇人行入嚟？定係行入嚟唔買？定係 staff 問題？想搞清楚先決定收唔收舖。唔想裝 camera 影客，預算五萬左右。', sector: 'trade-retail', applicationAreas: ['operations', 'marketing'], budgetBand: 'below-100k', readiness: 'aware', benefits: ['data-driven-decisions'] }, {
    'sensor-footfall': [3, 'Counts visitors at shop doors with thermal and Wi-Fi sensors, no cameras, and gives conversion rates and staffing suggestions, with a four-shop chain case; in budget; English interface'],
    'causeway-pos-analytics': [1, 'Staff sales league tables could show whether it is the staff, but not how many people walk in, and above the budget'],
    'causeway-retail-vision': [1, 'Footfall and conversion by hour, the right question, but with cameras, which they refuse, and HK$100,000 upwards'],
    'cyberport-retail-insights': [1, 'POS dashboards by shop and staff, which they already have from their POS reports'],
  }),
  judged('b13-mx-school-bus-where-and-driver-phone', 'mixed', { title: '保母車：d 家長朝朝打嚟問架車去到邊，又有家長投訴司機揸車睇電話', description: '我哋有 18 架保母車，接送將軍澳同坑口幾間小學同幼稚園嘅學生。兩個問題：一，每朝七點至八點，辦公室兩條電話線俾 d 家長打爆，問架車去到邊、幾時到樓下，一朝六七十個電話，職員乜都做唔到；二，上個月有家長影到我哋一個司機一路揸車一路睇電話，post 咗上 Facebook 群組，學校話再有就唔續約。運輸署嗰邊牌照冇問題。想 d 家長自己睇到架車喺邊，同埋知道邊個司機有危險駕駛習慣。預算二十萬左右。', sector: 'logistics', applicationAreas: ['operations', 'customer-service'], budgetBand: '100k-300k', readiness: 'aware', languages: ['zh-Hant'], benefits: ['quality', 'productivity'] }, {
    'tsing-yi-fleet-safety': [2, 'AI dashcams that catch phone use, fatigue and tailgating with coaching reports, with a minibus case, in budget: the second thing; no live location for parents'],
    'tsuen-wan-routes': [2, 'Fleet management with live tracking, in budget: the first thing, though built for delivery vans, so a view for parents is to confirm; nothing on driver behaviour'],
    'lion-rock-chat': [1, 'Could answer parents\' calls and WhatsApps in Cantonese, but it does not know where the bus is'],
  }),
];

export const THIRTEENTH_BLIND_NEEDS: JudgedNeed[] = [...ENGLISH, ...CHINESE, ...MIXED];
