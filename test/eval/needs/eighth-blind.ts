// An eighth blind judged set, written with its grades from the whole fixture market before the matcher ran on it,
// and not changed afterwards. Its focus differs from the earlier sets: every need tells its problem through Hong Kong
// jargon, abbreviations and local brands rather than generic words (MPF, IR56B and the IRD, HKMA, EDB and CLP, PDPO /
// 私隱條例, 醫健通 and 慢病共治, 物業管理業監管局, 房委會, 公屋 / 居屋, 劏房 and 過渡性房屋, TDEC and 香港海關, EPD,
// Foodpanda, Keeta, 轉數快 / FPS, PayMe, 八達通, Shopify, 7-Eleven, Wellcome / 惠康, HKTVmall, JobsDB, 連登 / LIHKG,
// DSE, 判頭, 地盤, 街市, 檔主, 茶記, 樓盤, 按揭, 外傭中介, Rugby Sevens), in the voice of different roles (an office
// manager, a one-person IT team, a finance controller, a teacher, a start-up CTO, a social worker, a site foreman, a
// civil servant, an NGO housing officer, owners). It covers problems the earlier sets do not: a kindergarten's payroll
// for hourly assistants and expatriate teachers, a Keeta payout account stolen through a fake email, a private
// hospital's three-way matching, an international school's parents writing in English, classroom air-conditioning that
// doubled a school's bill, a regtech start-up renting GPUs under bank rules, mooncake lines wrecked by a supermarket's
// rush order, a social enterprise café run by trainees, a private wet market pricing stalls by guesswork, copper
// stolen from a Kai Tak site at night, a frozen-meat shop's WhatsApp orders, a bureau watching LIHKG, a property
// manager's tender books, a cross-border seller's HS codes and late TDECs, a mortgage app that needs valuations by API,
// a DSE tutoring centre looking for student KOLs, a bus depot canteen's waste, a clinic that cannot join eHealth, a bar
// group hiring before the Sevens, a domestic helper agency asked in Cantonese and in English, and an NGO's
// transitional housing. Traps: in most needs the SME's sector differs from the sector of the work (a school that needs
// payroll or energy meters, a restaurant group that needs security, a hospital that needs accounts payable, an NGO that
// needs restaurant ordering or property management, a bus company that needs a kitchen scale), so the specialists of
// the SME's own sector are decoys; the language of service decides six needs (English-only offices and teams for which a
// Chinese-only supplier is no use, Chinese-only staff for whom an English-only one is no use, and a bot that must speak
// both Cantonese and English); budgets far over or under a supplier's range; data kept in Hong Kong, no overseas AI
// services, footage kept on site, no face recognition, no cameras; things the SME already has or does not want, in
// English and in Cantonese (「唔使」「唔要」「已經有」「唔係要」); place names that echo supplier names (Happy Valley,
// Pok Fu Lam, Tai Po, Cyberport, Fo Tan, Sham Shui Po, Tseung Kwan O, Kai Tak, Tuen Mun, Kwai Chung, Science Park,
// Mong Kok, Causeway Bay, Yuen Long); typos; English product nouns inside Chinese sentences; three one- or two-sentence
// needs; two needs in formal written Chinese and one in Simplified Chinese. It adds no supplier: its traps are the
// market's own.
import { judged, type JudgedNeed } from './judged';

const ENGLISH: JudgedNeed[] = [
  judged('b8-en-kindergarten-payroll-english-only', 'en', { title: 'Payroll and MPF for our kindergarten, in English please', description: 'I am the office manager of an international kindergarten in Discovery Bay with 48 staff: 26 full-time teachers, most of them from the UK, Australia and Canada, 14 teaching assistants paid by the hour, and eight office, cleaning and kitchen staff. I do the payroll myself in a spreadsheet every month. Last term I got the MPF for the hourly assistants wrong, paid it late and received a surcharge notice from our trustee, and new overseas teachers are exempt from MPF for their first 13 months, so I keep losing track of who must contribute. Every April I also prepare the IR56B forms for the IRD, plus an IR56F or IR56G whenever a teacher leaves Hong Kong, and I am never sure the figures match what we paid. We need simple payroll software that gets pay, MPF and leave right and lets staff see their payslips and leave balances on their phones. Our bookkeeping is done by an outside accountant on Xero and that is fine. Nobody in our office reads Chinese, so a Chinese-only system is no use to us. We do not need AI, just something reliable and cheap.', sector: 'education', applicationAreas: ['human-resources', 'finance'], budgetBand: 'below-100k', readiness: 'unaware', languages: ['en'], benefits: ['fewer-errors', 'productivity'], dataConstraints: ['personal-data'] }, {
    'payroll-hk': [3, 'Payroll, MPF and leave management with an employee app for Hong Kong SMEs, in English; no AI, as wanted; built for shops and offices, not schools, but the same job; in budget; IRD forms to be confirmed'],
    'sw-kuaiji': [1, 'Calculates MPF and salaries tax, but inside bookkeeping, and its Chinese-only profile is no use to an English-only office'],
    'enterprise-hcm': [1, 'Payroll inside an HR suite for employers with 5,000+ staff, from HK$3 million'],
  }),
  judged('b8-en-chachaanteng-it-keeta-phishing', 'en', { title: 'Someone changed our Keeta payout account through a fake email', description: 'I am the only IT person for a group of nine cha chaan tengs (Sham Shui Po, Mong Kok, Kwun Tong and others) plus a small central office. Branch managers log into the Foodpanda and Keeta merchant portals and read supplier emails on shared PCs at the cashier. In March a manager recieved a fake "Keeta partner verification" email, typed in our login, and someone changed the payout bank account; we lost about HK$38,000 of payouts before anyone noticed. Two months later a cashier PC in Sham Shui Po caught malware that locked all its files, and the POS tablets sit on the same network. Our IT vendor already looks after Microsoft 365, backups and the firewalls and that part is fine; what nobody does is stop fake emails or notice when a PC starts doing something strange, especially at night. I want phishing emails filtered before staff see them, all 40 or so PCs and tablets watched for odd behaviour, and someone watching round the clock who alerts me. Budget about HK$150k a year. We are not looking for anything for the kitchen or for ordering.', sector: 'food-beverage', applicationAreas: ['operations', 'administrative-support'], budgetBand: '100k-300k', readiness: 'aware', benefits: ['cost-savings'], difficulties: ['talent'] }, {
    'cybershield-ai': [3, 'Phishing email filtering, endpoint anomaly detection and 24/7 monitoring for SMEs; built for offices, not restaurants, but the same job; in budget'],
    'wanchai-it': [1, 'Managed IT with firewalls and backups, which their vendor already does; no phishing filtering or threat monitoring named'],
  }),
  judged('b8-en-hospital-ap-three-way-match', 'en', { title: 'Three-way matching for 6,000 supplier invoices a month', description: 'I am the finance controller of a 220-bed private hospital in Happy Valley. Our seven-person accounts payable team handles about 6,000 supplier invoices a month from drug distributors, medical consumables suppliers, linen and maintenance contractors. Each invoice is checked by hand against the purchase order and the goods received note in Oracle E-Business Suite, then goes round by email for approval. Last year the auditors\' management letter listed 18 duplicate payments and several deliveries of consumables we paid for but never received, and suppliers complain that we pay late. Invoices already arrive as PDFs and Oracle reads them in, so capture is not the problem; the matching, the exceptions and the approvals are. This is a finance project: nothing clinical, no patient data, no chatbot, and our pharmacy already has its own stock system. Budget about HK$800,000, live within the next financial year.', sector: 'healthcare', applicationAreas: ['finance'], budgetBand: '500k-1m', readiness: 'ready', timeline: '6-12-months', benefits: ['fewer-errors', 'cost-savings', 'productivity'] }, {
    'ap-automation': [3, 'Matches supplier invoices to purchase orders and goods receipts with approval workflow in SAP or Oracle; built for distributors and factories, not hospitals, but the same job; in budget'],
    'north-point-rpa': [2, 'Invoice processing and back-office workflow bots that could do the checks; matching not named; well under budget'],
    'victoria-doc': [1, 'Reads invoices into accounting systems, but capture is not the problem and no matching'],
  }),
  judged('b8-en-intl-school-parents-english-short', 'en', { title: 'Parents\' questions in English, all day long', description: 'Parents email and WhatsApp our admissions office in Pok Fu Lam all day about fees, debentures, school bus routes and term dates, all in English. Our international school office staff only read English, so a Chinese-only system is no use; we want a bot that answers these questions for us.', sector: 'education', applicationAreas: ['customer-service', 'administrative-support'], budgetBand: '100k-300k', readiness: 'aware', languages: ['en'] }, {
    'campus-enquiry-bot': [3, 'Enquiry chatbots for schools answering fees, timetables and admissions questions in English and Cantonese; in budget'],
    'lion-rock-chat': [2, 'English and Cantonese chatbots on WhatsApp and websites, but generic, with no school work shown; in budget'],
    'xiaoyuan-zhineng': [1, 'Answers parents\' questions with a chatbot, but its Chinese-only profile is no use to an English-only office'],
    'web-faq-english': [1, 'English FAQ bot, but on the website only, no WhatsApp'],
    'lamma-chat-studio': [1, 'English do-it-yourself website chat widget, no WhatsApp and no school work'],
  }),
  judged('b8-en-teacher-classroom-aircon-meters', 'en', { title: 'Our electricty bill almost doubled after every classroom got aircon', description: 'I teach geography and coordinate the Green Team at an aided secondary school in Tai Po. Since every classroom got air-conditioning under the EDB grant our CLP bill has almost doubled, and the principal has asked me to find out where the electricity actually goes: classroom aircon left on over lunch, the computer room, the tuck shop fridges or the hall lights. I would like simple meters we can clip or plug in ourselves and an app that shows usage by room and gives saving tips, so our students can follow it as a Green School project. We have about HK$40k from the Environment and Conservation Fund. We are not after a building management system or anything that needs contractors on campus for weeks, and our IT and Wi-Fi support is fine as it is.', sector: 'education', applicationAreas: ['operations'], budgetBand: 'below-100k', readiness: 'unaware', benefits: ['cost-savings', 'data-driven-decisions'] }, {
    'wyman-energy-lite': [3, 'Plug-in energy meters and a simple app showing where electricity goes, with saving tips; built for shops and small offices, not schools, but the same job; in budget'],
    'lantau-energy': [1, 'Building energy optimisation, but for office towers and malls, from HK$400,000'],
  }),
  judged('b8-en-regtech-cto-gpu-english-only', 'en', { title: 'Rent GPUs in HK, English support pls', description: 'CTO of a 9-person regtech start-up in Cyberport. We fine-tune open-source LLMs to read compliance documents for two HKMA-regulated banks; the banks\' data must stay in HK and cannot go through any overseas AI API. Need to rent 8 to 16 high-end GPUs in a HK data centre for ~6 months, billed monthly, with someone to call when a node dies. We dont want to buy servers (no server room, our office is a hot desk) and we train the models ourselves, so no consultants pls. Our engineers are from India, France and Canada and nobody reads Chinese, so contract, docs and support have to be in English.', sector: 'finance-insurance', applicationAreas: ['rnd'], budgetBand: '500k-1m', readiness: 'competent', timeline: 'within-3-months', languages: ['en'], difficulties: ['computing-resources', 'regulation'], dataConstraints: ['data-in-hong-kong', 'no-overseas-ai-apis'] }, {
    'tko-gpu': [3, 'GPU cloud for training in a Hong Kong data centre with data kept in Hong Kong, serving English-speaking teams; in budget'],
    'st-suanli': [1, 'Rents GPUs by the month in a Hong Kong machine room with data kept onshore, but its Chinese-only profile is no use to a team that reads no Chinese'],
    'neural-harbour-cloud': [1, 'GPU platform, but for hosting and inference rather than fine-tuning, and where it runs is not stated'],
    'hyperscale-ai': [1, 'Sells and finances GPU servers, which they do not want to buy or house'],
  }),
  judged('b8-en-mooncake-rush-order-scheduling', 'en', { title: 'One rush order from a supermarket and the mooncake plan falls apart', description: 'We make mooncakes, egg rolls and festive puddings in our own factory in Fo Tan, for our 14 shops and for 7-Eleven, Wellcome and HKTVmall. From July to Mid-Autumn we run three shifts on two moulding lines, four tunnel ovens and two packing lines, and our production manager plans it all on a whiteboard and in Excel. When Wellcome adds 8,000 boxes at a week\'s notice, or a bank orders 3,000 gift boxes for its clients, the plan falls apart: ovens stand idle while packing is jammed, we pay overtime, and last year we missed two delivery slots at the supermarket\'s distribution centre and were fined. We know what has been ordered, so forecasting is not our problem, and staff rosters are done in our HR system. The food safety side (metal detectors, label checks) is in place. We want a system that plans each order across the lines, ovens and shifts and re-plans quickly when a rush order comes in. Budget about HK$400,000, and it must be running before next July.', sector: 'food-beverage', applicationAreas: ['operations'], budgetBand: '300k-500k', readiness: 'aware', timeline: '6-12-months', benefits: ['productivity', 'cost-savings'] }, {
    'tuen-mun-planner': [3, 'Production scheduling across machines and shifts that re-plans when a rush order arrives, for small factories like their bakery plant; in budget'],
    'cyberport-forecast': [1, 'Forecasts demand for bakeries, but they already know their orders; no scheduling'],
    'tst-fnb-analytics': [1, 'Kitchen prep forecasts for restaurants, not planning of production lines'],
  }),
];

const CHINESE: JudgedNeed[] = [
  judged('b8-zh-social-enterprise-cafe-qr', 'zh', { title: '社企 café 學員手寫單成日錯，想客自己掃 code 落單', description: '我係天水圍一間 NGO 嘅社工，負責一間開喺公屋商場入面嘅社企 café。樓面同廚房都係我哋嘅學員，大部分係輕度智障嘅年青人，加兩個導師睇住。而家學員用紙仔落單，字唔清楚、漏單、凍奶茶變熱奶茶，埋單又成日計錯錢，客等耐咗會鬧，學員壓力好大。想俾客自己喺枱面掃 QR code 落單，張單直接出去廚房，埋單自動計好數，每日有份營業報告交俾基金。八達通機、PayMe 同轉數快 QR 我哋已經有，唔使換；WhatsApp 外賣查詢我哋自己覆得掂，唔使 chatbot；之前有人推銷送餐機械人，我哋唔要，學員就係要練習送餐。預算得幾萬蚊，系統要有中文。', sector: 'social-care', applicationAreas: ['operations'], budgetBand: 'below-100k', readiness: 'unaware', languages: ['zh-Hant'], benefits: ['fewer-errors', 'quality'] }, {
    'qr-order-hk': [3, 'Table QR ordering straight to the kitchen with a cloud POS that adds up the bill and reports sales, with a cha chaan teng case; built for restaurants, not NGOs, but the same job; in budget'],
  }),
  judged('b8-zh-wet-market-footfall-chinese-ui', 'zh', { title: '街市人流靠估，檔主唔信', description: '我哋係將軍澳一個私人街市嘅營運公司，成個街市有八十幾個檔位、三個入口。而家續租同新租都係憑感覺定價，檔主成日話「你哋話人流多，邊度多呀？」。我哋想知每個入口、每個鐘頭有幾多人入嚟，邊行檔口多人行、邊行冇人去，攞啲數據同檔主傾租，同埋決定早市同夜市要唔要延長。街市入面已經有閉路電視，用 camera 數人流冇問題，唔使認樣。但係我哋同事同檔主全部淨係識睇中文，報表同個 system 一定要有中文介面，全英文嘅我哋用唔到。預算大約二十萬。', sector: 'real-estate', applicationAreas: ['operations', 'marketing'], budgetBand: '100k-300k', readiness: 'unaware', languages: ['zh-Hant'], benefits: ['data-driven-decisions', 'more-customers'] }, {
    'causeway-retail-vision': [3, 'Counts footfall by hour on cameras for shops and malls, with a mall case where leasing priced kiosks by measured traffic; serves Traditional Chinese; in budget'],
    'tst-security': [1, 'Counts people on building cameras, but as part of security alerts, with no traffic reports'],
    'sensor-footfall': [1, 'Counts visitors by hour, but in English only, which their staff and stallholders cannot use'],
  }),
  judged('b8-zh-foreman-site-night-theft', 'zh', { title: '地盤夜晚俾人爆入偷銅喉同工具', description: '我係啟德一個住宅地盤嘅管工。近兩個月夜晚成日有人爆入地盤偷電線、銅喉同工具，連貨櫃都撬埋，判頭啲電動工具唔見咗十幾把，停工等料又蝕錢。地盤四邊已經裝咗十幾部 CCTV，但夜晚得一個看更，根本冇人睇 mon，出咗事先至翻片。想有人爬圍板或者入咗地盤嘅時候，即刻 send 警報俾看更同我部手機。啲工人同工會好介意，唔可以認人樣，驚犯私隱條例；錄影亦都要留喺地盤部錄影機度，唔可以上 cloud。總公司已經有系統 check 工人戴唔戴頭盔，唔係要嗰啲。', sector: 'construction', applicationAreas: ['operations'], budgetBand: '100k-300k', readiness: 'unaware', languages: ['zh-Hant'], difficulties: ['data-privacy'], dataConstraints: ['on-premises-only', 'personal-data'] }, {
    'tst-security': [3, 'Intrusion alerts on existing cameras without face recognition, with a construction site case; built for buildings, not sites, but the same job; budget overlaps; on-site storage to be confirmed'],
    'kai-tak-safety': [1, 'Cameras on construction sites, but for helmets and harnesses, which head office already has'],
    'loss-prevention-vision': [1, 'Cameras that flag suspicious behaviour, but inside shops'],
  }),
  judged('b8-zh-frozen-meat-whatsapp-fps-short', 'zh', { title: '街坊 WhatsApp 落單，逐單覆到手軟', description: '我哋係屯門一間凍肉舖，街坊成日 WhatsApp 落單，我要逐單覆、send 轉數快 QR 俾佢過數，再人手打入 Shopify，Foodpanda 同 Keeta 嗰啲 order 有自己部機唔使理。想 WhatsApp 自動接單、send 埋 FPS 收款資料，張單自動入 Shopify。', sector: 'trade-retail', applicationAreas: ['customer-service', 'operations'], budgetBand: 'below-100k', readiness: 'unaware', languages: ['zh-Hant'] }, {
    'shop-order-taker': [3, 'Takes orders on WhatsApp, sends FPS payment details and puts the orders into Shopify; in budget'],
    'lamma-semantic': [1, 'Takes takeaway orders on WhatsApp, but for restaurants, with no FPS or Shopify'],
    'kennedy-commerce-bot': [1, 'WhatsApp shopping assistant that tracks orders rather than takes them'],
    'kt-zhineng-kefu': [1, 'Chinese webshop customer service linked to Shopify, but answers questions rather than takes orders'],
    'ssp-yuyin': [1, 'Cheap Cantonese WhatsApp auto-replies for shops, but no orders or payment details'],
  }),
  judged('b8-zh-formal-bureau-social-listening', 'zh', { title: '網上輿論監察及預警', description: '本局新聞及公共關係組負責監察公眾對本局政策的反應。近年不少市民於連登（LIHKG）、Facebook 專頁、Instagram、Threads 及網上新聞留言區討論本局政策，內容多以粵語口語、俚語及反諷表達，並夾雜英文。現時由兩名同事每日人手瀏覽及剪存，往往於討論發酵、傳媒查詢時方知悉，未能及早回應。本局擬引入系統，持續收集上述平台與本局政策相關的公開討論，分析輿論取向，歸納主要關注議題，並於負面討論急升時即時通知當值人員。市民查詢及投訴已分別由1823及本局現有個案系統處理，毋須另設聊天機械人或投訴分流系統；本局亦無意以系統自動回覆網民。所收集資料須存放於香港境內。預算約二十萬港元。', sector: 'government', applicationAreas: ['corporate-communications'], budgetBand: '100k-300k', readiness: 'aware', timeline: 'within-3-months', languages: ['zh-Hant'], benefits: ['data-driven-decisions'], dataConstraints: ['data-in-hong-kong'] }, {
    'soho-listening': [3, 'Social listening in Cantonese slang on LIHKG, Facebook, Instagram and forums with crisis alerts, government among its clients\' sectors; in budget; data location to be confirmed'],
    'gov-doc-classify': [1, 'Sorts complaints and letters sent to departments, which the bureau already handles, not public discussion online'],
    'review-insights': [1, 'Reads Chinese and English comments, but reviews of restaurants and hotels, not social media'],
  }),
  judged('b8-zh-formal-pmc-tender-drafting', 'zh', { title: '物業管理服務合約標書草擬', description: '本公司為持有物業管理業監管局所發牌照的物業管理公司，現管理約四十個私人屋苑、居屋屋苑及工商大廈。本公司每年投標約六十份物業管理服務合約，招標機構包括業主立案法團、香港房屋委員會（公屋及居屋）及政府部門。每份標書須按招標文件撰寫公司簡介、管理方案、人手編制、保安及清潔安排、緊急應變計劃等章節，篇幅達五十至一百頁。現時由行政部兩名同事從過往標書逐段複製及修改，每份需時一至兩星期，且屢有遺留其他屋苑名稱的錯誤，曾因此被扣分。本公司希望引入工具，根據過往標書及招標文件要求自動草擬各章節初稿，供同事修改。本公司已採用物業管理系統處理住戶報修及管理費，毋須更換；亦無需宣傳文案服務。預算約八萬港元。', sector: 'admin-support-services', applicationAreas: ['administrative-support', 'marketing'], budgetBand: 'below-100k', readiness: 'aware', languages: ['zh-Hant'], benefits: ['productivity', 'fewer-errors', 'more-customers'] }, {
    'tender-writer': [3, 'Drafts tender proposals from past bids with generative AI; built for contractors and consultants, not property managers, but the same job; in budget'],
    'rag-lite': [1, 'Finds passages in past bids, but does not draft them'],
    'copy-harbour': [1, 'Generative writing, but marketing copy, which is not wanted'],
  }),
  judged('b8-zh-simp-crossborder-hs-tdec', 'zh', { title: '几千个SKU要归HS编码，TDEC报关经常迟交被罚', description: '我们是深圳一家跨境电商公司在香港的子公司，办公室在葵涌，从内地和日本进货到香港仓，再转口到新加坡、马来西亚和泰国，主要卖小家电、手机配件和美妆。现在有八千多个SKU，每个都要归HS编码，每票货进出口都要在14天内向香港海关递交TDEC（进出口报关），还要核对商业发票和装箱单是否一致。目前靠两个同事手工查编码、填报关，去年被海关罚了三次迟交，还有几次编码归错被查验，货在仓里卡了好几天。有几款带加密功能的蓝牙产品，连要不要申请战略物资许可证都搞不清楚。我们需要一个工具，自动给产品归HS编码、核对贸易单据，并生成报关资料。仓库管理系统我们已经有，不需要换；运费报价由货代负责，也不需要。预算二十万港元左右。', sector: 'trade-retail', applicationAreas: ['administrative-support', 'operations'], budgetBand: '100k-300k', readiness: 'aware', languages: ['zh-Hans'], markets: ['hong-kong', 'mainland', 'overseas'], difficulties: ['regulation'], benefits: ['fewer-errors', 'cost-savings'] }, {
    'customs-hs-ai': [3, 'Classifies products into HS codes, checks trade documents and prepares customs declarations for importers and exporters; in budget; strategic commodities checks not named'],
    'freight-quote-ai': [1, 'Reads trade emails for forwarders, but to price freight, which their forwarder does'],
    'victoria-doc': [1, 'Reads invoices in English and Chinese, but into the accounts, with no HS codes or declarations; budget starts near the top of the band'],
  }),
];

const MIXED: JudgedNeed[] = [
  judged('b8-mx-mortgage-app-valuation-api', 'mixed', { title: '按揭 app 要即時估價，唔想再等銀行 reply', description: '我係一間 proptech start-up 嘅 CTO，team 得六個人，喺科學園。我哋整緊一個按揭比較 app：user 輸入屋苑、座數、樓層同單位，我哋就要即刻話佢知層樓大概值幾多、最近同座或者附近有咩成交，再計埋按揭成數同每月供款，幫佢揀邊間銀行。而家估價要逐間銀行 send request，等成一兩日，好多 user 等唔切就走咗。我哋想 call 一個 API 就攞到全港住宅單位嘅估價同成交 data，按用量或者月費收錢都得。App 同 backend 我哋自己寫，唔使 software house；亦唔係要 WhatsApp bot 幫我哋篩客。Budget 一年大約二十萬。', sector: 'telecom-it', applicationAreas: ['rnd', 'customer-service'], budgetBand: '100k-300k', readiness: 'competent', benefits: ['more-customers', 'productivity'] }, {
    'avm-property': [3, 'Automated valuations of Hong Kong flats with transaction data feeds for agents and banks, with a mortgage broker case; in budget'],
    'lender-credit-lite': [1, 'Serves lenders, but scores borrowers rather than valuing flats'],
  }),
  judged('b8-mx-dse-centre-student-kol-short', 'mixed', { title: '補習社想搵學生 KOL promote 暑期 course', description: '我哋係旺角一間 DSE 補習社，想搵 IG 同 YouTube 上面啲學生 KOL 幫手 promote 暑期 course，但唔知邊個啲 followers 真係中四中五學生，又驚俾咗錢都唔知有冇收到生；notes 同 AI tutor 我哋已經有，唔使。', sector: 'education', applicationAreas: ['marketing'], budgetBand: 'below-100k', readiness: 'aware' }, {
    'kol-match': [3, 'Finds Hong Kong influencers whose followers fit the brand and measures what the campaign brought in; built for shops and restaurants, not tutoring, but the same job; in budget'],
    'soho-listening': [1, 'Tracks what people say online, but finds no one to promote the course'],
  }),
  judged('b8-mx-bus-depot-canteen-waste-no-camera', 'mixed', { title: '車廠飯堂日日倒幾桶餸，但工會唔俾裝 camera', description: '我係一間巴士公司車廠嘅行政主任，車廠有個員工飯堂，日夜兩更嘅車長同維修師傅都喺度食，每日煮六七百份飯。而家每晚都倒成幾桶剩飯剩餸，EPD 嘅廚餘回收車每日都嚟收，但我哋完全唔知邊味餸煮多咗、邊更浪費得最犀利，下個月仲要交數俾總公司做 ESG。ESG report 總公司自己寫，唔使幫手。之前有公司提議喺垃圾桶上面裝 camera 影低啲廚餘，但工會好反對，唔可以裝。想要個簡單啲嘅方法，倒廚餘嗰陣記低係咩餸、幾多斤，每個禮拜話我哋邊樣備少啲。廚房阿姐全部淨係識睇中文，個 system 一定要中文。', sector: 'logistics', applicationAreas: ['operations'], budgetBand: 'below-100k', readiness: 'unaware', languages: ['zh-Hant'], benefits: ['cost-savings', 'data-driven-decisions'] }, {
    'waste-scale': [3, 'Weighs kitchen waste by dish without cameras and suggests prep amounts, in Chinese, for canteens among others; in budget'],
    'kitchen-ai': [1, 'Tracks food waste, but with a camera over the bin, which the union rules out'],
    'tst-fnb-analytics': [1, 'Kitchen prep forecasts for restaurants, but no record of what is thrown away'],
  }),
  judged('b8-mx-clinic-ehealth-system', 'mixed', { title: '診所 system 太舊，駁唔到醫健通', description: '我哋係大埔一間家庭醫生診所，兩個醫生、四個姑娘。想參加政府個慢病共治計劃，但要用醫健通 (eHealth) 互通病歷，我哋用咗十幾年嘅 clinic software 已經冇人 support，根本駁唔到。想換一套新嘅 clinic management system，將十五年嘅病人紀錄、預約同配藥紀錄搬過去，順便整好部 server 同 backup，同埋診所個 Wi-Fi 同 network，而家成日斷線，連八達通收費機都受影響。病人資料好敏感，私隱條例要跟足。唔使 WhatsApp chatbot 覆病人，姑娘自己聽電話；亦唔係要 AI 幫醫生寫病歷。Budget 大約八萬。', sector: 'healthcare', applicationAreas: ['administrative-support'], budgetBand: 'below-100k', readiness: 'unaware', timeline: 'within-3-months', difficulties: ['data-privacy'], dataConstraints: ['personal-data'] }, {
    'health-it-trap': [3, 'Installs clinic management software, networks and backups for clinics, with a GP group moved onto one system; in budget; eHealth link to be confirmed'],
    'wanchai-it': [1, 'Backups and networks with a clinic group case, but no clinic software or records migration'],
  }),
  judged('b8-mx-bar-group-sevens-hiring-english', 'mixed', { title: 'Sevens 前要請 80 個 part-time，HR Director 唔識睇中文', description: '我哋係一個有七間 bar 同 restaurant 嘅集團，喺蘭桂坊同 SoHo。Rugby Sevens 搬咗去啟德新 stadium 之後生意仲旺，今年 Sevens 前要請大約 80 個 part-time bartender 同 waiter。JobsDB、Instagram 同 WhatsApp 加埋每個禮拜收幾百份 CV，得我一個 HR assistant 逐份睇、逐個 WhatsApp 約 interview，約完又有一半唔出現。想有個 system 幫手 screen CV、自動約 interview 同 send reminder。我哋 HR Director 係英國人，唔識睇中文，所以 system 同 report 一定要有英文，淨係得中文嗰啲用唔到。排更同計糧我哋已經有 system，唔使換。Budget 大約五萬。', sector: 'food-beverage', applicationAreas: ['human-resources'], budgetBand: 'below-100k', readiness: 'aware', timeline: 'within-3-months', languages: ['en'], benefits: ['productivity'] }, {
    'wan-chai-talent': [3, 'CV screening, interview scheduling and an HR chatbot for volume hiring, in English; budget overlaps'],
    'hr-zhaopin': [1, 'CV screening and WhatsApp interviews for catering volume hiring, but its Chinese-only profile is no use to their HR director'],
    'enterprise-hcm': [1, 'AI recruitment inside an HR suite for 5,000+ staff, with rostering and payroll they already have, from HK$3 million'],
  }),
  judged('b8-mx-helper-agency-cantonese-english-bot', 'mixed', { title: '僱主用廣東話問、姐姐用英文問，WhatsApp 覆唔切', description: '我哋係銅鑼灣一間外傭中介，有勞工處牌，每個月幫百幾個家庭請菲傭同印傭。WhatsApp 日日幾百個 message：僱主用廣東話問姐姐幾時到港、簽證去到邊、要俾幾多錢、合約點續；姐姐就用英文問面試時間、要交咩文件、放假點計。而家三個同事覆到半夜。想要個 bot 喺 WhatsApp 同 website 二十四小時自動答常見問題，答唔到先轉俾同事。一定要識廣東話同英文兩樣：之前試過一個平嘅廣東話 bot，啲姐姐問英文佢就亂答；另一個全英文嘅 bot 又聽唔明僱主講廣東話。Budget 大約十幾萬。', sector: 'admin-support-services', applicationAreas: ['customer-service'], budgetBand: '100k-300k', readiness: 'aware', languages: ['en', 'zh-Hant'], dataConstraints: ['cantonese-required', 'personal-data'] }, {
    'lion-rock-chat': [3, 'Chatbots answering in Cantonese and English on WhatsApp and websites and handing over to staff; no agency work shown; in budget'],
    'ssp-yuyin': [1, 'Cheap Cantonese WhatsApp FAQ bot, but Chinese-only, the kind that failed the helpers\' English'],
    'web-faq-english': [1, 'English FAQ bot on websites only, with no Cantonese or WhatsApp'],
    'lamma-chat-studio': [1, 'English do-it-yourself website chat widget, with no Cantonese or WhatsApp'],
  }),
  judged('b8-mx-transitional-housing-repairs-rent', 'mixed', { title: '過渡性房屋三百個單位，報修同交租全靠 WhatsApp 語音', description: '我係一間 NGO 嘅房屋主任，我哋喺元朗營運一個過渡性房屋項目，三百個單位，租戶大部分係由劏房搬過嚟、等緊上公屋嘅基層家庭。而家租戶報修（漏水、冷氣唔凍、門鎖壞）全部靠 WhatsApp 語音或者打電話，同事要自己記低再搵師傅，成日漏單；每個月追租都要逐戶打電話；共用洗衣房同活動室又成日撞 booking。想要個手機 app 俾租戶自己報修、自動分類派俾師傅、提佢哋交租、book 設施。租戶好多長者同新來港人士，個 app 一定要中文。社工跟個案嗰套 case management system 我哋已經有，唔使。', sector: 'social-care', applicationAreas: ['operations', 'customer-service'], budgetBand: '100k-300k', readiness: 'unaware', languages: ['zh-Hant'], dataConstraints: ['personal-data'], benefits: ['productivity', 'fewer-errors'] }, {
    'pm-wuye': [3, 'Resident app for repairs with automatic sorting and dispatch, fee reminders and facility booking, in Chinese; built for estates, not NGO housing, but the same job; in budget'],
    'ssp-yuyin': [1, 'Cheap Cantonese WhatsApp bot for common questions, but no repair dispatch, rent reminders or bookings'],
  }),
];

export const EIGHTH_BLIND_NEEDS: JudgedNeed[] = [...ENGLISH, ...CHINESE, ...MIXED];
