// A seventh blind judged set, written with its grades from the whole fixture market before the matcher
// ran on it, and not changed afterwards. It aims at the suppliers the earlier sets grade least, several of them never
// graded ideal before (a GPU workstation reseller, an insurance agents' assistant, an enterprise retail forecasting
// suite, an end-to-end AI group), and at problems they do not cover (renders that run all night
// under NDA, a friend sitting someone's online English test, a helpdesk SaaS that needs a model API, agents phoning the
// service desk about every policy, a family group that wants one partner for its data and first AI projects, water
// bottles delivered to closed offices, an LPG supplier's tanks that must not run dry, a care home that cannot hire
// porters, shoppers who skip items at self-checkouts, a primary school's roll call and activity forms, a department
// store's season-end markdowns, an herbal tea line's short fills and wrong labels, reefer trucks crossing the border,
// a Thai restaurant's bins and street queue, a snack seller opening on two marketplaces, cake orders lost in night-time
// Instagram messages, an elderly NGO's app that must hear Cantonese with English words, an office's files on ten
// laptops, a fit-out contractor's quantities and progress, harbour cruises with one fare all year, and a policy
// bureau's open data). Its focus differs from the earlier sets: seven needs are one or two short sentences; many ask for
// two or three things at once, where the supplier that does all of them is ideal and single-purpose suppliers are
// partial; and several put the obvious keyword on a decoy that does another job ("render" for an AI rendering service,
// "English" for speaking practice, "chatbot" for finished chatbots, "claims" for claims processing, "water" for pipe
// leaks, "機械人" for a companion robot, "收銀" for POS analytics, "tender" for proposal writing, "book" for booking
// bots, "pricing" for hotel revenue systems, "清潔" for cleaning robots). Other traps: budgets far below or above a
// supplier's range; constraints (no cloud, no overseas AI services, data kept in Hong Kong, a Chinese interface,
// Cantonese with English words); things the SME already has or does not want, in English and in Cantonese
// (「唔使」「唔係要」「已經有」); place names that echo supplier names (Tseung Kwan O, Cyberport, Tai Po, Tsing Yi,
// Causeway Bay, Tuen Mun, Yuen Long, Tai Koo, Happy Valley, Sai Kung, North Point, Aberdeen, Tsim Sha Tsui); SMS-style
// English with typos; English product nouns inside Chinese sentences; two needs in Simplified Chinese and one in formal
// written Chinese. It adds no supplier: its traps are the market's own.
import { judged, type JudgedNeed } from './judged';

const ENGLISH: JudgedNeed[] = [
  judged('b7-en-architect-gpu-workstations', 'en', { title: 'Renders take all night on our old PCs', description: 'We are a 14-person architecture and interior design practice in Tseung Kwan O. Our designers build their own 3D models and renders in Revit, Enscape and Blender, and lately also run Stable Diffusion on their own machines to try out facade and material ideas. The office PCs are six years old: one render runs all night and designers wait half a day for a single image. We do not want a rendering service or anyone else making renders for us; we do them ourselves. Our clients\' drawings are under NDA and must stay on our own machines in the office, so no cloud. What we need is about 12 proper GPU workstations and one shared server, delivered, installed and set up, and we would rather pay over 24 or 36 months than all at once.', sector: 'professional-services', applicationAreas: ['operations'], budgetBand: '1m-2m', readiness: 'ready', benefits: ['productivity'], difficulties: ['computing-resources', 'funding'], dataConstraints: ['on-premises-only'] }, {
    'hyperscale-ai': [3, 'Supplies, installs and finances GPU workstations and servers, with a design school case; in budget; the machines stay in their office'],
    'tko-gpu': [1, 'GPU power in a Hong Kong data centre, but a cloud, which their NDAs rule out'],
    'st-suanli': [1, 'GPUs rented by the hour or month, but in a remote machine room; Chinese-only'],
    'quantum-leap-ai': [1, 'Lists GPU servers among many AI offerings, but vague, with no hardware supply or financing shown'],
    'wanchai-it': [1, 'Delivers and sets up office machines, but laptops and Microsoft 365, no GPU workstations or financing'],
  }),
  judged('b7-en-english-test-stand-ins-short', 'en', { title: 'Candidates send a friend to sit our online English test', description: 'We run online English tests for job seekers and some get a friend to sit it for them; need to check it\'s really them and flag cheating.', sector: 'education', applicationAreas: ['operations'], budgetBand: '100k-300k', readiness: 'aware', dataConstraints: ['personal-data'] }, {
    'exam-proctor': [3, 'Online exam proctoring with face verification and behaviour flags, with a professional exam case; in budget'],
    'exchange-regtech': [1, 'Checks that a person is who they say, but at account opening for brokers and lenders, not during a test'],
    'harbour-vision-labs': [1, 'Could build a custom face model, but a research lab with nothing ready for exams'],
  }),
  judged('b7-en-saas-llm-api-sms', 'en', { title: 'need API to host open-source LLM + vector db', description: '3 devs in Cyberport, need API to host open-source LLM + vector db for chatbot in our SaaS. pay as u go, no OpenAI, no ready-made bot', sector: 'telecom-it', applicationAreas: ['rnd'], budgetBand: 'below-100k', readiness: 'competent', dataConstraints: ['no-overseas-ai-apis'] }, {
    'neural-harbour-cloud': [3, 'LLM API and GPU inference hosting open models for developers, with a chatbot API and a vector database; budget from HK$50,000'],
    'tko-gpu': [1, 'Hosts models on GPUs in Hong Kong, but raw capacity with no API or vector database, from HK$200,000'],
    'st-suanli': [1, 'GPUs rented by the hour for inference, but bare machines, no API; Chinese-only'],
    'causeway-llm': [1, 'Private language model and retrieval deployments, but a build project from HK$400,000, not a pay-as-you-go API'],
  }),
  judged('b7-en-agency-policy-desk', 'en', { title: 'Our agents phone the service desk for every little thing', description: 'We are a general agency of one life insurer, about 120 agents working out of our Kowloon Bay office. All day our agents phone our 6-person service desk: is this client\'s policy still in force, which riders does it have, has last month\'s claim been paid, when is the next premium due. The desk also rings clients whose premiums are overdue, and some policies lapse anyway. The insurer gives us access to its policy and claims system. We want agents to get these answers themselves on their phones at any hour, and clients to get a reminder before each premium is due. We do not handle or assess claims, the insurer does that, and we are not looking for a new CRM.', sector: 'finance-insurance', applicationAreas: ['customer-service', 'administrative-support'], budgetBand: '300k-500k', readiness: 'aware', benefits: ['productivity', 'quality'], dataConstraints: ['personal-data'] }, {
    'insure-chat-hk': [3, 'Assistant for agents and customers: policy look-up, claim status and premium reminders from the insurer\'s system, with a case where agents\' service-desk calls fell 40%; in budget'],
    'lion-rock-chat': [1, 'Answered policy enquiries for a broker on WhatsApp, but for customers, with no policy records behind it and no reminders'],
    'tai-koo-voice': [1, 'Could answer the agents\' calls in Cantonese, but a call-centre voicebot with no policy link shown, from HK$600,000'],
    'bank-genai-suite': [1, 'Chatbots for insurers, but from HK$2 million'],
  }),
  judged('b7-en-group-one-partner', 'en', { title: 'One partner for the group\'s data and its first AI projects', description: 'We are a family-controlled group with four businesses: commercial property, three hotels, a 40-store supermarket chain and a logistics arm, about 9,000 staff in Hong Kong, Guangdong and Vietnam. Each business runs its own systems, about 40 in all, and nobody can see a customer or a cost across the group. The board has approved HK$25 million over three years and wants one partner, not ten vendors, to do two things: first build a group data platform that pulls those 40 systems together, then deliver the first AI projects on top of it, starting with a customer service chatbot in Cantonese, English and Mandarin for the hotels and supermarkets, camera checks in our two warehouses, and a staff assistant running on GPUs we own rather than on a public service. We did a strategy study with a consultancy last year, so we do not need another roadmap; we need a partner that builds and runs it.', sector: 'real-estate', applicationAreas: ['operations', 'customer-service', 'rnd'], budgetBand: '10m-50m', readiness: 'ready', markets: ['hong-kong', 'mainland', 'overseas'], benefits: ['data-driven-decisions', 'productivity'], difficulties: ['data-quality', 'choosing-solution'] }, {
    'apex-omni-ai': [3, 'Builds end to end, from data platforms to chatbots, computer vision and GPU infrastructure, with a 40-source data platform and a retail conglomerate case; Hong Kong, mainland and overseas; in budget'],
    'longteng-ai': [2, 'One-stop from GPUs and large models to chatbot platforms and big data across many sectors, but Hong Kong and mainland only; Chinese-only profile'],
    'kowloon-data-lake': [1, 'Builds the data platform part only, sized for single companies'],
    'quantum-leap-ai': [1, 'Chatbots, agents, vision and GPU servers, but only a pilot shown and no data platform'],
    'lion-rock-chat': [1, 'The trilingual hotel and retail chatbot piece only'],
  }),
  judged('b7-en-water-delivery-windows-short', 'en', { title: 'drivers turn up when offices r closed', description: 'We deliver bottled water from Tai Po to 400 offices with 5 vans, drivers keep turning up when offices r closed. want delivery time windows n better daily routes', sector: 'trade-retail', applicationAreas: ['operations'], budgetBand: '100k-300k', readiness: 'unaware' }, {
    'tsuen-wan-routes': [3, 'Route optimisation with delivery time windows, with a water dispenser company case where failed deliveries halved; in budget'],
  }),
  judged('b7-en-lpg-estate-demand', 'en', { title: 'How much gas will each estate use tomorrow?', description: 'We supply piped LPG to 14 private housing estates and village clusters in the New Territories from our own tanks at each site, topped up by our tankers from the Tsing Yi terminal. No tank may ever run dry, but every top-up trip costs money, so each afternoon our dispatcher decides which tanks to fill the next day. Demand swings with the weather: a cold snap doubles it, a hot week halves it, and Chinese New Year is its own story. We have three years of hourly tank levels and meter readings from every site. Tanker routes are planned in our dispatch system and work fine, and our drivers are not the problem; what we lack is a reliable forecast of each site\'s use for the next few days. Budget about HK$1.2 million.', sector: 'electricity-gas', applicationAreas: ['operations'], budgetBand: '1m-2m', readiness: 'competent', benefits: ['data-driven-decisions', 'cost-savings'] }, {
    'grid-forecast': [3, 'Load forecasting for power and gas utilities from their readings; in budget'],
    'science-park-ml': [1, 'A platform on which they could build the forecast themselves, but they want the forecast'],
  }),
];

const CHINESE: JudgedNeed[] = [
  judged('b7-zh-care-home-robots-short', 'zh', { title: '院舍請唔到人，想搵機械人送飯拖地', description: '院舍請唔到人，想搵機械人幫手送飯、收碗同夜晚拖地，唔係要陪老人家傾偈嗰種。', sector: 'social-care', applicationAreas: ['operations'], budgetBand: '100k-300k', readiness: 'unaware', languages: ['zh-Hant'] }, {
    'housekeeping-robots': [3, 'Delivery, dish-return and floor-cleaning robots; built for hotels and restaurants, not care homes; in budget'],
  }),
  judged('b7-zh-self-checkout-short', 'zh', { title: '自助收銀機有客掃少咗貨', description: '銅鑼灣同北角兩間超市裝咗自助收銀機，有客掃少咗貨就袋走，想即時提醒職員。', sector: 'trade-retail', applicationAreas: ['operations'], budgetBand: '300k-500k', readiness: 'unaware', languages: ['zh-Hant'], benefits: ['cost-savings'] }, {
    'loss-prevention-vision': [3, 'Cameras that flag suspicious behaviour at self-checkouts, with a supermarket case; in budget'],
    'harbour-vision-labs': [1, 'Could build a custom model, but a research lab with nothing ready for shops'],
  }),
  judged('b7-zh-school-attendance-signups', 'zh', { title: '點名、活動報名、家長問嘢，校務處做唔切', description: '我哋係屯門一間津貼小學，七百幾個學生。而家每朝班主任用紙點名，校務處再逐個打電話搵冇返學嘅學生家長；課外活動報名就派紙仔、收回條、再人手入 Excel，一個興趣班爆滿又要逐個打電話通知。家長仲成日 WhatsApp 校務處問幾時交費、校車時間、活動幾點完，兩個文員覆極都覆唔切。學校通告我哋已經用緊一個 app 發，唔使換；亦唔係要搞收生或者網上考試。想要一套中文介面嘅系統，幫手點名、處理活動報名，同埋自動答家長啲常見問題。', sector: 'education', applicationAreas: ['administrative-support', 'customer-service'], budgetBand: 'below-100k', readiness: 'unaware', languages: ['zh-Hant'], benefits: ['productivity'] }, {
    'xiaoyuan-zhineng': [3, 'School admin in Chinese: roll call, activity sign-ups and a chatbot for parents\' questions; its notices part is not needed; in budget'],
    'campus-enquiry-bot': [1, 'Answers parents\' questions on fees and timetables, but built around admissions, no roll call or sign-ups'],
    'ssp-yuyin': [1, 'Cheap Cantonese WhatsApp bot for common questions, but for shops and clinics, nothing for roll call or sign-ups'],
  }),
  judged('b7-zh-dept-store-markdowns-formal', 'zh', { title: '季度採購量預測及季末減價安排', description: '本集團於香港經營四間百貨公司及兩間特賣場，貨品逾八萬個款號，以時裝、家品及電器為主。現時各部門買手按往年銷售及個人經驗決定每季採購量及各店分配，季末則由營運部統一決定減價幅度及時間。去年冬季貨品積壓逾一億港元，須以三至五折清貨，毛利大幅下跌；同時部分熱門款式於開季數星期內已告缺貨。本集團擬引入系統，按款號及分店預測銷量、建議補貨及分店間調撥，並就每一款號建議減價的時間及幅度。顧客服務聊天平台及會員推廣系統均已設有，不在是次範圍之內。預算約八百萬港元，系統須支援本集團設於深圳的採購辦事處。', sector: 'trade-retail', applicationAreas: ['operations'], budgetBand: '5m-10m', readiness: 'ready', languages: ['zh-Hant'], markets: ['hong-kong', 'mainland'], benefits: ['cost-savings', 'data-driven-decisions'] }, {
    'global-forecast-suite': [3, 'SKU-level forecasting, replenishment and markdown optimisation for department store chains, with a department store case; Hong Kong and mainland; in budget'],
    'mega-retail-ai': [2, 'Forecasting, replenishment and dynamic pricing with a department store case, but no season-end markdowns named and its chatbot and recommendations are not wanted; in budget'],
    'cyberport-forecast': [1, 'Reorder suggestions per product and branch, but no markdowns and sized for small chains'],
    'spk-data': [1, 'Per-SKU, per-branch forecasts, but for small retailers, no markdowns'],
    'price-pilot': [1, 'Suggests prices, but from competitors\' online prices, not season-end clearance'],
  }),
  judged('b7-zh-simp-bottling-fill-caps-labels', 'zh', { title: '凉茶灌装线：液位不够、盖子没拧紧、标签贴错口味', description: '我们是元朗工业邨的一家凉茶和豆奶厂，母公司在广州，两条灌装线每小时各灌八千瓶，供应便利店和超市。最近三个月被客户投诉了好几次：有的瓶子液位明显不够，有的瓶盖没拧紧、运输途中漏了，还有一批菊花茶贴成了夏枯草的标签，被超市要求整批下架。现在靠线尾两个工人用眼睛看，根本看不过来。灌装机本身很稳定，不需要做设备预测维修；装箱也已经用了机械臂。想在线上自动检查每一瓶的液位、瓶盖和标签，有问题的自动剔除。', sector: 'manufacturing', applicationAreas: ['operations'], budgetBand: '300k-500k', readiness: 'aware', languages: ['zh-Hans'], markets: ['hong-kong', 'mainland'], benefits: ['quality', 'fewer-errors'] }, {
    'fo-tan-food-vision': [3, 'Fill-level, seal and label checks on food and drink packing lines, with a sauce factory label case; in budget'],
    'harbour-vision': [1, 'Camera inspection on production lines, but for fabric and solder defects'],
    'global-vision': [1, 'Inspection lines that include glass, but for large factories from HK$3 million'],
    'harbour-vision-labs': [1, 'Could build custom inspection models, but a research lab with no packing-line product'],
  }),
  judged('b7-zh-simp-reefer-temps', 'zh', { title: '冷藏车温度全靠手写，压缩机坏了才知道', description: '我们有六辆冷藏车，每天往返深圳和香港，给超市和餐厅送冰鲜肉类和海鲜。客户审核时要我们拿出全程温度记录和HACCP文件，现在靠司机每两小时手写一次，常常漏写。上个月一辆车的压缩机在路上坏了，整车货报废，损失二十多万。GPS定位我们已经有了，路线也不用优化。想要实时温度监测、超温马上通知，自动生成HACCP记录，最好能提前知道哪台压缩机快要坏。', sector: 'logistics', applicationAreas: ['operations'], budgetBand: '100k-300k', readiness: 'aware', languages: ['zh-Hans'], markets: ['hong-kong', 'mainland'], benefits: ['quality', 'cost-savings'] }, {
    'cold-chain-iot': [3, 'Temperature monitoring for reefer trucks with alerts, HACCP logs and compressor failure prediction; in budget'],
    'kc-zhizao': [1, 'Warns of compressor failures, but on factory machines, with no temperature records'],
    'yuen-long-machine': [1, 'Sensors that warn of compressor failures, but on factory machines, with no temperature records'],
  }),
  judged('b7-zh-thai-waste-queue', 'zh', { title: '日日倒成幾桶餸，門口又排長龍', description: '我哋係太古城一間泰國菜館，八十個位。有兩樣嘢想搞：第一，每晚收舖都倒成幾桶剩食同備多咗嘅餸，唔知邊味備得太多；第二，週末夜晚門口排長龍，客企喺商場走廊等，管理處已經警告過我哋兩次。想有系統睇住啲廚餘、預計每味餸要備幾多，同埋俾客攞飛，輪到就 send 短訊叫佢返嚟。廚房裝 camera 冇問題。訂座我哋已經用緊 OpenRice，唔使另外整。', sector: 'food-beverage', applicationAreas: ['operations', 'customer-service'], budgetBand: '100k-300k', readiness: 'aware', languages: ['zh-Hant'], benefits: ['cost-savings', 'quality'] }, {
    'kitchen-ai': [3, 'Food waste tracking with a camera over the bin, dish demand forecasts and queue management for restaurants; in budget'],
    'yau-tsim-queue': [1, 'Queue tickets and SMS call-back, but nothing for waste or prep, and its bookings are not needed'],
    'waste-scale': [1, 'Weighs waste by dish and advises prep amounts, but no queue'],
    'tst-fnb-analytics': [1, 'Kitchen prep forecasts, but no waste tracking or queue'],
  }),
];

const MIXED: JudgedNeed[] = [
  judged('b7-mx-marketplace-bulk-listing', 'mixed', { title: '500 幾隻貨要逐隻上 HKTVmall 同 Shopee，order 又散喺三個 platform', description: '我哋賣日本零食同雜貨，Shopify 網店開咗兩年，而家想同時喺 HKTVmall 同 Shopee 開舖。問題係五百幾隻貨要逐隻 upload，啲相同 description 要 copy 三次；開咗之後 order 又散喺三個 platform，同事要開三個 browser 逐張執，之前試過同一件貨兩邊都賣咗。Product description 我哋已經寫好晒，唔使 AI 幫手寫；價錢我哋自己定，唔使 AI 調價。想一次過 upload 晒去各個 platform、stock 自動 sync，同埋所有 order 集中喺一個地方處理。', sector: 'trade-retail', applicationAreas: ['operations'], budgetBand: 'below-100k', readiness: 'aware', benefits: ['productivity', 'fewer-errors'] }, {
    'hktv-seller-tools': [3, 'Bulk listing, stock sync across HKTVmall, Shopify and Shopee, and order consolidation; in budget'],
    'north-point-rpa': [1, 'Could automate order entry between systems, but no marketplace listing or stock sync'],
  }),
  judged('b7-mx-cake-ig-dm-short', 'mixed', { title: '夜晚 IG DM 冇人覆，客想訂蛋糕走咗去第二間', description: '跑馬地餅店，夜晚 IG DM 冇人覆，啲客想訂生日蛋糕就走咗去第二間，想自動覆埋同落單。', sector: 'food-beverage', applicationAreas: ['customer-service'], budgetBand: 'below-100k', readiness: 'unaware' }, {
    'lamma-semantic': [3, 'Cantonese and English bots on Instagram and WhatsApp for food businesses, answering menu questions and taking orders; budget overlaps'],
    'salon-suite': [1, 'Answers Instagram messages in Cantonese and English, but books salon appointments, not cake orders'],
    'shop-order-taker': [1, 'Takes orders and sends FPS details, but on WhatsApp only'],
    'ssp-yuyin': [1, 'Cheap Cantonese bot for shops and restaurants, but WhatsApp and Messenger, not Instagram, and no orders'],
  }),
  judged('b7-mx-elderly-app-voice-input', 'mixed', { title: '個 app 想加廣東話講嘢輸入，啲老人家唔識打字', description: '我哋係西貢一間長者服務 NGO，IT team 得三個人，自己整緊個 app 俾會員 book 中心活動、睇通告。好多會員唔識打字，想加個講嘢輸入功能，要聽得明廣東話，仲要識佢哋成日夾埋嘅英文字，例如「book」、「cancel」、「Zumba」。唔係要 chatbot 或者 WhatsApp bot，booking 功能個 app 已經有晒；只係想要一個 speech API 或者 SDK 俾我哋自己砌落去。會員把聲同資料最好唔好出香港。', sector: 'social-care', applicationAreas: ['customer-service', 'rnd'], budgetBand: '100k-300k', readiness: 'ready', dataConstraints: ['cantonese-required', 'personal-data'] }, {
    'shatin-speech': [3, 'Cantonese speech recognition API and SDK for apps, with Cantonese-English code-switching; in budget; data location not stated'],
    'data-harbour': [1, 'Cantonese speech data to train their own recogniser, which a three-person team would rather not do'],
    'tai-koo-voice': [1, 'Recognises Cantonese speech, but inside call-centre voicebots, from HK$600,000'],
  }),
  judged('b7-mx-office-files-versions-short', 'mixed', { title: 'd file 散晒喺各人部電腦，成日用錯 version', description: '北角清潔公司 office 十個人，d file 散晒喺各人部電腦，成日用錯舊 version，想放上 cloud 統一管理同 search 得返。', sector: 'admin-support-services', applicationAreas: ['administrative-support'], budgetBand: 'below-100k', readiness: 'unaware' }, {
    'victoria-docs-cloud': [3, 'Cloud document management with filing, version control and search across company documents; in budget'],
    'wanchai-it': [1, 'Managed Microsoft 365 could hold shared files, but they sell IT upkeep, not a filing system'],
    'rag-lite': [1, 'Answers questions from uploaded files, but no filing or versions'],
  }),
  judged('b7-mx-fitout-qto-progress', 'mixed', { title: '每次入 tender 都要人手度 quantity，開咗工又追唔到 progress', description: '我哋係一間做商業裝修同機電嘅 contractor，四十幾人，主要做寫字樓同商場舖位 fit-out。每次入 tender 之前，QS 要由 BIM model 同 drawing 人手度 quantity，一份要三四日，成日趕唔切截標；開咗工之後又靠 site 啲同事影相返嚟先知做到邊，對唔到個 4D programme，業主一問就答唔出。Tender 嗰份 proposal 啲字我哋自己寫得掂，唔使 AI 幫手寫。想由 BIM model 自動出 quantity take-off，同埋對住 programme track 住進度；順手搵埋 MEP 撞位就更好。', sector: 'construction', applicationAreas: ['operations'], budgetBand: '300k-500k', readiness: 'ready', timeline: '3-6-months', benefits: ['productivity', 'fewer-errors'] }, {
    'bim-clash-ai': [3, 'Quantity take-off, progress tracking against 4D programmes and clash detection on BIM models for contractors; in budget'],
  }),
  judged('b7-mx-harbour-cruise-fares', 'mixed', { title: '觀光船平日坐唔滿，週末又一早爆', description: '我哋喺香港仔同尖沙咀碼頭行三隻觀光船，每日十幾班 harbour cruise 同 sunset cruise，客主要係遊客同公司包船。而家票價成年都一樣，平日下晝坐唔到三成，週末同煙花晚又一早爆滿，好多客買唔到飛。想預計每一班大概賣到幾多張飛，再建議每班幾錢：淡時做 offer、旺時加價。我哋冇房，唔係要酒店嗰種房價 system；訂票網站同 payment 已經有。Budget 大約十幾廿萬。', sector: 'hospitality-tourism', applicationAreas: ['marketing'], budgetBand: '100k-300k', readiness: 'aware', benefits: ['data-driven-decisions', 'more-customers'] }, {
    'ticket-demand': [3, 'Ticket sales forecasts and a price for each show, for attractions as well as theatres; sailings stand in for shows; in budget'],
    'repulse-bay-hotels': [1, 'Dynamic pricing, but for hotel rooms, which they do not have'],
    'ideas-revenue-suite': [1, 'Demand forecasts and dynamic pricing, but for hotel chains from HK$2 million'],
  }),
  judged('b7-mx-policy-bureau-open-data', 'mixed', { title: 'Data unit 想將幾十個 open data set 連埋做 policy analytics', description: '我哋係一個政策局入面嘅 data unit，得五個同事。每次上面要 briefing，例如某區安老宿位同人口老化嘅關係，同事要喺 DATA.GOV.HK 同幾個部門嘅 Excel 逐個 dataset 搵、自己 merge，一份 briefing 要成個禮拜。想起一個 knowledge graph 將幾十個 open data set 同部門數據連埋，再做 policy analytics，出 dashboard 俾上面睇。市民查詢有 1823 處理，唔使 chatbot；AI roadmap 之前已經做咗。所有 data 要留喺香港。Budget 大約一百五十萬。', sector: 'government', applicationAreas: ['administrative-support'], budgetBand: '1m-2m', readiness: 'ready', dataConstraints: ['data-in-hong-kong'], benefits: ['data-driven-decisions', 'productivity'] }, {
    'public-data': [3, 'Policy analytics and open-data knowledge graphs for government departments; its citizen chatbot is not needed; in budget'],
    'kowloon-data-lake': [2, 'Pipelines that join many sources and dashboards on top, but no knowledge graph or government work, and where its cloud sits is not stated'],
    'apex-omni-ai': [1, 'Big data platforms for every industry including government, but vague and from HK$2 million'],
  }),
];

export const SEVENTH_BLIND_NEEDS: JudgedNeed[] = [...ENGLISH, ...CHINESE, ...MIXED];
