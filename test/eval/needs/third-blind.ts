// A third blind judged set (session 17), written with its grades from the whole fixture market before the matcher
// ran on it, and not changed afterwards. It covers suppliers and problems the earlier sets barely touch (cold rooms,
// phishing, dental X-rays, car parks, carbon reports, serving robots, estate fees, ticket sales, pharmacy expiry,
// product videos, online exams, elderly companions, policy enquiries, webshop recommendations, kindergarten
// admissions, scaffolding drones, BIM, print design, basket analysis, payroll, subtitles). Needs describe the problem
// without the technology's name, are written in formal Chinese, Simplified Chinese or Hong Kong typed Cantonese with
// English terms, run from one line to long rambles that name other vendors and systems in passing, and set traps:
// the keyword supplier in another sector, far over budget, in the wrong language or using a means the SME rules out
// (English-only interface, data leaving Hong Kong), and best suppliers whose profile is only in the other language.
// It adds no supplier: its traps are the market's own.
import { judged, type JudgedNeed } from './judged';

const ENGLISH: JudgedNeed[] = [
  judged('b3-en-freezer-died-rambling', 'en', { title: 'Our freezer died over the weekend', description: 'We run two seafood restaurants in Sai Kung with a walk-in freezer and six under-counter fridges. Last month the freezer stopped on a Sunday night and nobody noticed until Monday morning: HK$40,000 of prawns and fish went in the bin. The FEHD inspector also keeps asking for temperature records, which the kitchen writes on a paper sheet when they remember. We already use QR Order for ordering and the POS, and the staff have a WhatsApp group. We just never want to lose a freezer of stock again.', sector: 'food-beverage', applicationAreas: ['operations'], budgetBand: 'below-100k', readiness: 'unaware' }, {
    'cold-chain-iot': [3, 'Temperature alerts for cold rooms and fridges, HACCP logs for the inspector and compressor failure prediction, with a restaurant case; in budget'],
    'kc-zhizao': [1, 'Warns of compressor failures, but on factory machines; Chinese-only and above the budget'],
    'yuen-long-machine': [1, 'Sensors that warn of compressor failures, but for factories and over budget'],
  }),
  judged('b3-en-fake-supplier-emails', 'en', { title: 'Fake emails nearly cost us HK$180k', description: 'Last month our accounts clerk got an email that looked like it came from a regular supplier, with "new bank details", and we almost paid HK$180,000 into the wrong account. Another colleague\'s Outlook was taken over and sent spam to all our clients. We are a 20-person architecture practice on Microsoft 365 with no IT staff of our own.', sector: 'professional-services', applicationAreas: ['administrative-support'], budgetBand: 'below-100k', readiness: 'unaware' }, {
    'cybershield-ai': [3, 'Filters phishing emails and watches for hacked accounts for SMEs, with a law firm case; in budget'],
    'wanchai-it': [1, 'Managed Microsoft 365, firewalls and helpdesk for offices without IT staff, but no phishing detection named'],
  }),
  judged('b3-en-dental-bitewings', 'en', { title: 'Patients do not see what I see', description: 'I run a 3-chair dental practice in Tsuen Wan. When I tell patients they need a filling and show them the grey bitewing picture on the screen, many say they will think about it and never come back. I want something that marks the problem areas clearly so patients understand, and that gives my young associate a second pair of eyes. Our X-ray sensor, clinic software and website were installed by an IT company last year, so we only need the AI part.', sector: 'healthcare', applicationAreas: ['operations'], budgetBand: 'below-100k', readiness: 'aware' }, {
    'dental-vision': [3, 'Marks caries and bone loss on bitewings and explains findings to patients, with a 5-chair practice case; in budget'],
    'pfl-imaging': [1, 'Reads X-rays with deep learning, but chest and CT for hospitals and far over budget'],
  }),
  judged('b3-en-carpark-barrier-short', 'en', { title: 'Queue at the car park barrier', description: 'Residents queue at our estate car park barrier every morning while the guard checks monthly passes by eye. 300 spaces.', sector: 'real-estate', applicationAreas: ['operations'], budgetBand: '100k-300k', readiness: 'unaware' }, {
    'parking-ai': [3, 'Licence plate recognition with ticketless entry and monthly-pass management, with an estate car park case; budget overlaps'],
  }),
  judged('b3-en-buyer-carbon-report', 'en', { title: 'Our European buyer wants our carbon numbers', description: 'We make handbags in our own factory in Dongguan with a sales office in Kwun Tong, about 150 staff. Our biggest customer, a European fashion brand, now asks every supplier to report its carbon emissions each year with a plan to reduce them, and wants our first report by March. We have electricity bills, diesel receipts for the forklifts and delivery records, but nobody here knows how to turn them into a report.', sector: 'manufacturing', applicationAreas: ['corporate-communications', 'administrative-support'], budgetBand: '100k-300k', readiness: 'unaware', markets: ['hong-kong', 'mainland'] }, {
    'esg-report-ai': [3, 'Carbon accounting and report drafting for suppliers of listed brands, with a garment supplier case; in budget'],
  }),
  judged('b3-en-carry-plates-budget', 'en', { title: 'We cannot hire waiters', description: 'Our 40-seat Thai restaurant in Kowloon City has been two waiters short for a year. The kitchen is at the back, and staff spend half their time walking plates out and dirty dishes back. Could a machine do the carrying? Our budget is up to HK$80,000.', sector: 'food-beverage', applicationAreas: ['operations'], budgetBand: 'below-100k', readiness: 'aware' }, {
    'housekeeping-robots': [2, 'Delivery and dish-return robots for restaurants, exactly the job, but starts above the HK$80,000 budget'],
    'qr-order-hk': [1, 'QR ordering saves trips to take orders, but nothing carries plates; in budget'],
  }),
  judged('b3-en-estate-fees-bookings', 'en', { title: 'Chasing management fees and clubhouse bookings', description: 'I manage three small residential estates in Tai Po for their owners\' corporations, about 900 flats. Every month two clerks phone owners and post letters about unpaid management fees, and residents book the BBQ pits and function room by calling the office, which is only open on weekdays. We want residents to pay, book and report problems on their phones, and reminders to go out automatically.', sector: 'real-estate', applicationAreas: ['administrative-support', 'customer-service'], budgetBand: '100k-300k', readiness: 'aware' }, {
    'pm-wuye': [3, 'Chinese-only estate management app: management fee reminders, facility booking and repair reports from residents\' phones; in budget'],
  }),
];

const CHINESE: JudgedNeed[] = [
  judged('b3-zh-theatre-box-office', 'zh', { title: '劇目票房預測及票價調整', description: '本團為一所小型專業劇團，每年於文化中心及西九文化區演出四至五個劇目，每個劇目約十五場。過往門票開售後方知觀眾反應，部分場次滿座，部分場次僅售出三成。本團希望於開售前預測各場次的票房，並按銷售情況建議調整票價及宣傳重點。演出錄影的字幕製作已另行外判，毋須處理。', sector: 'arts-culture', applicationAreas: ['marketing'], budgetBand: '100k-300k', readiness: 'aware', languages: ['zh-Hant'] }, {
    'ticket-demand': [3, 'Ticket sales forecasts, audience analytics and pricing suggestions for each show; English-only profile; in budget'],
    'west-kowloon-creative': [1, 'Audience analytics, but visitor flows in museums and galleries, not ticket sales'],
    'price-pilot': [1, 'Price suggestions, but for online sellers\' products'],
  }),
  judged('b3-zh-simp-pharmacy-expiry', 'zh', { title: '药房药品过期又缺货', description: '我们在观塘和将军澳有三间社区药房，西药、保健品和日用品加起来有两千多种。经常有药品放到过期只能报废，但一些常用的感冒药、肠胃药又经常卖断货，客人只好去别家买。现在是店员凭经验向供应商订货。希望根据销售记录算出每间店每种货应该订多少，快过期的货要提前提醒。', sector: 'healthcare', applicationAreas: ['operations'], budgetBand: '100k-300k', readiness: 'aware', languages: ['zh-Hans'] }, {
    'pharmacy-stock': [3, 'Forecasts medicine demand, flags stock near expiry and suggests orders, with a community pharmacy chain case; English-only profile; in budget'],
    'cyberport-forecast': [2, 'Reorder suggestions per product and branch for shops; no expiry alerts; in budget'],
    'spk-data': [2, 'Chinese-only per-SKU, per-branch forecasts against overstock and stock-outs for small retailers; no expiry alerts; in budget'],
    'stock-ledger-lite': [1, 'Stock records and a low-stock list, but says it does not forecast or suggest orders'],
    'tcm-zhineng': [1, 'Stock management, but of Chinese herbs inside a Chinese medicine clinic system'],
    'wholesale-forecast': [1, 'Demand forecasts and purchase plans, but for importers; budget stretches'],
    'global-forecast-suite': [1, 'SKU replenishment, but an enterprise suite far over budget'],
    'mega-retail-ai': [1, 'Replenishment for 50+ outlet chains, far over budget'],
  }),
  judged('b3-zh-simp-product-videos', 'zh', { title: '护肤品新产品短视频', description: '我们是一个香港本地护肤品牌，市场部三个同事都是从内地过来的。每个月有十几个新产品，要做短视频发小红书、抖音和Instagram，找外面拍一条要好几千块。想用AI直接生成产品视频，最好有数字人主播用粤语和普通话讲解产品。预算五万左右。', sector: 'trade-retail', applicationAreas: ['marketing'], budgetBand: 'below-100k', readiness: 'aware', languages: ['zh-Hans'], markets: ['hong-kong', 'mainland'] }, {
    'video-gen-studio': [3, 'AI social videos and avatar presenters speaking Cantonese and Mandarin, with a skincare product reels case; English-only profile; in budget'],
    'longteng-ai': [1, 'Offers digital humans in Chinese, but a buzzword group far over budget'],
    'copy-harbour': [1, 'Writes social posts and product copy, but no video'],
    'kol-match': [1, 'Gets products onto social media through influencers, but makes no videos itself'],
  }),
  judged('b3-zh-exam-proctoring', 'zh', { title: '專業資格考試網上監考', description: '本會為一所專業團體，每年為約二千名會員舉辦兩次資格考試。為方便身處海外及內地的會員應考，擬由明年起改為網上考試，需要核實考生身份，並於考試期間偵測可疑行為，例如考生離開座位或有他人在場。', sector: 'professional-services', applicationAreas: ['operations', 'administrative-support'], budgetBand: '300k-500k', readiness: 'aware', languages: ['zh-Hant'], markets: ['hong-kong', 'mainland', 'overseas'] }, {
    'exam-proctor': [3, 'Online exam proctoring with face verification and behaviour flags, with a professional exam case; English-only profile; in budget'],
    'harbour-vision-labs': [1, 'Could build custom vision models, but a research lab with no proctoring product'],
  }),
  judged('b3-zh-daycare-companion', 'zh', { title: '長者中心想搵啲嘢陪老人家', description: '我哋係深水埗一間長者日間護理中心，每日有四十幾個長者，大部分有輕度認知障礙。社工同護理員得幾個，下晝好多長者坐喺度發呆。想搵啲嘢可以同佢哋用廣東話傾偈、帶佢哋做運動同玩記憶遊戲，仲要識提佢哋食藥。我哋舊年已經裝咗西貢嗰間公司嘅雷達防跌系統，今次唔係要防跌。', sector: 'social-care', applicationAreas: ['operations'], budgetBand: '100k-300k', readiness: 'unaware', languages: ['zh-Hant'] }, {
    'companion-robot': [3, 'Social robots that chat in Cantonese, lead exercises and memory games and remind elderly people to take medicine, with a day-care centre case; in budget'],
  }),
  judged('b3-zh-broker-policy-bot-onshore', 'zh', { title: '保單查詢聊天機械人（客戶資料不得出境）', description: '本公司為一間擁有三十名顧問的保險經紀公司。客戶經常透過WhatsApp及電話查詢保單狀況、續保日期及理賠進度，同事須逐一翻查各保險公司的系統後回覆。本公司希望引入聊天機械人自動回覆常見查詢。惟根據公司資料政策，客戶個人資料不得傳送至境外伺服器，亦不得使用境外的人工智能服務。', sector: 'finance-insurance', applicationAreas: ['customer-service'], budgetBand: '300k-500k', readiness: 'aware', languages: ['zh-Hant'], difficulties: ['data-privacy', 'regulation'], dataConstraints: ['data-in-hong-kong', 'no-overseas-ai-apis', 'personal-data'] }, {
    'insure-chat-hk': [2, 'Policy look-up, claim status and premium reminders for agents and customers; in budget, but where data is kept is not stated'],
    'lion-rock-chat': [2, 'Cantonese WhatsApp chatbots with a broker policy enquiry case; in budget, but where data is kept is not stated'],
    'bank-genai-suite': [1, 'Cantonese WhatsApp chatbots for insurers deployed on-premises, but from HK$2 million'],
    'causeway-llm': [1, 'Private language models hosted in Hong Kong, but staff knowledge bases rather than a customer bot'],
    'tai-koo-voice': [1, 'Answers the phone side in Cantonese for financial hotlines, but over budget'],
    'ssp-yuyin': [1, 'Cheap Cantonese WhatsApp FAQ bot for small shops; no policy look-up'],
  }),
  judged('b3-zh-also-bought-short', 'zh', { title: '網店推介', description: '網店想有「買咗呢件嘅人都買咗」嗰種推介。', sector: 'trade-retail', applicationAreas: ['marketing'], budgetBand: 'below-100k', readiness: 'aware', languages: ['zh-Hant'] }, {
    'ecom-recs': [3, '"Customers also bought" and personalised recommendations for online shops; English-only profile; in budget'],
    'mong-kok-growth': [1, 'A recommendation engine, but for offers sent by SMS and WhatsApp, not on the webshop'],
    'causeway-pos-analytics': [1, 'Finds products bought together, but as POS reports for chain stores'],
    'mega-retail-ai': [1, 'Product recommendations inside a retail suite far over budget'],
  }),
];

const MIXED: JudgedNeed[] = [
  judged('b3-mx-kindergarten-admissions', 'mixed', { title: '幼稚園 admission 季 parents 問題多到覆唔切', description: '我哋係將軍澳一間幼稚園，每年九月至十一月 K1 報名，parents 日日 call 同 WhatsApp 問學費、面試日期、半日定全日、有冇校車，office 兩個姑娘覆到喉嚨痛。想搞個 chatbot 放喺 website 同 WhatsApp 自動答。不過我哋 d 家長同 staff 大部分唔睇英文，個 bot 一定要識廣東話同有中文介面，全英文嘅 system 唔啱用。', sector: 'education', applicationAreas: ['customer-service'], budgetBand: 'below-100k', readiness: 'aware', languages: ['zh-Hant'] }, {
    'campus-enquiry-bot': [3, 'Admissions enquiry chatbots for kindergartens answering fees and timetables in Cantonese and English; budget overlaps'],
    'xiaoyuan-zhineng': [2, 'Chinese-only school admin with a chatbot answering parents, but built around notices rather than admissions; in budget'],
    'ssp-yuyin': [2, 'Cheap Cantonese WhatsApp FAQ bot, but for shops and clinics and not on the website'],
    'lion-rock-chat': [2, 'Cantonese chatbots on WhatsApp and websites, generic; starts near the top of the budget'],
    'kt-zhineng-kefu': [1, 'Chinese web chat bot, but for webshops'],
  }),
  judged('b3-mx-scaffold-drone', 'mixed', { title: '想用 drone check 棚架同外牆', description: '我哋係做樓宇維修嘅 contractor，同時有七八個 site，每個 site 啲棚架都要定期 check 有冇鬆脫，而家要派人爬上去睇，又慢又危險，外牆 inspection 都係咁。聽講可以用 drone 影晒再用 AI 搵出問題位，budget 大概三四十萬。', sector: 'construction', applicationAreas: ['operations'], budgetBand: '300k-500k', readiness: 'aware' }, {
    'kai-tak-safety': [3, 'Drones inspect scaffolding on sites, with a case cutting inspection time 70%; facades not named; in budget'],
    'harbour-vision-labs': [1, 'Could build a custom model for cracks in drone photos, but no construction work'],
  }),
  judged('b3-mx-mep-model-collisions', 'mixed', { title: 'd model 成日撞，去到地盤先知', description: '我哋係一間 20 人嘅 M&E consultant，project 用緊 Revit，但係結構、水喉同冷氣喉嘅 model 成日撞埋一齊，往往去到地盤先發現要改，又要同 contractor 拗 variation。想有啲 AI 可以喺 design stage 搵晒啲撞位出嚟，最好順手出埋 BQ。', sector: 'professional-services', applicationAreas: ['operations'], budgetBand: '300k-500k', readiness: 'aware' }, {
    'bim-clash-ai': [3, 'Clash detection and quantity take-off on BIM models for consultants and contractors; in budget'],
  }),
  judged('b3-mx-fashion-prints', 'mixed', { title: '每季要出幾十個 print，designer 唔夠人', description: '我哋係一個本地 fashion brand，自己 design 再交俾東莞嘅 garment factory 做。每季要出三四十個 print 同唔同 colourway，兩個 designer OT 都做唔切，又要 follow 埋 trend。想試下用 AI generate 啲 pattern 出嚟俾 designer 揀同改。廠嗰邊啲 QC 唔關我哋事。', sector: 'trade-retail', applicationAreas: ['rnd'], budgetBand: '100k-300k', readiness: 'aware' }, {
    'lck-textile-design': [3, 'Generates print patterns, colourways and mood boards from trend data, with a fashion label case; in budget'],
    'west-kowloon-creative': [1, 'Generative design and image generation, but for museums and galleries'],
  }),
  judged('b3-mx-gift-shop-combos-rambling', 'mixed', { title: '想知啲客通常一齊買咩', description: '我哋喺旺角同荃灣有兩間精品雜貨舖，賣文具、零食同啲 gift 嘢，有十個 staff。POS 用咗好多年，website 同 IG 都有，上年仲試過請 KOL 宣傳。老闆娘想搞 bundle promotion，例如買 notebook 送 sticker 嗰類，但係唔知邊啲貨通常會一齊賣。POS 入面有三年 sales data，但我哋淨係識睇每日總數。想有人幫手分析下，話俾我哋知邊啲 combo 最值得推，做完 promotion 又知有冇效。', sector: 'trade-retail', applicationAreas: ['marketing'], budgetBand: 'below-100k', readiness: 'aware' }, {
    'causeway-pos-analytics': [3, 'Basket analysis of POS data finds cross-sell pairs and reports on promotions; budget overlaps'],
    'cyberport-retail-insights': [1, 'POS sales dashboards by shop and category, but no basket analysis'],
    'mong-kok-growth': [1, 'Recommendations and customer segments for shops, but for personalised offers, not bundles'],
    'ecom-recs': [1, '"Customers also bought", but on a webshop, not from shop POS data'],
  }),
  judged('b3-mx-payroll-no-ai', 'mixed', { title: '計糧同 MPF 成日計錯', description: '我哋間茶樓有 35 個 staff，full-time part-time 都有，每個月計糧、MPF、OT 同扣假全部係老闆娘用 Excel 計，成日計錯俾 staff 投訴。想搵個簡單嘅 system 搞掂計糧同 MPF，staff 可以喺手機睇 payslip 同申請放假。唔使乜 AI，平、易用就得。', sector: 'food-beverage', applicationAreas: ['human-resources', 'finance'], budgetBand: 'below-100k', readiness: 'unaware' }, {
    'payroll-hk': [3, 'Payroll, MPF and leave management with an employee app, with a restaurant group case; no AI, as wanted; in budget'],
    'sw-kuaiji': [1, 'Chinese-only bookkeeping that also calculates MPF, but no payroll or staff app'],
    'enterprise-hcm': [1, 'Payroll inside an HR suite for 5,000+ staff, far over budget'],
  }),
  judged('b3-mx-youtube-subtitles', 'mixed', { title: 'YouTube 片想自動出中英字幕', description: '我哋係一間細 production house，幫客拍 corporate video，又搞緊自己個 YouTube channel，啲片全部係廣東話，仲夾好多英文 term。而家 subtitle 係 intern 一句句聽住打，一條十分鐘嘅片要打成日。想 AI 自動出繁體中文同英文字幕，我哋自己 check 一次就 OK。', sector: 'arts-culture', applicationAreas: ['corporate-communications'], budgetBand: 'below-100k', readiness: 'aware' }, {
    'subtitle-ai': [3, 'Automatic Cantonese-to-Traditional-Chinese and English subtitles for videos; in budget'],
    'minutes-ai': [1, 'Cantonese-English transcription, but of meetings into minutes, no subtitles'],
    'shatin-speech': [1, 'Cantonese speech API with code-switching to build on; over budget'],
    'data-harbour': [1, 'Transcribes Cantonese speech, but as a labelling service'],
    'harbour-translate': [1, 'Could translate finished Chinese subtitles into English, but no speech to text'],
  }),
];

export const THIRD_BLIND_NEEDS: JudgedNeed[] = [...ENGLISH, ...CHINESE, ...MIXED];
