// A sixth blind judged set (session 17), written with its grades from the whole fixture market before the matcher
// ran on it, and not changed afterwards. It aims at the suppliers the earlier sets grade least, and at problems they
// do not cover (rehab patients who fall where the ward wants the footage, scratches on aluminium coil at 90 metres a
// minute, a data centre's night of 3,000 alarms, vaccines expiring in a vet's drawer, 9,000 contracts in a data room,
// concrete trucks that crash after night pours, a mall's tired lifts and escalators, a school whose Wi-Fi dies when
// 30 iPads go online, a bank's branch queues that must stay on its own servers, an island estate losing a third of
// its water, a developer's show flat short of Mandarin speakers, seven hotels undercutting each other, 400 Cantonese
// opera recordings without subtitles, incentive-tour proposals that take two days, a courier's 300 agents on five
// systems, a 65-shop chain whose small forecasting vendor could not scale, an app that must read handwritten market
// receipts, monthly car park passes lent to friends, a claims administrator keying 20,000 receipts, a laundromat's
// electricity bill and a night of CT scans with no radiologist). Every need describes the problem in the SME's
// everyday words and never names the technology. Traps turn the earlier sets' habits around as well as repeat them:
// here the camera-based fall detector beats the camera-free one, and the enterprise vendors (inspection lines, legal
// due diligence, hotel revenue, contact centres, chain replenishment, bank chatbots) and a Chinese-only buzzword vendor
// are the right answers, while the small specialists are too small; keyword suppliers in another sector (factory
// machine health for lifts, site safety for trucks, office IT for a school, text translation for recordings,
// tender writing for tours); offering what the SME says it already has or does not want (GPS tracking, fridge temperature logs,
// translation, a property management system, energy saving, chatbots, bookkeeping software, dictation, hosting,
// security); a constraint that rules out the obvious supplier (the bank's own servers, data kept in Hong Kong, a
// scale that small vendors failed at); district names that echo supplier names (Pok Fu Lam, Tseung Kwan O, Yuen Long,
// Lantau, Kai Tak, Tsim Sha Tsui, Tsuen Wan, Quarry Bay, Mong Kok, Kwun Tong); one-line needs, SMS-style English and
// long rambles whose ask comes last. It adds no supplier: its traps are the market's own.
import { judged, type JudgedNeed } from './judged';

const ENGLISH: JudgedNeed[] = [
  judged('b6-en-rehab-falls-footage', 'en', { title: 'Patients fall at night and we cannot tell how it happened', description: 'We are a private hospital in Pok Fu Lam. On our two rehabilitation wards (48 beds, mostly older patients after strokes and hip operations) patients try to get out of bed by themselves at night and fall. Last year there were 23 falls, and in 9 of them the patient was only found on the floor at the next round, up to an hour later. Every fall means an incident report, and when a family complains we cannot show what happened, so we cannot stop it happening again. Each bay already has ceiling CCTV and patients and families consent to it on admission, so cameras are not an issue for us. What we want is for the nurse station to be alerted at once when someone falls or is getting out of bed alone, and to be able to replay the seconds before the fall for the incident review. Our nurses carry ward phones. This is for the nursing department; we are not looking at X-ray or scan tools.', sector: 'healthcare', applicationAreas: ['operations'], budgetBand: '300k-500k', readiness: 'aware', benefits: ['quality'], dataConstraints: ['personal-data'] }, {
    'sai-kung-care-cam': [3, 'Camera-based fall detection for hospital wards with clips sent to nurses, with a rehabilitation hospital case; in budget'],
    'sai-kung-care': [2, 'Detects falls at night and alerts staff, but with radar and no footage to review, and built for care homes; in budget'],
    'harbour-vision-labs': [1, 'Could build a custom detection model on their CCTV, but a research lab with nothing ready for wards'],
  }),
  judged('b6-en-coil-scratches-rambling', 'en', { title: 'Customers keep finding scratches on our aluminium coils', description: 'Some background first. My grandfather started the company in 1962 making aluminium kitchenware in Kwun Tong. Today we are a group of about 1,400 people, with the head office still in Kwun Tong and three plants in Foshan and Zhaoqing that roll aluminium sheet and coil for can makers, air-conditioner fin makers and the building trade. We run four finishing lines at up to 90 metres a minute, 24 hours a day. (We also put a robot arm on the packing line last year; that is a separate matter and it is going fine.) Our problem is the surface: scratches, roll marks, oil spots and pinholes. Inspectors stand at the end of each line watching a moving strip and they miss things, especially on night shifts. Last year two Japanese can makers sent back 600 tonnes and one has put us on probation. A local start-up ran a trial for us with a couple of cameras and a model they had built for garment fabric; it could not keep up with the line and flagged every reflection. What we need is a proper inspection system on all four lines that sees the full width of the strip at full speed, marks where each defect is on the coil so the slitting team can cut it out, and is supported on site in Guangdong. The board has set aside about HK$8 million.', sector: 'manufacturing', applicationAreas: ['operations'], budgetBand: '5m-10m', readiness: 'ready', markets: ['hong-kong', 'mainland'], benefits: ['quality', 'fewer-errors'] }, {
    'global-vision': [3, 'Automated optical inspection lines for large factories, metal and glass included, at line speed, with mainland cases; in budget'],
    'harbour-vision': [1, 'Camera inspection on production lines, but for garment and electronics factories, the kind of system that failed their trial, and far below the scale'],
    'harbour-vision-labs': [1, 'Could build a custom defect model, but no inspection line and no site support'],
  }),
  judged('b6-en-dc-alarm-flood-sms', 'en', { title: 'noc gets 3000 alarms a nite, cant tell which 1 matters', description: 'we run 2 colocation data centres in TKO industrial estate + a fibre network to abt 40 commercial bldgs. NOC is 6 ppl per shift n they get 3000+ alarms a nite from switches, routers, power n cooling. last month a core switch died at 3am, the warnings were there 40 mins before but buried in the noise, 12 customers down 2 hrs n we paid SLA credits. want sth that groups the alarms, tells us the real cause n warns us b4 the outage happens. we dont need GPU or hosting, we ARE the data centre lol. also not a security problem, our firewall vendor is fine.', sector: 'telecom-it', applicationAreas: ['operations'], budgetBand: '1m-2m', readiness: 'ready', benefits: ['fewer-errors', 'productivity'] }, {
    'kwai-chung-network': [3, 'Network anomaly detection, alarm handling and outage prediction for operators and data centres, with an outage-prediction case; in budget'],
    'science-park-ml': [1, 'A platform on which they could build their own outage model, but they want a working tool'],
  }),
  judged('b6-en-vet-vaccines-short', 'en', { title: 'vaccines expiring in the drawer', description: '3 vet clinics (Tai Wai, Ma On Shan, Sai Kung). vaccines n meds keep expiring in the drawer while the common ones run out n we borrow from each other. fridge temps already logged by our alarm co, thats fine. want to know what to order for each clinic n whats about to expire. cheap pls', sector: 'other', applicationAreas: ['operations'], budgetBand: 'below-100k', readiness: 'unaware', benefits: ['cost-savings'] }, {
    'pharmacy-stock': [3, 'Stock and expiry management for pharmacies and clinics: near-expiry flags and suggested orders; budget overlaps'],
    'stock-ledger-lite': [1, 'Stock by location and a low-stock list, cheap, but no expiry alerts or order suggestions'],
    'cyberport-forecast': [1, 'Reorder suggestions per product and branch, but for shops and restaurants, no expiry, above budget'],
  }),
  judged('b6-en-data-room-contracts', 'en', { title: '9,000 contracts to get through in three weeks', description: 'We are the Hong Kong office of an international law firm (about 60 lawyers here, 2,000 worldwide). A client is buying a logistics group with companies in Hong Kong, the mainland and Vietnam, and the data room holds about 9,000 contracts: leases, customer and supplier agreements, loan documents, about a third of them in Chinese. We have three weeks to report change-of-control clauses, exclusivity, unusual liabilities and anything that needs consent. Our associates read Chinese, so we do not need translation. Our London office has a tool for this, but it handles Chinese badly and this client will not let the documents leave Hong Kong. We need something that finds and pulls out those clauses across the whole data room, so the team reviews the exceptions rather than every page, and that we can keep using on later deals.', sector: 'professional-services', applicationAreas: ['legal'], budgetBand: '2m-5m', readiness: 'competent', timeline: 'within-3-months', markets: ['hong-kong', 'mainland', 'overseas'], difficulties: ['data-privacy'], dataConstraints: ['data-in-hong-kong'] }, {
    'pedder-legal-genai': [3, 'Due diligence and contract review at scale for international law firms, 12,000 contracts in 3 weeks; in budget; Chinese handling and data location to be confirmed'],
    'admiralty-legal': [2, 'Contract review and clause extraction in English and Chinese for law firms, but shown on lease reviews, not data rooms this size; data location not stated'],
    'legal-translate-hk': [1, 'Works on Hong Kong servers, but translates, which they do not need'],
    'causeway-llm': [1, 'Private models over documents hosted in Hong Kong, but a build project, hard to deliver in three weeks'],
  }),
  judged('b6-en-mixer-truck-crashes', 'en', { title: 'Our insurer raised the premium after three crashes', description: 'We supply ready-mixed concrete to building sites from two batching plants, in Tuen Mun and Kwun Tong, with 45 mixer trucks and about 60 drivers. In the last 12 months three of our trucks were in serious crashes, one on Tuen Mun Road after the driver had worked a night pour. The insurer has raised our premium by 40% and wants to see what we are doing about it. We suspect phones and tiredness but only find out after an accident. The trucks already have GPS and our dispatch system shows where every truck is, so we do not need tracking or route planning. We want to know, while they drive, when a driver is nodding off, on the phone or driving too close, and reports we can use to coach drivers and show the insurer.', sector: 'construction', applicationAreas: ['operations'], budgetBand: '300k-500k', readiness: 'aware', benefits: ['cost-savings', 'quality'] }, {
    'tsing-yi-fleet-safety': [3, 'AI dashcams detecting fatigue, phone use and tailgating for truck fleets, with coaching reports; in budget'],
    'tsuen-wan-routes': [1, 'Fleet tracking and route planning, which they already have; no driver monitoring'],
  }),
  judged('b6-en-mall-lifts-escalators', 'en', { title: 'Lifts and escalators keep stopping on weekends', description: 'Our family owns a six-storey shopping centre in Yuen Long with 9 passenger lifts, 2 goods lifts and 16 escalators, all about 20 years old and maintained by the registered lift contractor. Breakdowns have doubled in two years: last Saturday two escalators stopped at lunchtime and a lift was out all Sunday, and tenants are threatening to hold back rent. The contractor only comes for the monthly visit or after something breaks. We want to know which lift or escalator is likely to fail in the coming weeks, so it gets fixed before the weekend crowds. We did a chiller and lighting energy project two years ago, so we are not looking to save electricity, and the management office already has a system for repair requests and tenant notices.', sector: 'real-estate', applicationAreas: ['operations'], budgetBand: '500k-1m', readiness: 'aware', benefits: ['quality', 'cost-savings'] }, {
    'lantau-energy': [3, 'Predicts lift faults in buildings, with a shopping mall case where lift downtime halved; its energy side is not needed; in budget'],
    'yuen-long-machine': [1, 'Sensors that warn of motor failures weeks ahead, but on factory machines, no lifts'],
    'kc-zhizao': [1, 'Warns of machine failures, but on factory machines, and Chinese-only'],
  }),
];

const CHINESE: JudgedNeed[] = [
  judged('b6-zh-school-wifi-ipads', 'zh', { title: '一班人一齊用 iPad，個 Wi-Fi 就死', description: '我哋係觀塘一間津貼中學，一千個學生，啱啱用政府資助買咗五百部 iPad 俾學生上堂用。問題係一班三十個人同時開機上網，Wi-Fi 就斷斷續續，老師成堂等 loading；有幾間課室嘅投影機又成日冇訊號，老師唔識搞就成堂講書。學校得一個技術員，佢又要整電腦又要裝 app，一個人點搞得掂五百部 iPad。我哋唔係要 AI 改功課或者乜嘢學習平台，嗰啲已經揀咗；而家淨係想啲嘢用得到：全校 Wi-Fi 夠力、iPad 有人統一管理同裝 app、投影機壞咗有人上嚟整。', sector: 'education', applicationAreas: ['administrative-support'], budgetBand: '100k-300k', readiness: 'unaware', languages: ['zh-Hant'] }, {
    'school-it-trap': [3, 'School IT support: Wi-Fi, iPads, projectors and technicians on site, with iPad roll-out and campus Wi-Fi cases; in budget'],
    'wanchai-it': [1, 'Monthly IT support and helpdesk, but for offices, no school Wi-Fi or iPad fleets'],
  }),
  judged('b6-zh-bank-branch-enquiries-formal', 'zh', { title: '分行服務查詢及預約', description: '本行為一間本地註冊銀行，於全港設有十八間分行。現時客戶辦理按揭、開戶及大額提款等業務，多須親臨分行輪候；客戶查詢則多經 WhatsApp 及本行流動應用程式以文字提出，分行職員須於櫃位工作之餘逐一回覆，回覆時間長達一至兩個工作天。本行擬引入系統，以廣東話、英語及普通話即時回覆客戶的常見查詢，協助客戶預約分行服務時段，並於有需要時轉交職員跟進。按監管要求及本行資訊科技政策，有關系統須部署於本行自設的伺服器，客戶資料不得傳送至外部雲端服務。本行電話熱線已於去年更換語音系統，不在是次範圍之內。', sector: 'finance-insurance', applicationAreas: ['customer-service'], budgetBand: '2m-5m', readiness: 'ready', languages: ['zh-Hant'], difficulties: ['regulation', 'data-privacy'], dataConstraints: ['on-premises-only', 'data-in-hong-kong', 'personal-data'] }, {
    'bank-genai-suite': [3, 'Cantonese chatbots on WhatsApp and mobile apps with branch appointment booking for banks, deployed on-premises; in budget'],
    'lion-rock-chat': [1, 'Cantonese, English and Mandarin WhatsApp bots with a finance case, but no branch booking and no on-premises deployment stated'],
    'omni-contact-suite': [1, 'Enterprise chatbot and routing, but a contact-centre platform for 200+ agents, deployment not stated, from HK$3 million'],
    'causeway-llm': [1, 'Private models hosted in Hong Kong, but hosted by them rather than on the bank\'s servers, and a staff knowledge base rather than a customer bot'],
  }),
  judged('b6-zh-island-estate-water-loss', 'zh', { title: '總水錶同住戶水錶加埋差三成', description: '我哋係大嶼山一個私人屋苑嘅管理公司，屋苑有自己嘅食水供應：由水塘抽水、濾水，再經地底喉管送去八百幾個單位，啲喉管係九十年代鋪嘅。而家總水錶同住戶水錶加埋，每個月差成三成，即係好多水唔知漏咗去邊，但地底喉管成幾公里長，唔知由邊度開始掘。間中又有住戶投訴啲水黃、有陣味，我哋都係等投訴先知。我哋已經用緊一套物業管理系統收管理費同處理報修，唔使換；去年亦做咗慳電工程。想知道邊段喉管漏水，同埋水質有問題之前早啲知。', sector: 'real-estate', applicationAreas: ['operations'], budgetBand: '500k-1m', readiness: 'unaware', languages: ['zh-Hant'], benefits: ['cost-savings', 'quality'] }, {
    'tai-po-water': [3, 'Leak detection and water quality prediction from pipe sensors for water operators; in budget'],
    'yuen-long-machine': [1, 'Sensors for the water sector, but on pumps and machines, not leaks in pipes'],
  }),
  judged('b6-zh-simp-show-flat-presenter', 'zh', { title: '售楼处周末讲解员不够，讲普通话的客人没人招呼', description: '我们是内地一家房地产开发商在香港的公司，明年在启德有新楼盘开售。售楼处和示范单位周末人很多，不少是从内地来的客人，只讲普通话，我们会讲普通话的销售人员不够，客人等不及就走了。我们想在售楼处和示范单位放几块大屏幕，屏幕上有一个像真人一样的讲解员，用普通话、粤语和英语介绍楼盘、户型、价单和付款方法，客人可以直接对着它提问，它会回答，有意向的客人再转给销售人员。效果要和集团在内地售楼处用的差不多。楼书、价单和常见问题资料我们都有。', sector: 'real-estate', applicationAreas: ['marketing', 'customer-service'], budgetBand: '1m-2m', readiness: 'aware', languages: ['zh-Hans'], markets: ['hong-kong', 'mainland'], benefits: ['more-customers'] }, {
    'longteng-ai': [3, 'Chinese-language vendor of lifelike on-screen presenters and language models, with one launched at a developer\'s sales office; serves real estate and the mainland; in budget'],
    'video-gen-studio': [1, 'Presenters speaking Mandarin, Cantonese and English, but in produced videos, not answering visitors live'],
    'quantum-leap-ai': [1, 'An AI agent pilot for a property developer, but vague, with no presenter shown'],
    'tin-hau-leads': [1, 'Qualifies property buyers and books viewings, but on WhatsApp for agencies, not in the sales office'],
    'lion-rock-chat': [1, 'Answers in Mandarin, Cantonese and English, but a text chatbot, no on-screen presenter'],
  }),
  judged('b6-zh-hotel-group-rates', 'zh', { title: '七間酒店各自定價，自己人搶自己客', description: '本集團在香港及澳門共有七間酒店，合共約三千間客房，珠海另有一間正在籌建。現時每間酒店的收益經理各自用 Excel 及經驗定房價，同一晚兩間相鄰的酒店經常在訂房網站上互相減價搶客；團體及公司客戶的報價亦由各酒店自行決定，總部看不到全局。我們希望有一套全集團共用的系統，按各酒店預計的需求建議每晚房價、處理團體報價，並把價格同步到各訂房網站。我們已有住客查詢的聊天服務，不需要另設聊天機械人。預算約三百萬港元。', sector: 'hospitality-tourism', applicationAreas: ['marketing'], budgetBand: '2m-5m', readiness: 'ready', languages: ['zh-Hant'], markets: ['hong-kong', 'mainland', 'overseas'], benefits: ['data-driven-decisions'] }, {
    'ideas-revenue-suite': [3, 'Revenue management for hotel chains: demand forecasts, room and group pricing, channel management across properties, with a 12-hotel group case; in budget'],
    'repulse-bay-hotels': [1, 'Room pricing, but for one boutique hotel or guesthouse, no group or channel work, and pushes a chatbot they do not want'],
  }),
  judged('b6-zh-opera-recordings-subtitles', 'zh', { title: '粵劇錄影要配中英字幕，義工打字打到明年', description: '我們是一個粵劇團，過去十年錄下了四百多場演出，想放上網讓海外華人及外國觀眾欣賞，但每場三至四小時，需要配上中文及英文字幕。現在靠幾位義工聽一句打一句，一年只完成了十場。部分劇本有存檔，但很多即興的唸白沒有文字紀錄。我們不需要製作新的宣傳影片，只想把現有的錄影配上字幕。經費來自藝術發展局資助，金額不多。', sector: 'arts-culture', applicationAreas: ['corporate-communications', 'marketing'], budgetBand: 'below-100k', readiness: 'unaware', languages: ['zh-Hant'], markets: ['hong-kong', 'overseas'] }, {
    'subtitle-ai': [3, 'Automatic Cantonese to Traditional Chinese and English subtitles for videos, with a theatre company\'s recordings case; in budget; accuracy on sung lines to be tried'],
    'data-harbour': [1, 'Transcribes Cantonese speech, but to build data sets, not subtitles'],
    'harbour-translate': [1, 'Translates Chinese text into English, but does not listen to recordings'],
    'minutes-ai': [1, 'Turns Cantonese speech into text, but meetings into minutes, not subtitles'],
  }),
  judged('b6-zh-incentive-tour-proposals', 'zh', { title: '公司客查詢獎勵旅遊，做一份行程報價要兩天', description: '我們是尖沙咀一間十人的旅行社，主要做公司獎勵旅遊和周年旅行，去日本、韓國和泰國，每團二十至二百人。每次有公司客戶查詢，同事都要從頭找酒店、餐廳、旅遊車和景點，計好價錢，再砌成一份行程及報價，最快也要兩天，客戶等不及就找了別家。以往做過的幾百份行程和報價都放在資料夾裏，但沒有人有時間翻查。我們不是想做聊天機械人讓客戶自己問，我們的客戶多是熟客，喜歡跟同事傾談；只是想同事能更快做好行程和報價。', sector: 'hospitality-tourism', applicationAreas: ['marketing', 'administrative-support'], budgetBand: '100k-300k', readiness: 'unaware', languages: ['zh-Hant'], benefits: ['productivity', 'more-customers'] }, {
    'itinerary-ai': [3, 'Builds tours from customers\' wishes and quotes prices for travel agencies, quote time from a day to 20 minutes; its traveller chatbot is not needed; in budget'],
    'tender-writer': [1, 'Drafts proposals from past documents, but tenders and grant applications, not priced tours'],
    'rag-lite': [1, 'Finds answers in the folder of past itineraries, but does not build or price a new one'],
  }),
];

const MIXED: JudgedNeed[] = [
  judged('b6-mx-courier-contact-centre', 'mixed', { title: '三百個 agent，五個 channel，五套 system', description: '我哋係一間速遞公司，customer service 有三百個 agent，一半喺觀塘，一半喺廣州。而家電話、WhatsApp、WeChat、email 同網站 live chat 用緊五套唔同 system，同一個客今日 call 完聽日 WhatsApp，agent 完全睇唔到之前講過乜。排更係 team leader 用 Excel 估，peak season 成日唔夠人，平日又一堆人坐喺度；高峰期 call 要等成半個鐘。想換一個 platform 將所有 channel 集中，自動分配俾啱嘅 agent，簡單嘅查件問題俾 bot 答，仲要預計每個時段要幾多人返工同埋睇通話質素。Budget 大約五百萬至一千萬，要 cover 埋廣州個 centre。', sector: 'logistics', applicationAreas: ['customer-service'], budgetBand: '5m-10m', readiness: 'ready', markets: ['hong-kong', 'mainland'], benefits: ['productivity', 'quality'] }, {
    'omni-contact-suite': [3, 'Enterprise contact-centre platform: omnichannel routing, chatbot, workforce management and quality analytics for 200+ agents, in Hong Kong and the mainland; in budget'],
    'tai-koo-voice': [1, 'Cantonese voicebot and call summaries for call centres, but the phone channel only'],
    'lion-rock-chat': [1, 'WhatsApp and web chatbots, but one piece, no routing or rostering'],
    'call-qa-lite': [1, 'Scores every call for quality, but for 5 to 50 agents and one piece'],
    'roster-ai': [1, 'Builds rosters from forecast demand, but for shops and care homes, and one piece'],
  }),
  judged('b6-mx-chain-replenishment-scale', 'mixed', { title: '65 間舖，補貨靠 area manager 估', description: '我哋係一間個人護理連鎖店，全港 65 間分店加埋網店，大約一萬二千個 SKU。而家每間舖補貨都係 area manager 憑經驗向中央倉落 order，結果旺角啲舖成日冇貨、屯門啲舖又積住一堆，每年過期 write-off 都幾百萬。ERP 同 POS 都係 SAP，data 齊晒。之前試過一間細 vendor，佢個 model 做幾間舖仲得，scale 上 65 間就 run 唔郁。今年批咗大約一百五十萬至二百萬 budget，想做每間舖每個 SKU 嘅 forecast 同自動補貨建議。Pricing 同 chatbot 嗰啲暫時唔使。', sector: 'trade-retail', applicationAreas: ['operations'], budgetBand: '1m-2m', readiness: 'competent', benefits: ['cost-savings', 'data-driven-decisions'] }, {
    'mega-retail-ai': [3, 'Replenishment for chains of 50+ outlets, with a 60-store case; minimum HK$1.5 million fits; its other modules are not needed'],
    'global-forecast-suite': [1, 'SKU-level replenishment for chains, but from HK$4 million, twice the budget'],
    'cyberport-forecast': [1, 'Reorder suggestions per product and branch, but sized for small chains, like the vendor that could not scale'],
    'spk-data': [1, 'Per-SKU, per-branch forecasts, but for small retailers, and Chinese-only'],
    'pharmacy-stock': [1, 'Expiry flags and suggested orders, but for pharmacies and sized small'],
  }),
  judged('b6-mx-app-handwritten-receipts', 'mixed', { title: '個 app 要識讀街市單同手寫收據', description: '我哋係一間四個人嘅 startup，整緊個家庭記帳 app，user 影低張單，app 就自動分類記低使咗幾多。英文超市單冇問題，但香港好多係街市、茶餐廳、士多嘅手寫收據，啲中文字又潦草，我哋自己 train 嘅 model 認唔到。想搵個現成 API 俾我哋 call，send 張相過去就返 JSON，按張數收錢。唔係要現成嘅記帳 software，我哋自己就係整緊記帳 app。', sector: 'telecom-it', applicationAreas: ['rnd'], budgetBand: 'below-100k', readiness: 'competent' }, {
    'receipt-ocr-api': [3, 'OCR API for receipts and Chinese handwriting to JSON, pay per page, with an expense app case; in budget'],
    'victoria-doc': [1, 'Reads receipts in Chinese and English, but a finished system posting to accounting software, from HK$200,000'],
  }),
  judged('b6-mx-carpark-passes-lent', 'mixed', { title: '月租客 share 張卡俾朋友泊車', description: '我哋管理緊荃灣一個屋苑停車場，三百二十個車位，二百個係月租。最近發現有啲月租客將張卡借俾朋友，甚至一張卡兩架車輪流用，時租位成日爆滿，住戶啲訪客冇位泊。保安喺閘口淨係睇張卡，唔知架車係咪登記嗰架。想個閘口自動認車牌，冇登記嘅車就唔開閘或者當時租計，月租續期同登記車牌可以 online 搞掂。唔想再加 CCTV monitor 俾保安睇，人手已經好緊。', sector: 'real-estate', applicationAreas: ['operations'], budgetBand: '100k-300k', readiness: 'unaware' }, {
    'parking-ai': [3, 'Licence plate recognition with monthly-pass management and ticketless entry, with an estate car park case; budget overlaps'],
    'tst-security': [1, 'Video analytics for building security, but no plate recognition or passes, and more screens for guards'],
  }),
  judged('b6-mx-tpa-claims-receipts', 'mixed', { title: '每個月兩萬幾張門診單，全部人手 key', description: '我哋係鰂魚涌一間醫療保險 TPA，幫三十幾間僱主同兩間保險公司處理員工門診同牙科 claims。每個月收兩萬幾份 claim form 連醫生收據，有中有英、有手寫，十二個 clerk 逐張 key 入 system，旺季要等三個禮拜先賠到錢。上年仲發現有診所同一張收據 claim 兩次、改銀碼，好耐之後先揾到。Member app 同 claim status 查詢我哋已經有，唔使 chatbot。想自動讀 claim form 同收據，可疑嘅 claim 揀出嚟俾同事覆核。Budget 大約五十至八十萬。', sector: 'finance-insurance', applicationAreas: ['operations'], budgetBand: '500k-1m', readiness: 'aware', benefits: ['productivity', 'fewer-errors'], dataConstraints: ['personal-data'] }, {
    'quarry-bay-claims': [3, 'Reads claim forms and medical receipts and flags suspicious claims, with a health insurer case; in budget'],
    'victoria-doc': [2, 'Reads forms and receipts in English and Chinese for finance firms, but flags nothing; in budget'],
    'receipt-ocr-api': [1, 'Reads receipts and Chinese handwriting, but an API they would have to build on'],
    'central-risk': [1, 'Fraud models for insurers, but does not read claims and above budget'],
  }),
  judged('b6-mx-laundromat-power-bill', 'mixed', { title: '4 間自助洗衣舖電費貴咗三成', description: '4 間自助洗衣舖，電費 bill 一年貴咗三成，唔知係邊部 machine 定係冷氣食電，想睇到每部機用幾多電同點慳。', sector: 'other', applicationAreas: ['operations'], budgetBand: 'below-100k', readiness: 'unaware', benefits: ['cost-savings'] }, {
    'wyman-energy-lite': [3, 'Plug-in meters and an app showing where a shop uses electricity, with saving tips; in budget'],
    'lantau-energy': [1, 'Energy optimisation with sensors, but for office towers and malls, from HK$400,000'],
  }),
  judged('b6-mx-ct-overnight-no-radiologist', 'mixed', { title: '夜晚 d CT 要等到朝早先有 radiologist 睇', description: '我哋係旺角一間私家影像中心，有兩部 CT 同三部 X-ray，夜晚同周末都開，急症醫生會轉病人過嚟照。但夜晚冇 radiologist 喺度，份 film 要等到朝早先有人睇，早排有個肺栓塞嘅病人等咗七個鐘先有 report。想有嘢自動睇咗啲 CT 同胸肺 X-ray 先，懷疑有急事嘅排頭，即刻 alert on-call 醫生。寫 report 嗰邊我哋已經用緊語音輸入，唔使換。啲 data 唔可以出香港。', sector: 'healthcare', applicationAreas: ['operations'], budgetBand: '1m-2m', readiness: 'aware', difficulties: ['regulation', 'data-privacy'], dataConstraints: ['data-in-hong-kong', 'personal-data'] }, {
    'pfl-imaging': [3, 'Triages chest X-rays and CT scans, with a private hospital case where urgent films were read 3 hours sooner; in budget; data location not stated'],
    'dental-vision': [1, 'Reads X-rays, but dental bitewings only'],
    'data-harbour': [1, 'Labels medical images, but does not read them'],
  }),
];

export const SIXTH_BLIND_NEEDS: JudgedNeed[] = [...ENGLISH, ...CHINESE, ...MIXED];
