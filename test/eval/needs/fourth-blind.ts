// A fourth blind judged set (session 17), written with its grades from the whole fixture market before the matcher
// ran on it, and not changed afterwards. It covers problems the earlier sets do not (plastic in frozen dumplings,
// broker account opening, finding a firm's own past drafting, empty shelves with full back rooms, towels at 2 a.m.,
// funding applications, invoices paid twice, a public body's AI roadmap, families at risk in a caseload, a street
// queue, empty flats that look bare in photos, weekly progress against the programme, thefts in an industrial
// building, a river trade terminal, handwritten order slips, marking skin photos for research, packers who cannot be
// hired, a new drink nobody has heard of, shy English speakers, Monday reports copied from four systems, and a shop
// owner keying Z-report photos at midnight). Every need describes the problem in the SME's everyday words and never
// names the technology. Traps: the keyword supplier in another sector (factory inspection for garments, IT security
// for a building's guards, restaurant queues for a terminal's trucks, service robots for a packing line), far over
// budget, or offering what the SME says it already has or does not want (metal detector, QR ordering, WMS, content
// writing, forecasting); a constraint that rules out the obvious supplier (nothing in a cloud); district names that
// echo supplier names; a one-line need and long rambles. It adds no supplier: its traps are the market's own.
import { judged, type JudgedNeed } from './judged';

const ENGLISH: JudgedNeed[] = [
  judged('b4-en-dumpling-plastic-labels', 'en', { title: 'A customer found plastic in our dumplings', description: 'We make frozen dumplings and siu mai in Tai Po for two supermarket chains. In March a customer found a piece of blue glove in a pack, and in June a batch of vegetarian dumplings went out in boxes with the pork label. The supermarket says one more incident and we are delisted. We already have a metal detector at the end of the line, but it does not see plastic and does not read labels, and our two checkers cannot look at 4,000 packs an hour.', sector: 'manufacturing', applicationAreas: ['operations'], budgetBand: '300k-500k', readiness: 'aware', benefits: ['quality', 'fewer-errors'] }, {
    'fo-tan-food-vision': [3, 'Foreign-object detection and label checks on food packing lines, with a sauce factory case; in budget'],
    'harbour-vision': [1, 'Camera inspection on production lines, but for fabric and solder defects, not food packs'],
    'harbour-vision-labs': [1, 'Could build a custom model to spot plastic, but a research lab with no food factory work'],
    'global-vision': [1, 'Automated inspection lines for large factories, far over budget'],
  }),
  judged('b4-en-broker-account-opening-rambling', 'en', { title: 'New clients give up before their account is open', description: 'My grandfather opened our brokerage in Sheung Wan in 1987 and we are still in the same office on Bonham Strand, 14 staff, open on Saturday mornings for the older clients who like to come in. We mostly trade Hong Kong stocks and a few clients buy US shares through our app. The problem is opening accounts. Since the app launched we get about 300 applications a month, half of them from the mainland. Each client uploads an ID card or passport, a proof of address and the signed account form, and our two settlement ladies type everything into the back-office system, then look up every name on the sanctions lists and in the news by hand. It takes three days, clients give up and go to the big online brokers, and at the last SFC inspection we were told our checks were not properly recorded. The back-office system has been with the same vendor since 2005 and we are not changing it; the website and app were rebuilt last year by another company.', sector: 'finance-insurance', applicationAreas: ['operations', 'administrative-support'], budgetBand: '300k-500k', readiness: 'aware', difficulties: ['regulation'], markets: ['hong-kong', 'mainland'] }, {
    'exchange-regtech': [3, 'Identity checks, sanctions and adverse news screening with SFC records for brokers, onboarding in minutes; in budget'],
    'victoria-doc': [3, 'Reads ID documents and account forms in English and Chinese, with a securities broker case cutting account opening from 3 days to 1; in budget'],
    'receipt-ocr-api': [1, 'Reads ID cards into data, but an API someone must build on, and no screening'],
    'north-point-rpa': [1, 'Could key form data into the back-office system, but no reading of IDs or screening named'],
    'central-risk': [1, 'Anti-money-laundering monitoring, but for banks and far over budget'],
  }),
  judged('b4-en-law-firm-past-drafting-onprem', 'en', { title: 'How did we draft this clause last time?', description: 'We are a 25-lawyer firm in Central. When a client asks for a share purchase agreement or a lease, our associates spend hours digging through old files on the shared drive to see how we drafted a similar clause before, and half the time they end up asking the one partner who remembers. It is twenty years of agreements and advice letters, in English and Chinese, all on the server in our office. Client confidentiality means nothing may go to an outside cloud. We do not need translation.', sector: 'professional-services', applicationAreas: ['legal'], budgetBand: '300k-500k', readiness: 'aware', difficulties: ['data-privacy'], dataConstraints: ['on-premises-only'] }, {
    'admiralty-legal': [3, 'Clause and precedent search across 20 years of a law firm\'s documents in English and Chinese; in budget; whether it runs on the firm\'s own server is to be confirmed'],
    'causeway-llm': [2, 'Private deployment that answers from your own documents, hosted locally; not legal-specific, from the top of the budget'],
    'rag-lite': [1, 'Answers questions from company files with sources, but a self-service monthly plan, which the no-cloud rule rules out'],
    'pedder-legal-genai': [1, 'Legal research and drafting with language models, but for global firms and far over budget'],
  }),
  judged('b4-en-empty-shelves-full-backroom', 'en', { title: 'Shelves empty while the back room is full', description: 'We run 22 convenience stores. Head office can see plenty of stock in each shop\'s back room, yet every afternoon the drinks fridge and the instant noodle shelf are half empty because the one staff member on shift is stuck at the till. Area managers only notice on their weekly visit. We want the shop to be told when a shelf needs refilling. Our ordering works fine; we do not need help deciding what to buy.', sector: 'trade-retail', applicationAreas: ['operations'], budgetBand: '300k-500k', readiness: 'aware' }, {
    'causeway-retail-vision': [3, 'Empty-shelf alerts, with a convenience store chain case; in budget'],
    'loss-prevention-vision': [2, 'Counts stock on shelves with cameras, though built for theft; in budget'],
    'mega-retail-ai': [1, 'Shelf checks inside a suite for 50+ outlet chains, far over budget'],
  }),
  judged('b4-en-hotel-night-deliveries', 'en', { title: 'Towels at 2 a.m. and nobody at the desk', description: 'We are a 180-room hotel in Tsim Sha Tsui. After midnight we have one person at the front desk and one in housekeeping. Guests ring for towels, toothbrushes, a phone charger or a bottle of water, and every trip leaves the desk empty for ten minutes because the lifts are slow. Guests then complain that nobody answers the phone. We already have tablets in the rooms and a new booking system, so we do not need another app: we need the things to get up to the room.', sector: 'hospitality-tourism', applicationAreas: ['operations'], budgetBand: '100k-300k', readiness: 'unaware' }, {
    'housekeeping-robots': [3, 'Room delivery robots for hotels, with a 300-room hotel case; in budget'],
    'repulse-bay-hotels': [1, 'A guest chatbot could take the requests, but nothing carries them to the room'],
    'lion-rock-chat': [1, 'Answers hotel guests\' messages, but delivers nothing'],
  }),
  judged('b4-en-charity-funding-applications-short', 'en', { title: 'Funding applications take weeks', description: 'Our small charity spends weeks writing each funding application to foundations and the Community Chest.', sector: 'social-care', applicationAreas: ['administrative-support'], budgetBand: 'below-100k', readiness: 'unaware' }, {
    'tender-writer': [3, 'Drafts grant and tender proposals from past bids, for social care among others; in budget'],
    'ngo-case-ai': [1, 'Prepares reports to funders, but after the grant, not the applications'],
    'sme-ai-coach': [1, 'Workshops on using ChatGPT for daily writing, but no proposal drafting itself'],
  }),
  judged('b4-en-invoices-paid-twice', 'en', { title: 'We paid the same invoice twice, 31 times', description: 'We distribute kitchen appliances from 40 brands to shops in Hong Kong and Macau, 260 staff, on SAP since 2016. Last year our auditors found we had paid the same supplier invoice twice on 31 occasions, and paid for goods the warehouse never received. Our six-person accounts payable team checks every invoice against the purchase order and the warehouse receipt by hand, about 3,000 invoices a month, and payments are always late. We already scan every invoice into a shared folder, so scanning is not the problem: the checking and approving is.', sector: 'trade-retail', applicationAreas: ['finance'], budgetBand: '1m-2m', readiness: 'ready', benefits: ['fewer-errors', 'cost-savings'] }, {
    'ap-automation': [3, 'Matches supplier invoices to purchase orders and goods receipts with approval workflow in SAP, with a distributor case; in budget'],
    'north-point-rpa': [2, 'Back-office invoice processing automation that could do the checks; matching not named; well under budget'],
    'victoria-doc': [1, 'Reads invoices into accounting systems, but reading is not the problem and no matching'],
    'procure-bot': [1, 'Checks deliveries against orders, but for restaurants and shops on Xero'],
  }),
];

const CHINESE: JudgedNeed[] = [
  judged('b4-zh-statutory-body-roadmap', 'zh', { title: '檢視公眾服務流程及規劃引入人工智能', description: '本局為一法定機構，轄下設有牌照申請、公眾查詢、投訴處理及巡查等十多項服務，員工約六百人。管理層擬聘請顧問全面檢視各項服務的工作流程，評估哪些環節適宜引入人工智能，按成本效益排列優次，並協助擬備招標文件及評審日後的系統供應商。為免利益衝突，本局不擬由同一顧問承辦其後的系統開發工作。', sector: 'public-administration', applicationAreas: ['other', 'operations'], budgetBand: '2m-5m', readiness: 'aware', languages: ['zh-Hant'], difficulties: ['choosing-solution'] }, {
    'admiralty-advisory': [3, 'AI roadmaps, prioritised use cases and vendor selection for large enterprises and public bodies; in budget; English-first profile'],
    'central-transform': [2, 'Process redesign and technology programmes across industries including AI; budget overlaps; no public-body or vendor-selection work shown'],
    'mid-levels-consult': [1, 'AI strategy and workshops, but sized for small businesses'],
    'apex-omni-ai': [1, 'Has an AI roadmap case, but sells the systems itself, against the wish for an independent adviser'],
  }),
  judged('b4-zh-family-cases-at-risk', 'zh', { title: '及早識別需優先跟進的家庭個案', description: '本機構為一所綜合家庭服務中心，共有社工二十名，每人跟進約六十個個案。個案紀錄分散於紙本檔案及電腦系統，督導主任難以及時掌握哪些家庭情況正在惡化，例如多次缺席面談、學校通報子女缺課，或紀錄中提及家暴。本機構希望有系統從個案紀錄中提示需優先跟進的個案，惟最終判斷仍由社工作出。個案資料屬敏感個人資料，必須妥善保密。', sector: 'social-care', applicationAreas: ['operations', 'administrative-support'], budgetBand: '100k-300k', readiness: 'aware', languages: ['zh-Hant'], difficulties: ['data-privacy', 'ethics'], dataConstraints: ['personal-data'] }, {
    'ngo-case-ai': [3, 'Case management for social workers that flags high-risk cases, with a family services NGO case; in budget; English-only profile'],
  }),
  judged('b4-zh-ramen-street-queue', 'zh', { title: '門口排長龍，隔籬舖投訴', description: '我哋係荃灣一間拉麵舖，得二十幾個位，唔做訂座。夜晚同週末門口成日排到三四十人，阻住隔籬舖頭，管理處已經警告咗兩次。啲客又唔知要等幾耐，等到一半就走咗。我哋已經用緊 QR code 落單同埋 POS 收銀，呢啲唔使再搞，淨係想啲客唔使企喺門口等，輪到佢先叫佢返嚟。', sector: 'food-beverage', applicationAreas: ['operations', 'customer-service'], budgetBand: 'below-100k', readiness: 'unaware', languages: ['zh-Hant'] }, {
    'yau-tsim-queue': [3, 'Queue tickets and SMS call-back for busy restaurants, with a noodle shop whose street queue disappeared; in budget'],
    'kitchen-ai': [1, 'Lists queue management for restaurants, but its work is food waste and dish forecasts'],
  }),
  judged('b4-zh-bare-flat-photos', 'zh', { title: '吉樓啲相放上網冇人問', description: '我哋係將軍澳一間地產舖，有七個同事。好多業主交俾我哋放租放售嘅單位都係吉樓，影出嚟四面白牆，放上網冇乜人問。請人搬傢俬入去佈置又貴又嘥時間。想將啲吉樓相變成有傢俬、有裝修嘅樣，等客一睇就知住落去係點，最好可以揀唔同風格。', sector: 'real-estate', applicationAreas: ['marketing'], budgetBand: 'below-100k', readiness: 'unaware', languages: ['zh-Hant'] }, {
    'render-studio-ai': [3, 'Turns site photos into photo-real furnished interiors with style options, for property too; in budget; English-only profile'],
    'west-kowloon-creative': [1, 'Generates images, but for museums and creative studios'],
  }),
  judged('b4-zh-contractor-weekly-progress', 'zh', { title: '每個禮拜寫進度報告寫到半夜', description: '我哋係總承建商，而家做緊啟德一個住宅項目，兩座廿幾層。發展商每個禮拜要我哋交進度報告，對住施工時間表講邊層做到邊、落後咗幾多。而家係地盤工程師逐層行、影相，返寫字樓再對住 Excel 寫，成日寫到禮拜五半夜，數字仲成日對唔上。則師樓已經俾咗成套立體模型我哋。唔係要搞安全，安全主任嗰邊已經有人負責。', sector: 'construction', applicationAreas: ['operations'], budgetBand: '300k-500k', readiness: 'aware', languages: ['zh-Hant'] }, {
    'bim-clash-ai': [3, 'Tracks progress on the building model against the programme for contractors; in budget; English-only profile'],
  }),
  judged('b4-zh-industrial-building-thefts', 'zh', { title: '工廈夜晚成日俾人偷嘢', description: '我哋係觀塘一幢十八層工廈嘅業主立案法團。近半年天台同貨台啲電線、銅喉俾人偷咗三次，有個單位仲俾人爆格。夜晚得兩個看更，十八層樓巡唔晒；閉路電視有六十幾部，但冇人得閒睇，出咗事先至翻片。想有人闖入嘅時候即刻通知看更。法團開會講明唔可以認樣，怕有私隱問題。', sector: 'real-estate', applicationAreas: ['operations'], budgetBand: '100k-300k', readiness: 'unaware', languages: ['zh-Hant'], difficulties: ['data-privacy'] }, {
    'tst-security': [3, 'Intrusion alerts from building cameras without face recognition, with an industrial building case; in budget'],
    'loss-prevention-vision': [1, 'Cameras that flag suspicious behaviour, but inside shops'],
  }),
  judged('b4-zh-river-terminal', 'zh', { title: '碼頭貨櫃車排出馬路，船又要等位', description: '我哋喺屯門經營一個內河貨運碼頭，每日幾十班躉船同內河船來往珠三角。而家泊位靠調度員用白板同電話安排，一隻船遲到成個排程就亂晒，有時啲船要喺出面等大半日；閘口啲貨櫃車又排到出馬路，運輸署都嚟警告過。兩部岸邊吊機今年仲無啦啦壞咗幾次，一壞就成個碼頭停晒。想將泊位、吊機同貨櫃位置管理得好啲。', sector: 'logistics', applicationAreas: ['operations'], budgetBand: '2m-5m', readiness: 'aware', languages: ['zh-Hant'], markets: ['hong-kong', 'mainland'] }, {
    'aberdeen-port': [3, 'Berth scheduling, container tracking and crane failure prediction for terminals; in budget; English-only profile'],
    'parking-ai': [1, 'Plate reading at gates could speed the trucks, but built for car parks'],
    'yuen-long-machine': [1, 'Sensors that warn of motor failures, but on factory machines, not cranes'],
    'kc-zhizao': [1, 'Chinese-only warnings of motor failures, but for small factories'],
  }),
];

const MIXED: JudgedNeed[] = [
  judged('b4-mx-handwritten-order-slips', 'mixed', { title: '啲伙記手寫單，廚房成日睇錯', description: '我哋係深水埗一間茶記, lunch 時間 full house, 啲伙記用手寫單落 order, 廚房成日睇唔明啲字, 凍檸茶變熱檸茶, 走蔥又漏咗, 埋單又成日計錯數。我哋已經有 WhatsApp 同 Facebook page, 唔係想搞 chatbot 覆客。想 d 客自己落單直接去廚房, 埋單自動計, 啲 staff 大部分唔識英文, 個 system 要有中文。', sector: 'food-beverage', applicationAreas: ['operations'], budgetBand: 'below-100k', readiness: 'unaware', languages: ['zh-Hant'], benefits: ['fewer-errors'] }, {
    'qr-order-hk': [3, 'Customers order by QR code straight to the kitchen, with a cloud POS and a cha chaan teng case; in budget'],
    'phone-order-bot': [1, 'Sends orders to the kitchen without handwriting, but only phone takeaway orders'],
  }),
  judged('b4-mx-skin-photos-marking', 'mixed', { title: '兩萬張皮膚相要逐張圈出病灶', description: '我哋係一間私家醫院嘅皮膚科 research team, 打算同大學合作整個幫醫生睇皮膚病嘅 tool。手上有兩萬幾張病人嘅皮膚相, 但每張都要有人圈出邊度有問題、寫低係咩病, 我哋啲醫生根本冇時間逐張做。想搵外面有經驗嘅 team 幫手做晒佢, 啲相涉及病人私隱, 要簽保密協議。', sector: 'healthcare', applicationAreas: ['rnd'], budgetBand: '100k-300k', readiness: 'competent', dataConstraints: ['personal-data'] }, {
    'data-harbour': [3, 'Annotation services including medical image datasets; in budget'],
    'harbour-vision-labs': [1, 'Builds the image models with universities afterwards, but does not do the marking'],
  }),
  judged('b4-mx-packing-line-staff', 'mixed', { title: 'Packing 部請唔到人', description: '我哋喺火炭有間保健品廠, 每日要將幾萬樽 capsule 入盒、入箱再疊上卡板。packing 部八個工人平均五十幾歲, 後生仔唔肯做, 上年走咗三個都請唔返。想搵部機代替人手做呢啲重複嘅執嘢、入盒、疊箱, 最好唔使改晒成條 line。', sector: 'manufacturing', applicationAreas: ['operations'], budgetBand: '500k-1m', readiness: 'aware' }, {
    'kt-robotics': [3, 'Collaborative robots for pick-and-place, packing and palletising in small factories, with a cosmetics filler case; in budget'],
  }),
  judged('b4-mx-new-flavour-influencers', 'mixed', { title: '新口味出咗冇人知', description: '我哋有六間珍珠奶茶舖, 上個月出咗楊枝甘露新口味, 落咗兩萬蚊 Facebook 同 IG ads 都冇乜反應。聽人講搵啲好多 followers 嘅 IG 同小紅書 account 試飲推介會好啲, 但唔知點揀啱人, 又怕俾咗錢之後唔知有冇幫到賣。啲 post 同短片我哋 staff 自己識整, 唔使人寫。', sector: 'food-beverage', applicationAreas: ['marketing'], budgetBand: 'below-100k', readiness: 'aware' }, {
    'kol-match': [3, 'Finds Hong Kong influencers whose followers fit the brand and measures what the campaign sold; in budget'],
    'soho-listening': [1, 'Shows how much people talk about the brand online, but finds no one to promote it'],
    'mong-kok-growth': [1, 'Offers to the shop\'s own members could push the new flavour, but not through influencers'],
  }),
  judged('b4-mx-english-speaking-practice', 'mixed', { title: 'd 學生一講英文就口震', description: '我哋係一間做中小學英文嘅 learning centre, 喺將軍澳同坑口有兩間分校。啲學生做 grammar 練習冇問題, 但一到 oral 就口震、發音又唔準, 一堂得一個鐘, 老師冇可能逐個聽佢哋講。想有啲嘢俾學生返屋企自己對住講, 即刻話佢知邊個字讀錯、講得夠唔夠流利, 家長又睇到進度。我哋已經用緊 Google Classroom 同 Zoom 上堂, 唔係要換呢啲。', sector: 'education', applicationAreas: ['other'], budgetBand: 'below-100k', readiness: 'aware' }, {
    'speak-up-english': [3, 'English speaking practice with instant feedback on pronunciation and fluency for language centres; in budget'],
    'kowloon-learning': [1, 'Adaptive English practice, but reading and essays, not speaking'],
    'shatin-speech': [1, 'Scores children\'s speaking, but Cantonese, as an API to build on, above budget'],
  }),
  judged('b4-mx-monday-report-four-systems', 'mixed', { title: '每個 Monday 三個 clerk copy 數', description: '我哋係一間 3PL, 有三個倉同四十架車。每個禮拜一朝早, 三個 clerk 要由 WMS、車隊嗰套 system、accounting software 同客 email 過嚟嘅 Excel 逐個 copy 數落一個大 Excel, 整份 report 俾老闆開 management meeting, 成個上晝冇咗, 啲數仲成日對唔埋。WMS 同車隊 system 用開都 OK, 唔想換。想老闆隨時打開就見到最新嘅數。', sector: 'logistics', applicationAreas: ['operations', 'administrative-support'], budgetBand: '300k-500k', readiness: 'aware', benefits: ['productivity', 'data-driven-decisions'] }, {
    'kowloon-data-lake': [3, 'Pipelines that combine many systems into one place with dashboards, with a logistics group case; in budget'],
    'north-point-rpa': [2, 'Automates the copying into reports, with a month-end report case; in budget; no live view'],
    'apex-omni-ai': [1, 'Unified 40 data sources for a telecom group, but a buzzword suite far over budget'],
  }),
  judged('b4-mx-z-report-photos-midnight', 'mixed', { title: '每晚等 8 間舖 send 張 Z report 相', description: '我哋有 8 間手機配件舖, 每晚收舖啲 shop manager 就 WhatsApp 張 Z report 相俾我, 我要自己 key 入 Excel 先知邊間舖、邊個 staff、邊類貨賣得好, 成日搞到一兩點。其實我哋個 POS 係 cloud 嘅, 但佢自己個 report 好難睇。唔使 forecast 或者幫我諗入咩貨, 淨係想朝早一起身就有份清楚嘅 sales report。', sector: 'trade-retail', applicationAreas: ['operations'], budgetBand: 'below-100k', readiness: 'unaware' }, {
    'cyberport-retail-insights': [3, 'Daily POS reports by shop, staff and category, with a phone accessories chain case; in budget'],
    'causeway-pos-analytics': [2, 'POS analytics with staff league tables for chain stores; budget starts near the top of the band'],
    'kowloon-data-lake': [1, 'Dashboards, but as a data warehouse project far over budget'],
  }),
];

export const FOURTH_BLIND_NEEDS: JudgedNeed[] = [...ENGLISH, ...CHINESE, ...MIXED];
