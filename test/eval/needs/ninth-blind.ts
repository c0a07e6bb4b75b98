// A ninth blind judged set, written with its grades from the whole fixture market before the matcher ran on it, and
// not changed afterwards. Its focus differs from the earlier sets: every need is written the way owners and staff
// really post from a phone or dictate by voice (run-on sentences with little punctuation, spoken fillers such as
// "like", "basically", 「咁」「即係」「其實」「嗯」, a few emoji, bullet lists, ALL CAPS words, repeated words, typos),
// and most of them are QUESTIONS rather than requests ("Is there anything that can...?", "Can AI do X or is that a
// dream?", 「有冇 AI 可以…？」「定係發夢？」「有没有AI…？」). It aims at the suppliers the earlier sets grade least (a
// utility load forecaster, a school IT firm, a companion robot, a textile design generator, an English speaking
// coach, a transformation consultancy, a ticket forecaster, an AI render service, a retail sales dashboard, a
// warehouse slotting firm, a restaurant queue system, a call-centre voicebot, a speech data labeller, a clinical note
// writer), over fifteen sectors, and at problems the earlier sets do not cover: a Kwai Chung cold store that cannot
// join CLP's demand response because it never knows tomorrow's peak, wedding quotes that take six days to cross four
// hotel departments, a signage firm that wants to know which quotes are worth three hours, a Sai Kung kayak company
// with HK$5k a year, a Chungking Mansions money changer after a Customs inspection, dessert shops that sell out of
// mango and bin the sago, mall guards who fail the mystery shopper's English, a Chinese medicine clinic out of 當歸,
// a primary school's 200 iPads, elderly people living alone who forget their pills and could not use an app, a
// knitwear office asked for twenty colourways overnight, pickers who walk 30,000 steps a day, a family pharmacy chain
// that learns a shop fell 20% a month late, a pet shop that asks for AI forecasting with no stock records, a hotpot
// restaurant's Friday no-shows and street queue, a renovation contractor whose clients cannot picture the flat, a
// live house that guesses its ticket prices, a statutory body's nine-option phone menu that elderly callers hang up
// on, an estate agency that wants listing reels with a presenter, a start-up short of Cantonese speech data, and
// speech therapists writing notes until 11 p.m. Traps: in at least ten needs the SME describes a symptom and guesses
// the wrong remedy (a chatbot for a process problem, face-recognition cameras for customer due diligence, an app for
// prep forecasting, a kiosk or earbuds for staff who must speak English, "an AI system" for iPad management, a robot
// arm for bad slotting, a member app before anyone knows which shop is falling, AI forecasting for a shop with no
// stock records, more temperature sensors for a load forecast, a meeting-minutes app for clinical notes), and the
// supplier of the guessed remedy is graded at most 1 unless it truly helps; in six needs two kinds of supplier could
// each solve it in different ways and both are graded 2 or 3 (a load forecaster and a building energy optimiser, a
// TCM clinic system and a pharmacy stock forecaster, a queue system and a booking chatbot, a voicebot and a chatbot
// that also answers phone lines, a speech data labeller and a ready speech API, an ambient note writer and a
// voice-memo note drafter); in three needs the best answer is a consultancy or a general IT firm rather than an AI
// product; budgets far over or under a supplier's range; data kept in Hong Kong and no overseas AI services; no
// cameras; a Chinese interface required (and once an English one accepted); things the SME already has or does not
// want, in English and in Cantonese (「唔使」「唔想換」「已經有」「試過唔啱用」); place names that echo supplier names
// (Kwai Chung, Kwun Tong, Sai Kung, Tsim Sha Tsui, Sha Tin, Fo Tan, Mong Kok, Yuen Long, Tuen Mun, 上環, 荃灣, 深水埗,
// 旺角, 油麻地, 將軍澳, 天水圍, 科學園, 沙田, 火炭); typos; English product nouns inside Chinese sentences; one need in
// formal written Chinese and one in Simplified Chinese. It adds no supplier: its traps are the market's own.
import { judged, type JudgedNeed } from './judged';

const ENGLISH: JudgedNeed[] = [
  judged('b9-en-cold-store-peak-load-question', 'en', { title: 'is there anything that can tell us tomorrows peak load??', description: 'ok so basically we run a cold store in Kwai Chung, six floors of frozen and chilled rooms, around 9,000 pallets, and electricity is like our biggest cost after rent. CLP charges us on maximum demand too so ONE bad half hour in July sets the demand charge for the whole month. Now CLP has this demand response scheme where they pay you to cut load when they ask a day ahead, but we never know what our own peak will be tomorrow, it depends on the weather, how many containers come in, how often the doors open... so basically we say no every time 😅 Our engineer says we just need more temperature sensors but we already log every room for HACCP and the alarms work fine, that is not the problem. So my question is is there anything that can forecast our load for tomorrow hour by hour, and tell the shift when to pre-cool rooms or move the defrost cycles so we dont set a new peak? We have meters on every floor and 3 years of half-hourly data from CLP. Budget maybe 1 to 1.5 million if it pays back in 3 years. Not replacing the compressors, not now.', sector: 'logistics', applicationAreas: ['operations'], budgetBand: '1m-2m', readiness: 'ready', timeline: '6-12-months', benefits: ['cost-savings', 'data-driven-decisions'] }, {
    'grid-forecast': [3, 'Load forecasting for large energy users from meter data, with a day-ahead forecast case; built for utilities, not cold stores, but the same job; in budget; pre-cooling advice to be confirmed'],
    'lantau-energy': [2, 'Energy optimisation with IoT sensors and chiller maintenance that could schedule the plant around peaks, but for office towers and malls and with no load forecast named; in budget'],
    'cold-chain-iot': [1, 'The temperature monitoring the engineer suggested, with compressor failure prediction, but they already log temperatures and it forecasts no load'],
    'wyman-energy-lite': [1, 'Shows where electricity goes, but plug-in meters for shops and small offices, no forecast, and they already have floor meters'],
  }),
  judged('b9-en-hotel-banquets-chatbot-guess-process', 'en', { title: 'GM wants a CHATBOT but I think the problem is us', description: 'Writing this on my phone between meetings sorry. I run operations for a group of three hotels (Wan Chai, North Point and Jordan), 170 staff, and we do a lot of wedding banquets with room blocks. Our GM read about AI and wants a CHATBOT because couples complain we are slow. But honestly the first reply already goes out within an hour. What actually happens:\n- sales sends a draft quote\n- banquet checks if the ballroom is free (their own spreadsheet)\n- front office holds rooms in Opera\n- finance wants the deposit before anything is confirmed\n- nobody owns the booking, everyone waits for someone else\nSo a quote takes 6 days and we lost two weddings last month to hotels that answered in one. A bot would just say "we will get back to you" faster lol. What I think we need is someone to sit with the four departments, redesign how a booking flows from enquiry to deposit, get the staff to actually change, and THEN tell us where systems or AI fit. Can someone do that? Budget roughly HK$600-800k, we would like it done this year.', sector: 'hospitality-tourism', applicationAreas: ['operations', 'marketing'], budgetBand: '500k-1m', readiness: 'aware', timeline: '6-12-months', benefits: ['productivity', 'more-customers'], difficulties: ['choosing-solution'] }, {
    'central-transform': [3, 'Process redesign and change management across departments, with a hotel group case where check-in steps fell from 11 to 6; in budget'],
    'zx-guwen': [2, 'Reviews business processes and plans where AI fits, in Cantonese, but a small SME practice with no hotel work and no change programme named; under budget'],
    'mid-levels-consult': [1, 'AI strategy and proofs of concept for SMEs, but the problem is how four departments hand a booking over, not AI'],
    'admiralty-advisory': [1, 'Operating model design, but for large enterprises and public bodies, from HK$1.5 million'],
    'repulse-bay-hotels': [1, 'A hotel guest chatbot, the GM\'s guess, but the first reply is not the slow part'],
  }),
  judged('b9-en-signage-quote-win-dream-poc', 'en', { title: 'Can AI tell which quotes we will win or is that a dream?', description: 'hi, so like we are a signage and printing company in Kwun Tong, 30 people, lightboxes, shopfront signs, exhibition booths, that kind of thing. We send like 120 quotaions a month and win maybe 1 in 5, and honestly our estimators spend the same 3 hours on every quote, the ones we always lose and the ones we always win. I have 6 years of quotes in Excel, client type, size, material, price, how fast we replied, won or lost. So my question is basically: can AI look at that and tell us which quotes are worth the effort, or is that a dream? I dont want to buy some big system before someone tells me if it even works on OUR data, so like a small test, a few weeks, and someone who explains it in normal words not jargon. Budget for the test maybe HK$60-80k, if it works we spend more later. We already have a girl chasing quotes by phone, that part is fine, dont need email tools.', sector: 'manufacturing', applicationAreas: ['marketing', 'operations'], budgetBand: 'below-100k', readiness: 'aware', timeline: 'within-3-months', benefits: ['data-driven-decisions', 'productivity'], difficulties: ['choosing-solution', 'talent'] }, {
    'mid-levels-consult': [3, 'Quick proofs of concept and AI strategy for SMEs starting with AI, manufacturing among its sectors; in budget; no case studies yet'],
    'science-park-ml': [1, 'AutoML for tabular data like their quote history, but a platform for in-house data teams, from HK$200,000'],
    'zx-guwen': [1, 'Plans AI use for SMEs in Cantonese with a factory case, but no test of a model on their data'],
    'sme-ai-coach': [1, 'Workshops and help picking tools, but nobody testing a model on their quotes'],
    'trade-email-assistant': [1, 'Follows up quotes by email, which they do not need; does not say which quotes to pursue'],
  }),
  judged('b9-en-sai-kung-kayak-faq-cheap', 'en', { title: 'cheap bot for the same 10 questions on our website??', description: 'hi!! we r a 3 person kayak + SUP tour company in Sai Kung 🛶 customers are like 90% expats and tourists, all English. Every single day we get the SAME SAME questions thru the contact form on our website: can kids join, what if it rains, where do we meet at the pier, do i need to know how to swim, can I bring my dog 🐶, is there parking... Bookings already go thru our booking page, we pay for that and its fine. Is there a cheap bot that sits on the website and just answers from our FAQ page?? budget like HK$5k a year max, we r tiny. We dont do WhatsApp for business and dont want to, and no time to build flows or anything, just want it to read the FAQ and answer, definately not a big project.', sector: 'hospitality-tourism', applicationAreas: ['customer-service'], budgetBand: 'below-100k', readiness: 'unaware', languages: ['en'] }, {
    'web-faq-english': [3, 'Website FAQ bot that answers visitors in English from the FAQ page, no WhatsApp; from HK$3,000, within the budget'],
    'lamma-chat-studio': [2, 'English website chat widget with FAQ answers, but built with drag-and-drop flows they have no time for; from HK$5,000, at the edge of the budget'],
    'itinerary-ai': [1, 'Travel chatbot, but for agencies on WhatsApp, which they do not use, from HK$40,000'],
    'lion-rock-chat': [1, 'Answers on websites too, but from HK$80,000, far over a HK$5,000 budget'],
  }),
  judged('b9-en-money-changer-cdd-not-cameras', 'en', { title: 'Customs said our customer checks not enough, maybe AI cameras??', description: 'Good day. We run a money changer in Chungking Mansions, Tsim Sha Tsui, licensed MSO, 2 counters and 6 staff. Our customers are tourists, traders from Africa and South Asia, and domestic helpers sending money home. Last month Customs and Excise came for inspection and said our customer due diligence is not enough: above HK$8,000 we must check ID, screen the names against sanctions lists, keep the records properly and report suspicious ones to JFIU. Now we photocopy passports and write in a paper book 📒 My cousin says put AI cameras with face recognition at the counter to catch the bad people, is this what we need?? I am not sure. Next inspection is in about 4 months and we must pass or maybe lose the licence. Budget up to HK$250k. Staff speak English, Urdu and Hindi, no Chinese, and the records must stay in Hong Kong.', sector: 'finance-insurance', applicationAreas: ['legal', 'operations'], budgetBand: '100k-300k', readiness: 'unaware', timeline: '3-6-months', languages: ['en'], difficulties: ['regulation'], dataConstraints: ['data-in-hong-kong', 'personal-data'] }, {
    'exchange-regtech': [3, 'Identity checks, sanctions and adverse media screening and regulatory reporting for money lenders and payment firms, with onboarding checks in 10 minutes; in budget; Customs reporting and data location to be confirmed'],
    'central-risk': [1, 'AML transaction monitoring, but for banks and insurers, from HK$1 million'],
    'victoria-doc': [1, 'Reads KYC forms and IDs into systems, but no sanctions screening or reports; from HK$200,000'],
  }),
  judged('b9-en-dessert-kitchen-app-guess-forecast', 'en', { title: 'maybe we need an app?? mango sold out by 3pm, sago in the bin at night', description: 'So we have 5 dessert shops (Sha Tin, Tai Wai, Mong Kok, Yuen Long, Tuen Mun) and a central kitchen in Fo Tan that cooks every morning and sends everything out by van. Every day SAME story: mango pomelo sago and durian pancakes sold out by 3pm in two shops, and the other shops throw away whole tubs of sago and tofu pudding at closing 😩 and mango went up like 40% this year so every tub in the bin really hurts. My son says we need an app so the shops can tell the kitchen whats left. But honestly the shops already WhatsApp the kitchen at 10pm with whats left, the kitchen just guesses tomorrows amounts from that plus gut feel. What we need is something telling the kitchen how much of each dessert to make for each shop tomorrow (weather, weekday, public holidays, typhoon...) and which desserts still make money at this mango price. The POS has 2 years of sales per item per shop. Budget 100-200k. No cameras in the kitchen pls, staff hated that idea when a vendor showed us.', sector: 'food-beverage', applicationAreas: ['operations', 'finance'], budgetBand: '100k-300k', readiness: 'aware', benefits: ['cost-savings', 'data-driven-decisions'] }, {
    'tst-fnb-analytics': [3, 'Kitchen prep forecasts together with food cost and menu analytics that show which dishes still earn money, with ingredient price alerts; in budget'],
    'cyberport-forecast': [2, 'Daily prep forecasts per branch with a bakery chain case, but no view of which desserts earn money; in budget'],
    'kitchen-ai': [2, 'Dish demand forecasts with a noodle chain case, but sold with a camera over the bin, which staff rejected, and no margins; in budget'],
    'stock-ledger-lite': [1, 'A stock app like the son\'s idea, recording what is left, but no forecast, and the shops already report leftovers'],
  }),
  judged('b9-en-mall-guards-english-kiosk-guess', 'en', { title: 'our guards cant answer tourists in English, mall may cut the contract', description: 'I manage a security company and we have 45 guards at a shopping mall in Tsim Sha Tsui. The mall sends mystery shoppers every month and our guards keep failing the English part 😬 tourists ask where is the MTR, the toilet, the taxi stand, lost property, and our guys freeze or just point. Most are 50+ and went to Chinese schools. The mall manager suggested an AI chatbot kiosk in the lobby or translation earbuds, BUT the contract KPI is literally the guard answering in spoken English, and guards cannot use phones on patrol. So what I think we really need is for the guards to PRACTISE speaking, like 10 minutes a day on their phone during breaks, with feedback on pronunciation, using the questions tourists actually ask. Is there something like that?? Budget around HK$50k this year. Guards only read Chinese so the instructions need to be in Chinese.', sector: 'admin-support-services', applicationAreas: ['human-resources', 'customer-service'], budgetBand: 'below-100k', readiness: 'unaware', languages: ['en', 'zh-Hant'], benefits: ['quality'] }, {
    'speak-up-english': [3, 'English speaking practice with instant feedback on pronunciation and fluency; built for schools and language centres, not guards, but the same job; in budget'],
    'lion-rock-chat': [1, 'A chatbot that could answer tourists at a kiosk, the mall\'s guess, but the KPI is the guard\'s own English; far over budget'],
    'harbour-translate': [1, 'Translates between English and Chinese, but text, not speech, and teaches nobody to speak'],
    'sme-ai-coach': [1, 'Workshops for staff, but on using AI tools, not on speaking English'],
  }),
];

const CHINESE: JudgedNeed[] = [
  judged('b9-zh-tcm-herbs-stock-question', 'zh', { title: '有冇 AI 可以幫中醫館估下每隻藥材要入幾多？', description: '嗯…我哋係荃灣一間中醫館，三個註冊中醫師，百子櫃有成三百幾隻藥材，另外仲有濃縮中藥顆粒。而家成日係咁：醫師開完方，執藥嗰陣先發現當歸冇貨、黃芪又唔夠，要叫病人聽日再嚟拎😓；另一邊廂啲花旗參、川貝又入多咗，放到發霉過期，成袋掉。入貨係我阿姐憑感覺，每個禮拜打電話俾上環啲藥材行落單。其實即係想問：有冇 AI 或者 system 可以睇住存貨，根據過去啲藥方估下每隻藥材幾時要補、補幾多，就快過期又識提我哋？病人預約我哋已經用緊 WhatsApp 自己搞掂，唔使；舌診嗰啲都唔使住。啲姐姐全部淨係識睇中文，個 system 一定要中文。預算大概五至八萬。', sector: 'healthcare', applicationAreas: ['operations'], budgetBand: 'below-100k', readiness: 'unaware', languages: ['zh-Hant'], benefits: ['cost-savings', 'fewer-errors'] }, {
    'tcm-zhineng': [3, 'Chinese medicine clinic system with herb stock management and prescription records, in Chinese, with a case of herb counts updated daily; in budget; tongue photos and bookings not needed'],
    'pharmacy-stock': [2, 'Forecasts medicine demand, flags items near expiry and suggests orders for pharmacies and clinics, but built for Western medicines rather than herbs used by prescription; in budget'],
    'stock-ledger-lite': [1, 'Records stock in and out with a low-stock list, but no forecast or expiry alerts, and built for shops and cafés'],
  }),
  judged('b9-zh-school-ipads-ai-question', 'zh', { title: '學校買咗二百部 iPad 上 AI 堂，有冇 AI 可以幫手管住佢哋？', description: '我係觀塘一間小學嘅 IT 老師，兼埋 IT 統籌。去年用咗教育局嘅撥款買咗二百部 iPad 同三架充電車，俾學生上 AI 堂、用 AI 工具寫作同畫畫。點知而家係咁：每次上堂前要逐部 update、逐部裝 app，啲學生改晒密碼、偷偷玩 game，有幾部唔見咗又搵唔返，我一個人夜晚留低搞到九點🙃🙃。校長話「咁就搵個 AI system 幫你管理啦」。其實即係…我都唔知係咪 AI 嘅嘢，只係想有人可以一次過幫二百部 iPad 裝 app、鎖住啲功能、追返部機喺邊，最好每個禮拜有個技術員返嚟學校幫手。Wi-Fi 去年先升級咗，OK 㗎，唔使搞。AI 教材同改作文嗰啲我哋已經揀咗，唔使再推銷。預算十幾萬，呢個學年內要搞掂。', sector: 'education', applicationAreas: ['administrative-support', 'operations'], budgetBand: '100k-300k', readiness: 'aware', timeline: '6-12-months', languages: ['zh-Hant'], difficulties: ['talent'] }, {
    'school-it-trap': [3, 'School IT support with iPad roll-outs, device management and technicians on site, with 900 iPads managed for a school; in budget; no AI needed'],
    'wanchai-it': [1, 'Managed IT with a helpdesk, but for office laptops and Microsoft 365, not classroom iPads'],
  }),
  judged('b9-zh-formal-elderly-medication-app-tried', 'zh', { title: '獨居長者服藥提示及日間陪伴', description: '本會為一所位於深水埗的長者地區中心，現時跟進約一百二十名獨居或雙老長者，其中不少患有輕度認知障礙。社工家訪時經常發現長者漏服或重複服藥，亦有長者表示日間長時間無人傾談，情緒低落。本會去年曾委託外判公司開發手機應用程式提示長者服藥，惟試行三個月後，大部分長者表示不懂操作智能手機，亦看不清屏幕文字，使用率不足一成。本會現擬查詢市場上有否可置於長者家中或中心的設備，能以廣東話與長者對話、按時提示服藥、帶領簡單運動及記憶遊戲，並於長者未有回應時通知中心職員。本會不擬於長者家中安裝任何鏡頭。預算約二十萬港元，擬先以基金資助試行二十部。', sector: 'social-care', applicationAreas: ['operations'], budgetBand: '100k-300k', readiness: 'unaware', languages: ['zh-Hant'], benefits: ['quality'], dataConstraints: ['cantonese-required', 'personal-data'] }, {
    'companion-robot': [3, 'Social robots that chat in Cantonese with elderly people, lead exercises and memory games and remind them to take medicine; shown in day-care centres rather than homes; in budget; alerts to staff and cameras to be confirmed'],
    'sai-kung-care': [1, 'Alerts staff without cameras, but about falls at night in care homes, not medicine or company'],
    'ngo-case-ai': [1, 'Flags high-risk cases for social workers, but does nothing in the elder\'s home'],
  }),
  judged('b9-zh-simp-knitwear-colourways-question', 'zh', { title: '客人一晚要二十个配色，有没有AI可以帮忙出？', description: '我是葵涌一家针织厂香港办事处的跟单，工厂在东莞。欧洲和美国的品牌客人每次来看样，都要我们第二天就交同一款毛衣的二十个配色方案，还要按今年的流行色来配，另外每季还要提几款新的提花图案。现在全靠两个设计师用 Photoshop 一个一个改，经常通宵，还是赶不上，客人等不及就把单给了别的厂。所以想问一下：有没有AI可以根据流行趋势自动出配色和图案，让设计师再挑再改？还是说这是做梦😂？我们不需要做视频或者写文案，也不是要检查布料瑕疵（工厂那边已经有验布）。预算十万到二十万港元。', sector: 'manufacturing', applicationAreas: ['rnd', 'marketing'], budgetBand: '100k-300k', readiness: 'aware', languages: ['zh-Hans'], markets: ['hong-kong', 'mainland', 'overseas'], benefits: ['productivity', 'more-customers'] }, {
    'lck-textile-design': [3, 'Generates print patterns, colourways and mood boards from trend data for fashion and textiles, with a design cycle cut from 6 weeks to 2; in budget'],
    'west-kowloon-creative': [1, 'Generative design and image generation, but for museums and galleries, with no textile work'],
  }),
  judged('b9-zh-ecom-warehouse-robot-arm-guess', 'zh', { title: '老細話買機械臂，但我覺得係啲貨擺錯位', description: '我哋係荃灣一個網購倉，幫十幾個網店做 fulfilment，大概一萬二千個 SKU，平日出一千五張單，雙十一同聖誕可以去到六千。執貨既同事一日行成兩三萬步，因為啲好賣嘅貨（例如面膜、電話殼）擺晒喺最入面嘅高層貨架，唔好賣嗰啲反而擺喺門口，每張單都要由倉頭行到倉尾，旺季一定出唔切貨，網店客就鬧。老細睇完展覽就話要買機械臂同 AGV，報價成二百幾萬😱。其實即係…我覺得唔係人唔夠，係啲貨擺得唔啱同埋執貨路線亂。想問有冇 system 可以根據出貨數據建議每隻貨擺邊度、排好每轉執貨路線？我哋用緊嘅 WMS 係自己寫嘅，唔想換，要可以對接。送貨係外判速遞，路線唔使理。預算三四十萬。', sector: 'logistics', applicationAreas: ['operations'], budgetBand: '300k-500k', readiness: 'aware', languages: ['zh-Hant'], benefits: ['productivity', 'cost-savings'] }, {
    'tm-wuliu': [3, 'Slotting, picking routes and stocktakes for e-commerce warehouses and 3PLs, connects to the existing WMS, in Chinese, with picking 30% faster; in budget'],
    'kt-robotics': [1, 'Robots with vision for pick-and-place and packing, the boss\'s idea, from HK$500,000, leaving the slotting problem as it is'],
    'tsuen-wan-routes': [1, 'Route optimisation, but for delivery vans, which the courier handles'],
    'kwai-tsing-drones': [1, 'Warehouse inventory on high racks, but counting by drone, not picking; over budget'],
  }),
  judged('b9-zh-pharmacy-chain-app-guess-dashboards', 'zh', { title: '阿仔話要整會員 app，但我連邊間舖跌緊生意都唔知', description: '嗯，我哋係家族經營嘅藥房，開咗三十年，而家有六間舖：旺角、油麻地、深水埗、觀塘、荃灣、屯門，賣奶粉、護膚品、成藥、紙尿片嗰啲，六間都用緊同一套 POS 收銀。問題係，每個月尾會計整完數先話我知邊間舖少咗生意，上個月觀塘店原來跌咗兩成，我係一個月後先知😤，仲要唔知係邊類貨賣少咗（奶粉？面膜？），定係邊個時段、邊個同事嗰更特別差。阿仔話要整個會員 app，加 WhatsApp 推廣叫多啲客返嚟。但係我想先知邊度出事呀嘛！即係想每朝喺手機睇到每間舖、每類貨、每個時段、每個同事賣咗幾多，跌得犀利就即刻提我。存貨同入貨我哋自己搞得掂，唔使理。我唔識睇英文，一定要中文。預算五至十萬。', sector: 'trade-retail', applicationAreas: ['operations', 'marketing'], budgetBand: 'below-100k', readiness: 'unaware', languages: ['zh-Hant'], benefits: ['data-driven-decisions'] }, {
    'cyberport-retail-insights': [3, 'Daily sales dashboards from the POS by shop, staff and category, with alerts when sales drop; in budget'],
    'causeway-pos-analytics': [2, 'POS analytics with staff league tables for chain stores and a health-and-beauty chain case, but promotion and basket reports rather than daily alerts; from HK$80,000, near the top of the budget'],
    'mong-kok-growth': [1, 'Member offers by SMS and WhatsApp, the son\'s idea, before they know where sales are falling'],
    'pharmacy-stock': [1, 'Built for pharmacies, but stock and expiry, which they handle themselves, not sales by shop and staff'],
  }),
  judged('b9-zh-pet-shop-ai-forecast-guess-records', 'zh', { title: '想搵 AI 預測寵物用品入咩貨', description: '我同老公喺大埔同粉嶺開咗兩間寵物用品舖，貓糧狗糧、貓砂、小食、玩具，加埋大概八百幾款貨，另外喺工廈有個細貨倉。成日發生咁嘅事：客要某隻貓糧，舖頭冇，我話「倉應該有」，去到倉又冇；又試過以為冇貨再入，點知倉底原來仲有五箱，放到過咗期要掉😭😭。朋友話而家有 AI 可以預測要入咩貨，咪幫我預測下囉。不過講明先，我哋部收銀機係舊式嗰種，淨係出收據，冇記錄賣咗咩；盤點都係用眼睇，冇 barcode 記錄。預算細，一兩萬以內，最好手機用到。', sector: 'trade-retail', applicationAreas: ['operations'], budgetBand: 'below-100k', readiness: 'unaware', languages: ['zh-Hant'], benefits: ['cost-savings', 'fewer-errors'] }, {
    'stock-ledger-lite': [3, 'Barcode stock records by location with a low-stock list, on the phone, for small shops; no forecast, but without records no forecast is possible; in budget'],
    'spk-data': [1, 'Stock forecasts for small retailers in Chinese, but it reads the POS sales history they do not have, from HK$60,000'],
    'cyberport-forecast': [1, 'Demand forecasting needs sales records they do not have, from HK$100,000'],
  }),
];

const MIXED: JudgedNeed[] = [
  judged('b9-mx-hotpot-no-shows-queue', 'mixed', { title: 'Friday 夜 book 咗位嘅客三成唔嚟，門口 walk-in 又排到出街', description: '我哋係油麻地一間火鍋店，四十張枱，dinner 一晚兩轉。而家 booking 全部靠 WhatsApp 同電話，同事寫喺本簿度。最頭痛係 Friday 同 Saturday 夜 book 咗位嘅客成三成 no-show，個位 hold 住唔敢俾人，門口 walk-in 嘅客又排到出街，等唔切就走咗去隔籬，仲俾大廈管理處投訴阻住條街😤😤。有朋友話搵個 WhatsApp chatbot 幫手 book 枱就得，但我諗下，其實問題係 no-show 同排隊囉，即係…有冇嘢可以預計邊啲 booking 好大機會唔嚟、自動 send reminder 叫佢 confirm、walk-in 拎飛去附近行街到號先 SMS 叫返佢？落單同收錢我哋已經有 POS，唔使換。Budget 大約五萬。', sector: 'food-beverage', applicationAreas: ['customer-service', 'operations'], budgetBand: 'below-100k', readiness: 'aware', benefits: ['more-customers', 'productivity'] }, {
    'yau-tsim-queue': [3, 'Online booking, queue tickets with SMS call-back and a no-show prediction score for busy restaurants; in budget'],
    'lamma-semantic': [2, 'Cantonese WhatsApp booking bot whose automatic reminders cut no-shows by a third, but no queue tickets for walk-ins; in budget'],
    'kitchen-ai': [1, 'Includes queue management for restaurants, but sold with food-waste cameras and dish forecasts they did not ask for'],
    'ssp-yuyin': [1, 'Cheap Cantonese WhatsApp auto-replies for bookings, but no no-show prediction or queue'],
  }),
  judged('b9-mx-renovation-floorplan-renders-question', 'mixed', { title: '有冇 AI 可以將 floor plan 變效果圖？客成日話想像唔到', description: '我係將軍澳嘅裝修判頭，自己帶住七八個師傅，主要做公屋居屋同私樓翻新。好多客睇完我嘅 floor plan 同報價單都話「想像唔到出嚟咩樣」，要帶佢去睇幾次其他單位嘅相，有啲客拖咗兩三個月都唔落 order，有啲就搵咗有 3D 效果圖嘅大公司😓。請個 3D designer 一個月成三萬幾，養唔起。想問吓有冇 AI 可以將我手繪嘅 floor plan、或者影嘅吉屋相，變成幾款唔同風格（北歐風、日式、木系）嘅效果圖 send 俾客？即日有就最好。英文介面 OK，我睇得明。唔係要拍片，亦唔係要 VR。Budget 每個月幾千蚊，一年唔好超過三萬。', sector: 'construction', applicationAreas: ['marketing'], budgetBand: 'below-100k', readiness: 'unaware', benefits: ['more-customers'] }, {
    'render-studio-ai': [3, 'Turns floor plans, sketches and site photos into photo-real interior renders within hours, with style options and a Tseung Kwan O flat case; English interface accepted; in budget'],
    'west-kowloon-creative': [1, 'Generative design and image generation, but for museums and galleries, from HK$80,000'],
    'video-gen-studio': [1, 'AI videos for brands, which he does not want'],
  }),
  judged('b9-mx-live-house-gig-demand-question', 'mixed', { title: '有冇 AI 估到邊場 gig 會爆、邊場要送飛？', description: '我哋係火炭工廈一間 live house，兩百個企位，一個月大概二十場 show，本地 indie band、外國 band 巡迴、stand-up comedy 都有。問題係有啲場一開售一個鐘就 sold out，有啲場到當晚得三四十人，要喺 IG 送飛谷人。定價全部靠感覺，$180 定 $380 都係估😅。即係想問：有冇 AI 可以睇返我哋過去三年嘅 ticketing data（每場賣幾多、幾時賣、咩價、邊類 band），話我知新場大概會賣幾多、應該定咩價、幾時加場或者開早鳥？宣傳我哋自己同 band 搞，唔使搵 KOL。Budget 十萬以內。', sector: 'arts-culture', applicationAreas: ['marketing'], budgetBand: 'below-100k', readiness: 'aware', benefits: ['data-driven-decisions', 'more-customers'] }, {
    'ticket-demand': [3, 'Ticket sales forecasting, audience analytics and pricing suggestions per show for concerts and theatres, with a concert promoter case; from HK$50,000, within the budget'],
    'price-pilot': [1, 'Suggests prices, but for online sellers watching competitors\' prices'],
    'kol-match': [1, 'Finds KOLs to promote the shows, which they do themselves'],
  }),
  judged('b9-mx-hotline-ivr-elderly-voicebot', 'mixed', { title: '熱線個 IVR 九個 option，啲長者撳到一半就收線', description: '我係一個法定機構熱線組嘅 supervisor，team 有十二個 officer。每日大概二千個 call，八成係長者打嚟問資助申請進度、要交咩文件、幾時過數。而家個 IVR 有九個 option 仲要再揀 sub-menu，好多長者撳到一半就收線再打過，peak hour 要等成二十分鐘，連議員都有問。上頭話「搞個 WhatsApp chatbot 啦，人人都用」，但係打嚟嘅大部分係七八十歲嘅長者，佢哋係用電話㗎，好多連 smartphone 都冇。我諗要嘅係打入嚟直接講廣東話就得，例如「我想問申請去到邊」，系統識答就答、答唔到就轉俾 officer，每個 call 自動做 summary 入我哋個 case system。資料一定要留喺香港，唔可以用海外 AI。Budget 大約一百五十萬，今個財政年度要出 tender。', sector: 'public-administration', applicationAreas: ['customer-service'], budgetBand: '1m-2m', readiness: 'aware', timeline: '6-12-months', languages: ['zh-Hant'], dataConstraints: ['data-in-hong-kong', 'no-overseas-ai-apis', 'cantonese-required', 'personal-data'] }, {
    'tai-koo-voice': [3, 'Cantonese voicebots that replace phone menus, answer or route callers and summarise every call, public administration among its sectors; in budget; data location to be confirmed'],
    'lion-rock-chat': [2, 'Cantonese chatbots that also answer phone lines and hand over to staff, but mostly WhatsApp and web, with no call summaries; under budget'],
    'omni-contact-suite': [1, 'Chatbot and voicebot inside a contact-centre platform for 200+ agents, from HK$3 million'],
    'public-data': [1, 'Citizen enquiry chatbots for departments, but in text rather than on the phone, from HK$1 million'],
    'shatin-speech': [1, 'A Cantonese speech recognition API to build on, not a finished voicebot'],
  }),
  judged('b9-mx-estate-agency-listing-reels-question', 'mixed', { title: 'AI 可唔可以幫我哋每個盤出條 Reels？定係發夢？', description: '我哋係天水圍一間地產舖，五個 agent，主力做屋苑二手盤同租盤。而家啲年輕買家都係睇 IG 同小紅書 reels 揀盤，大地產個個盤都有短片。我哋手上成百個盤，但 agent 唔夠時間拍、又唔上鏡、剪片更加唔識😂。想問 AI 可唔可以用我哋影嘅相同盤嘅資料（實用面積、樓層、間隔、價錢），自動出三十秒 reels，有個虛擬主持用廣東話介紹，有大陸客睇嘅盤就出埋普通話版？定係發夢？WhatsApp 篩客嘅 bot 我哋已經試過，唔啱用；文案我哋自己寫得掂。一個月 budget 大約五千至一萬。', sector: 'real-estate', applicationAreas: ['marketing'], budgetBand: 'below-100k', readiness: 'unaware', benefits: ['more-customers'] }, {
    'video-gen-studio': [3, 'Short social videos with avatar presenters speaking Cantonese, English and Mandarin; built for retail and F&B brands, not estate agencies, but the same job; in budget'],
    'render-studio-ai': [1, 'Turns site photos into interior renders, useful stills for a listing, but no video or presenter; English only'],
    'copy-harbour': [1, 'Writes social posts, which they write themselves'],
    'tin-hau-leads': [1, 'WhatsApp lead bot for agencies, which they tried and dropped'],
    'longteng-ai': [1, 'Digital humans, but for developers\' sales offices, from HK$1 million'],
  }),
  judged('b9-mx-cantonese-speech-data-startup', 'mixed', { title: '要幾百個鐘廣東話錄音 + transcript 嚟 train model，去邊度搵？', description: '我哋係科學園一間 start-up，五個人，整緊一個俾長者中心同診所用嘅 Cantonese 語音記錄 app（例如姑娘講「陳伯今日血壓一百四」就自動入 form）。市面啲 speech API 試過，老人家口音、中英夾雜、醫療術語全部認錯，所以決定自己 fine-tune model。而家卡住嘅係 data，要：\n- 大概五百個鐘 Cantonese 錄音，要有長者聲、有中英夾雜\n- 人手校正嘅 transcript\n- 醫療術語同 speaker 嘅 label\nGPU 我哋已經租咗，唔使。錄音涉及個人資料，data 一定要留喺香港處理，唔可以 send 去大陸或者海外外判。Budget 大概二三十萬，三個月內要。', sector: 'telecom-it', applicationAreas: ['rnd'], budgetBand: '100k-300k', readiness: 'competent', timeline: 'within-3-months', difficulties: ['data-quality'], dataConstraints: ['data-in-hong-kong', 'personal-data', 'cantonese-required'] }, {
    'data-harbour': [3, 'Data labelling with Cantonese speech corpora, with 1,000 hours transcribed for a voice start-up; in budget; where the work is done to be confirmed'],
    'shatin-speech': [2, 'A Cantonese speech API with code-switching and a dictation case that might spare them their own model, though ready APIs failed them so far; in budget'],
  }),
  judged('b9-mx-speech-therapy-notes-minutes-guess', 'mixed', { title: '言語治療師每晚寫 notes 寫到十一點', description: '我哋係沙田一間私人言語治療中心，六個治療師，每日睇三四十個小朋友，有自閉症、發音問題、語言遲緩。每堂四十五分鐘之後要寫 progress notes、俾家長嘅 home practice 建議，學校同 NGO 轉介嘅 case 仲要寫 report，全部中英夾雜。治療師每晚留到十一點寫 notes，已經走咗兩個😢。有同事話用啲 meeting minutes 嘅 app 錄低成堂就得，但我哋要嘅唔係逐字稿，係專業格式嘅 notes 同 report 呀。想要一個聽住堂（廣東話 + 英文）就自動寫好 draft notes 同轉介 report 俾治療師改嘅工具。小朋友嘅資料好 sensitive，錄音唔可以放去海外 server，家長要同意先錄。Budget 一年大概八至十萬。', sector: 'healthcare', applicationAreas: ['administrative-support'], budgetBand: 'below-100k', readiness: 'aware', benefits: ['productivity'], dataConstraints: ['personal-data', 'data-in-hong-kong'] }, {
    'clinic-notes-ai': [3, 'Listens to Cantonese-English consultations and writes clinicians\' notes and referral letters; built for doctors, not speech therapists, but the same job; in budget; where recordings are kept to be confirmed'],
    'ngo-case-ai': [2, 'Drafts case notes from voice memos, which therapists could dictate after each session, but built for social workers; in budget'],
    'minutes-ai': [1, 'Cantonese-English transcripts and summaries, the colleague\'s idea, but meeting minutes, not clinical notes or reports'],
    'shatin-speech': [1, 'A Cantonese speech recognition API to build on, not a finished note writer, from HK$100,000'],
  }),
];

export const NINTH_BLIND_NEEDS: JudgedNeed[] = [...ENGLISH, ...CHINESE, ...MIXED];
