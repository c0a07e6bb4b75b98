// A fifth blind judged set (session 17), written with its grades from the whole fixture market before the matcher
// ran on it, and not changed afterwards. It covers problems the earlier sets do not (tomorrow's output of rooftop solar
// panels, an IT team lost in password resets, pet grooming no-shows, three merged laundries working three ways, a
// doorbell camera whose battery dies, the value of a flat behind a loan, a clinic opening a second branch, complaint
// letters waiting days to be routed, 200 boxes of files before an office move, a forwarder with no IT and no backups,
// plastic in bales of waste paper, staff pasting clients' details into writing tools, dishes that quietly lose money,
// an importer ordering from factories 12 weeks away, broadband subscribers leaving when their contract ends, jade
// graded by two masters near retirement, HR for 6,000 cleaners and guards on spreadsheets, an insurer's models that
// nobody watches, a company secretary's client checks, a hotel group's ESG report, and residents' messages that may
// no longer leave Hong Kong). Every need describes the problem in the SME's everyday words and never names the
// technology. Traps: the keyword supplier in another sector (building energy for a solar operator, gym churn for a
// broadband operator, factory inspection for jade, property management software for a software house), far over
// budget (enterprise consultancies and forecasting suites), offering what the SME says it already has or does not want
// (an outside IT vendor, a chatbot, question answering, bookkeeping, an ordering system, energy saving, piecemeal HR
// apps, help building models), a constraint that rules out the obvious supplier (processing inside the device, data
// kept in Hong Kong, no overseas services, a Chinese interface), district names that echo supplier names, a one-line
// need and long rambles. It adds no supplier: its traps are the market's own.
import { judged, type JudgedNeed } from './judged';

const ENGLISH: JudgedNeed[] = [
  judged('b5-en-solar-output-tomorrow', 'en', { title: 'How much power will our panels make tomorrow?', description: 'We own and run solar panels on about 60 rooftops (schools, village houses and two of our own warehouses in Yuen Long) and a battery at our Tuen Mun depot. We sell the power to CLP and, under a separate contract, to two large tenants next door. Every afternoon our operations engineer has to decide how much to charge the battery overnight and tell the tenants how much power we can give them in each hour of the next day. He uses the weather app and his own spreadsheet, and on cloudy or hazy days he is wrong by a third, which costs us penalties under the tenants\' contract. He also has to guess how much our own cold store will draw. We have five years of readings every 15 minutes from every site. We do not need help saving electricity in our buildings, and the panels themselves work fine.', sector: 'electricity-gas', applicationAreas: ['operations'], budgetBand: '1m-2m', readiness: 'competent', benefits: ['data-driven-decisions', 'cost-savings'] }, {
    'grid-forecast': [3, 'Solar output and load forecasts for power utilities and large energy users; in budget'],
    'science-park-ml': [1, 'A platform on which their engineer could train forecasts himself, but they want the forecasts, not a tool'],
  }),
  judged('b5-en-it-password-resets', 'en', { title: 'IT team drowning in pw resets n how-to enquries', description: 'We r accounting firm in Wan Chai, abt 180 staff. Our IT team only 2 guys and whole day they answer same enquries: pw reset, account locked, printer not working, how to share folder, how to install sth, cannot connect from home. In audit season they cant do any real project at all. All staff use Teams everyday. Want staff can get the answer n reset own pw by themselves, only the hard cases go to IT. We already have outside IT company for laptops, network n backup, not changing them. Pls advise, want it running before next audit season.', sector: 'professional-services', applicationAreas: ['administrative-support'], budgetBand: '100k-300k', readiness: 'ready', timeline: '3-6-months', benefits: ['productivity'] }, {
    'it-helpdesk-bot': [3, 'IT helpdesk bot in Teams for password resets and how-to answers, with an accounting firm case; in budget'],
    'wanchai-it': [1, 'Managed IT with an "AI-powered helpdesk", but that is the outside service they already have and keep'],
    'rag-lite': [1, 'Answers how-to questions from uploaded guides, but no resets and not in Teams'],
    'causeway-llm': [1, 'Staff assistant over company documents, but not IT tickets or resets, and above budget'],
  }),
  judged('b5-en-grooming-no-shows-short', 'en', { title: 'customers book grooming n dont show up', description: 'Pet grooming shop in Tai Wai, customers book by phone n dont show up, want them book online n pay deposit first.', sector: 'other', applicationAreas: ['customer-service', 'operations'], budgetBand: 'below-100k', readiness: 'unaware' }, {
    'jordan-beauty-booking': [3, 'Online booking page with deposits and reminders; built for salons but fits a grooming shop; cheap'],
    'salon-suite': [2, 'Books appointments and sends reminders for salons, but takes no deposit'],
    'ssp-yuyin': [1, 'Answers booking questions for small shops in Cantonese, but no booking page or deposit'],
  }),
  judged('b5-en-laundry-merger-rambling', 'en', { title: 'Three laundries, three ways of working', description: 'We are a commercial laundry for hotels and clinics, started by my father in 1979 in Kwai Chung. In 2023 we bought two competitors, one in Tsuen Wan and one in Fanling, so we now have about 240 staff and 11 delivery trucks, and we wash roughly 30 tonnes of sheets, towels and uniforms a day for 45 hotels and 20 clinics, seven days a week. The problem is that the three plants still work in three different ways: different order forms, different ways of counting linen in and out, one plant on an old system, one on Excel and one on paper cards. Hotels complain about missing items and wrong invoices, and when one plant is overloaded we cannot move work to another because nobody understands the other plant\'s way. Our washers and ironers (Jensen and Kannegiesser) are fine and we are not buying new machines. We want an experienced team to map how the work really flows in each plant, design one way of working, take our supervisors through the change (some have been here 30 years and do not like it), and then tell us where systems or AI would actually pay. We would rather work with someone who does not sell their own software. The board has approved about HK$800,000 for this phase.', sector: 'admin-support-services', applicationAreas: ['operations', 'other'], budgetBand: '500k-1m', readiness: 'aware', benefits: ['productivity', 'fewer-errors'], difficulties: ['choosing-solution'] }, {
    'central-transform': [3, 'Process redesign, change management and technology programmes across industries, with hotel and distributor cases; sells no software; in budget'],
    'admiralty-advisory': [1, 'Independent roadmaps and vendor selection, but for large enterprises and public bodies, from HK$1.5 million'],
    'mid-levels-consult': [1, 'AI strategy and workshops for SMEs, but no process redesign or change programme'],
    'zx-guwen': [1, 'Process review and vendor selection for SMEs, but small-scale, below the size of a three-plant merger, and Chinese-only'],
  }),
  judged('b5-en-doorbell-battery-on-device', 'en', { title: 'Our doorbell camera battery dies in three weeks', description: 'We design battery-powered doorbell cameras and baby monitors for European retailers, with R&D in Science Park and a factory in Dongguan. Our next model must tell a person from a car, a cat or a swaying tree by itself, so that it only wakes up and sends a clip when it matters. Our firmware team has already trained a small detection model that works well on a laptop, but on our current chip it is slow and drains the battery in three weeks; the retailers want six months. The buyers also insist that nothing is sent to a server to make the decision, for privacy reasons. We need a partner who can supply a low-power chip or board that runs our model inside the device, and help us port it. We expect to ship about 200,000 units a year.', sector: 'manufacturing', applicationAreas: ['rnd'], budgetBand: '2m-5m', readiness: 'competent', markets: ['hong-kong', 'mainland', 'overseas'], difficulties: ['computing-resources', 'data-privacy'] }, {
    'hung-hom-silicon': [3, 'Low-power chips and boards that run models inside cameras and devices, with a camera maker case; in budget'],
    'harbour-vision-labs': [1, 'Could slim down a detection model, but the team already has one and no hardware is offered'],
  }),
  judged('b5-en-lender-flat-value', 'en', { title: 'Need flat value same day for loan applications', description: 'We r small licensed money lender in Mong Kok, mainly 2nd mortgage loans to flat owners, abt 200 applications a month. For every application we need to know how much the flat is worth first. Now we email 3 surveyor firms n wait 2-3 days to recieve the figure, by then the customer already took a loan from other company. Want a reliable price for the flat on the same day, with recent transactions in the same building or nearby so our credit committee can check it. Checking the borrower income n credit report we already do ourselves, no problem there.', sector: 'finance-insurance', applicationAreas: ['finance'], budgetBand: '100k-300k', readiness: 'aware', benefits: ['productivity', 'more-customers'] }, {
    'avm-property': [3, 'Instant valuations of Hong Kong flats with transaction data, with a mortgage broker case from 2 days to seconds; in budget'],
    'lender-credit-lite': [1, 'Built for money lenders, but scores the borrower, which they already do'],
  }),
  judged('b5-en-clinic-second-branch', 'en', { title: '2nd clinic opening, need same patient records both sides', description: 'Family doctor clinic in Sai Kung, opening 2nd clinic in Tseung Kwan O in Sept. Now patient records n appointment schdule are on 1 old pc at reception, never backed up, website made by my nephew 8 yrs ago. Need both clinics to see the same patient records n appointments, proper backup, network for the 2 sites, n a new website. Dont need any robot answering patients, our nurses handle the phone. Budget tight, abt 80k.', sector: 'healthcare', applicationAreas: ['administrative-support'], budgetBand: 'below-100k', readiness: 'unaware', difficulties: ['data-privacy'], timeline: 'within-3-months' }, {
    'health-it-trap': [3, 'Installs clinic management software, networks, backups and websites, with a GP group put on one system; in budget'],
    'wanchai-it': [1, 'Backups and network with a clinic group case, but no patient records system or website'],
  }),
];

const CHINESE: JudgedNeed[] = [
  judged('b5-zh-complaint-letters-formal', 'zh', { title: '市民投訴及來信處理需時過長', description: '本署每年接獲市民投訴及查詢信件、電郵約四萬宗，內容涉及環境衞生、噪音、違例泊車及公共設施維修等，須轉介本署十二個組別或其他部門跟進。現時由六名文書職員逐封閱讀、登記及轉介，平均需時三個工作天，其後由各組人員草擬回覆，經主任審批後發出。繁忙時期積壓嚴重，延誤轉介亦曾遭申訴專員公署批評。本署希望引入系統，協助判斷每宗來信的性質及應轉介的組別，並擬備回覆初稿供人員修改及審批，最終決定仍由人員作出。本署已設有電話熱線及網上表格，無意另設網上聊天機械人。來信涉及個人資料，所有資料必須存放於香港境內。', sector: 'public-administration', applicationAreas: ['administrative-support', 'customer-service'], budgetBand: '1m-2m', readiness: 'aware', languages: ['zh-Hant'], difficulties: ['data-privacy', 'regulation'], dataConstraints: ['data-in-hong-kong', 'personal-data'] }, {
    'gov-doc-classify': [3, 'Classifies and routes public complaints and letters and drafts replies for officers to approve, with a district office case; in budget; English-only profile, data location to be confirmed'],
    'public-data': [1, 'Serves departments, but with citizen chatbots, which are not wanted, and policy analytics'],
    'causeway-llm': [1, 'Private language models hosted in Hong Kong could draft replies, but no routing, and built from scratch'],
  }),
  judged('b5-zh-office-move-paper-files', 'zh', { title: '搬寫字樓，二百箱文件冇位擺', description: '我哋係一間做裝修工程嘅公司，喺新蒲崗有個寫字樓，月尾要搬去一個細一半嘅地方。舊寫字樓堆咗二百幾箱文件：合約、圖則、報價單、單據，由零幾年開始都有，有啲仲要留俾稅局同業主查。同事成日為咗搵一份舊報價翻成朝，搵唔到又要打俾客問，好失禮。想搵人幫手將啲紙全部掃入電腦、分好類，以後打個客名或者地址就搵得返，唔使再租貨倉擺。唔係要入數，亦唔使部電腦識答問題。', sector: 'construction', applicationAreas: ['administrative-support'], budgetBand: 'below-100k', readiness: 'unaware', languages: ['zh-Hant'] }, {
    'victoria-docs-cloud': [3, 'Scanning, filing and search across company documents, with 40 boxes scanned for a surveyor firm; in budget'],
    'rag-lite': [1, 'Finds answers in uploaded files, but does not scan paper, and answering questions is not wanted'],
    'victoria-doc': [1, 'Reads documents, but to post them to the accounts, which is not wanted, and above budget'],
  }),
  judged('b5-zh-forwarder-it-care', 'zh', { title: '寫字樓啲電腦冇人理，驚中招', description: '我哋係葵涌一間十二個人嘅貨運代理，冇請 IT，電腦壞咗都係靠一個同事嘅表弟嚟整。啲電腦舊晒，電郵成日收到啲扮船公司嘅假單，客戶資料同報關文件全部擺喺一部舊伺服器度，從來冇備份過。上個月隔籬公司中咗勒索病毒，停咗成個禮拜。有間公司嚟推銷，話幫我哋做全面人工智能轉型，但我諗住先搞掂基本嘢：想搵人按月幫手睇住啲電腦同電郵、做好備份，有嘢即刻有人覆。', sector: 'logistics', applicationAreas: ['administrative-support'], budgetBand: 'below-100k', readiness: 'unaware', languages: ['zh-Hant'] }, {
    'wanchai-it': [3, 'Managed IT on a monthly plan: computers, email, backups, firewall and a helpdesk; in budget'],
    'cybershield-ai': [2, 'Filters fake emails and watches the computers around the clock, but no backups or day-to-day PC care; in budget'],
  }),
  judged('b5-zh-paper-recycling-contamination-rambling', 'zh', { title: '紙皮入面夾雜膠袋，成櫃貨俾人退', description: '我哋喺屯門做廢紙回收，做咗二十幾年，由老豆嗰代開始。每日由街邊回收商、超市同商場收大約三百噸紙皮同舊報紙，壓實打包之後出口去越南同泰國嘅紙廠。廠入面有兩條輸送帶、三部打包機，十幾架貨車，星期日都開工。問題係啲紙入面成日夾雜膠袋、膠樽、發泡膠同鐵線，而家靠十幾個工人企喺輸送帶兩邊用手執，夏天熱到四十度，請唔到人，後生嘅做兩日就走。上個月有兩櫃貨因為雜質超標俾紙廠退返，運費同罰款蝕咗廿幾萬。想有部機喺輸送帶上面自動認出啲唔係紙嘅嘢，再將佢挑走。', sector: 'water-waste', applicationAreas: ['operations'], budgetBand: '1m-2m', readiness: 'unaware', languages: ['zh-Hant'], benefits: ['quality', 'cost-savings'] }, {
    'recycle-sort-ai': [3, 'Recognises and sorts plastics, paper and metal on conveyor belts at recycling plants; in budget'],
    'kt-robotics': [1, 'Robot arms that see and pick, but for packing in factories, not sorting waste'],
  }),
  judged('b5-zh-ngo-staff-safe-use', 'zh', { title: '同事自己上網搵工具寫嘢，驚洩露服務使用者資料', description: '我哋係一間社福機構，有三個中心，寫字樓同前線同事加埋三十幾人。最近好多同事自己上網用啲會幫手寫嘢嘅工具寫活動計劃、宣傳單張同會議紀錄，有人甚至將個案資料成段貼上去。總幹事想安排幾堂實務課程，教同事點樣安全咁用呢啲工具、邊啲資料絕對唔可以貼出去，順便幫我哋定一份內部使用指引。唔係想買任何系統，最好用廣東話教。', sector: 'social-care', applicationAreas: ['human-resources', 'other'], budgetBand: 'below-100k', readiness: 'aware', languages: ['zh-Hant'], difficulties: ['data-privacy', 'ethics'] }, {
    'sme-ai-coach': [3, 'Hands-on workshops on using these tools in daily work, in Chinese, with social care among its clients\' sectors; in budget'],
    'mid-levels-consult': [2, 'Staff workshops for organisations starting with AI; no usage guidelines or social-care work shown; in budget'],
    'zx-guwen': [1, 'Cantonese advisers for SMEs, but planning and vendor selection rather than staff training'],
  }),
  judged('b5-zh-dish-food-cost', 'zh', { title: '食材越嚟越貴，唔知邊味餸蝕緊錢', description: '我哋喺紅磡有兩間潮州打冷，餐牌有五十幾款餸。今年凍肉、海鮮同菜價升咗兩三成，但餐牌價唔敢亂咁加。月尾睇數先知賺少咗，但唔知係邊幾味餸食晒啲錢、邊味應該加價或者索性收起佢。我哋已經用緊掃碼落單同收銀機，每日賣咗咩都有紀錄，供應商單據都齊，呢啲唔使換。廚房師傅同樓面阿姐唔識英文，個系統要有中文。', sector: 'food-beverage', applicationAreas: ['finance', 'operations'], budgetBand: 'below-100k', readiness: 'unaware', languages: ['zh-Hant'], benefits: ['data-driven-decisions', 'cost-savings'] }, {
    'tst-fnb-analytics': [3, 'Shows which dishes make money, with ingredient price alerts and a restaurant group case cutting food cost; in budget'],
    'qr-order-hk': [1, 'Sales reports from an ordering system like the one they already have, but no dish costing'],
    'procure-bot': [1, 'Compares supplier quotes to buy cheaper, but does not show which dishes lose money'],
  }),
  judged('b5-zh-importer-lead-times', 'zh', { title: '由外國工廠入貨，唔係積壓就斷貨', description: '我哋係一間進口商，由歐洲同日本嘅工廠入廚具同小家電，批俾香港百幾間零售店同網店。每次落單到貨要十至十四個禮拜，仲要湊夠一個貨櫃先出得。而家全靠老闆憑經驗估，去年聖誕前熱賣嗰幾款斷咗成個月貨，但有啲型號積咗兩年仲喺倉度，壓住一大筆現金。我哋唔係開舖，唔使理分店補貨，淨係想知每款貨幾時要落單、落幾多。ERP 用咗十年，歷年訂單紀錄齊晒。', sector: 'trade-retail', applicationAreas: ['operations', 'finance'], budgetBand: '300k-500k', readiness: 'aware', languages: ['zh-Hant'], benefits: ['cost-savings', 'data-driven-decisions'] }, {
    'wholesale-forecast': [3, 'Purchase plans from order history for importers buying from overseas factories, with lead times and a frozen food importer case; in budget'],
    'spk-data': [2, 'Forecasts per product for small retailers and wholesalers, in Chinese; no lead-time planning; in budget'],
    'cyberport-forecast': [2, 'Demand forecasts and reorder suggestions, wholesalers included, but shop-oriented; in budget'],
    'global-forecast-suite': [1, 'Enterprise forecasting for supermarket and department store chains, far over budget'],
  }),
];

const MIXED: JudgedNeed[] = [
  judged('b5-mx-broadband-contract-end', 'mixed', { title: 'd 客一約滿就轉台', description: '我哋係一間細型寬頻同手機 plan 供應商，大約八萬個 subscriber。每個月約滿嘅客有三成唔 renew 就走咗去第二間，我哋 sales team 淨係識喺約滿前一個禮拜逐個 call，個個都 offer 同一個 discount，成本好貴又冇乜用。想早幾個月知邊啲客會走、應該 offer 咩俾佢先留得住。Billing system 同 call centre 紀錄都有幾年 data。SMS 同 email marketing 嘅 platform 我哋已經有，唔使再買。', sector: 'telecom-it', applicationAreas: ['marketing'], budgetBand: '1m-2m', readiness: 'ready', benefits: ['data-driven-decisions', 'cost-savings'] }, {
    'telco-churn': [3, 'Predicts which mobile and broadband subscribers will leave and the offer to make each; in budget'],
    'shek-o-crm': [1, 'Tells staff which members are about to leave, but for gyms and salons, sized small'],
    'mong-kok-growth': [1, 'Segments and personalised offers, but for shops, and sends messages they already can'],
  }),
  judged('b5-mx-jade-grading', 'mixed', { title: '玉鐲 grading 靠兩個七十歲師傅', description: '我哋喺油麻地做咗四十年玉器批發，每個月由緬甸同雲南入幾千隻玉鐲同吊墜，要按種水、顏色、裂紋分十幾個 grade 再定價。而家全靠兩個七十幾歲嘅師傅用眼睇、用電筒照，佢哋一 retire 就冇人識。我哋有過去五年三萬幾張 photo，師傅已經逐張 grade 好晒。想整個 tool，影張相就估到係邊個 grade，俾後生同事同 mainland 嘅 buyer 參考。知道市面冇現成嘢，願意同人一齊試。', sector: 'trade-retail', applicationAreas: ['operations', 'rnd'], budgetBand: '500k-1m', readiness: 'aware', markets: ['hong-kong', 'mainland'] }, {
    'harbour-vision-labs': [3, 'Custom image recognition models of any kind, built with universities; in budget'],
    'data-harbour': [1, 'Labels images, but the photos are already graded'],
  }),
  judged('b5-mx-outsourcing-hr-suite', 'mixed', { title: '六千個 staff 嘅 HR 仲用 Excel', description: '我哋係一間做清潔同保安外判嘅集團，全港有六千幾個前線員工，分散喺三百幾個屋苑、商場同政府場地，流失率好高，每個月要請三四百人。而家 HR 係一堆 Excel，每個 site 自己用紙排更，計糧要十個 clerk 做成個禮拜，成日計錯 OT 同勞工假。管理層已經批咗預算，想換一套大公司用嘅 HR system，由招聘、睇 CV、排更、計糧到 appraisal 一條龍，深圳嘅 back office 都要用到。唔想再東拼西湊幾個細 app。', sector: 'admin-support-services', applicationAreas: ['human-resources'], budgetBand: '5m-10m', readiness: 'ready', markets: ['hong-kong', 'mainland'], benefits: ['productivity', 'fewer-errors'] }, {
    'enterprise-hcm': [3, 'One suite for recruitment, CV screening, rostering, payroll and reviews for employers with 5,000+ staff; in budget'],
    'wan-chai-talent': [1, 'Volume hiring with a security guard company case, but only the hiring piece, and they want one suite'],
    'roster-ai': [1, 'Shift rosters, but for shops and care homes, and only one piece'],
  }),
  judged('b5-mx-insurer-models-unattended', 'mixed', { title: '十幾個 model 冇人睇住', description: '我哋係一間本地保險公司，有個五人 data team，過去兩年整咗十幾個 model：核保定價、續保預測、理賠估算。問題係啲 model 全部喺個別同事自己部電腦度 run，每個月人手 export 結果俾業務部；上個月一個同事辭職，佢嗰兩個 model 冇人識再 run。去年仲試過一個 model 啲數越嚟越唔準，三個月後先發現。想有個地方將啲 model 集中擺好、自動定時 run，啲數走樣就即刻 alert 我哋。唔使人幫我哋 build model，亦唔係缺機器。客戶資料唔可以出香港。', sector: 'finance-insurance', applicationAreas: ['rnd', 'operations'], budgetBand: '500k-1m', readiness: 'competent', difficulties: ['experiment-to-production'], dataConstraints: ['data-in-hong-kong', 'personal-data'] }, {
    'science-park-ml': [3, 'Platform to deploy, schedule and watch your own models, with an insurer\'s pricing models case where drift was caught within a day; in budget; where it runs to be confirmed'],
    'kowloon-data-lake': [1, 'Pipelines that move data on schedule, but no running or watching of models'],
    'tko-gpu': [1, 'Hosting in a Hong Kong data centre, but computing power is not the problem'],
  }),
  judged('b5-mx-tcsp-client-screening', 'mixed', { title: '公司註冊處 inspect 完話我哋 client check 唔夠', description: '我哋係一間 company secretary firm，幫三百幾間 BVI 同香港公司做秘書服務同 registered address，有 TCSP 牌。上個月公司註冊處嚟 inspect，話我哋對 client 同佢哋啲 director、shareholder 嘅背景 check 做得唔夠，又冇 record 低點樣 check。而家係同事逐個名 Google 同睇新聞，好多 mainland 名根本唔識查。想每個新 client、同舊 client 每年 review 嘅時候，都自動 check 吓有冇上制裁名單、有冇負面新聞，全部有 record 俾 CR 睇。', sector: 'professional-services', applicationAreas: ['legal', 'administrative-support'], budgetBand: '100k-300k', readiness: 'aware', markets: ['hong-kong', 'mainland'], difficulties: ['regulation'] }, {
    'exchange-regtech': [3, 'Identity, sanctions and adverse news screening with records for the regulator; built for brokers and lenders, but the same checks; in budget'],
    'victoria-doc': [1, 'Reads identity and KYC forms in English and Chinese, but screens no names'],
    'central-risk': [1, 'Anti-money-laundering monitoring, but for banks and far over budget'],
  }),
  judged('b5-mx-hotel-esg-report', 'mixed', { title: '每年出 ESG report 追 data 追足三個月', description: '我哋係一間上市酒店集團，香港同澳門有四間酒店。每年要跟聯交所要求出 ESG report，今年開始仲要披露多好多氣候同碳排放嘅數。而家係 finance 同工程部逐間酒店追電費單、煤氣單、水費單、廢物量、員工 training 時數，抄入 Excel，再自己計碳排放、自己寫 report，成個過程要三個月，auditor 同顧問仲成日話啲數前後唔夾。想有個 system 收齊啲 data、計好排放、出到 report 初稿。唔使幫我哋慳電，個 building management system 啱啱先換咗。', sector: 'hospitality-tourism', applicationAreas: ['corporate-communications', 'administrative-support'], budgetBand: '300k-500k', readiness: 'aware', markets: ['hong-kong'], difficulties: ['regulation', 'data-quality'] }, {
    'esg-report-ai': [3, 'Collects ESG data, does carbon accounting and drafts HKEX ESG disclosures for listed companies; in budget'],
    'kowloon-data-lake': [1, 'Pipelines could gather the data, but no carbon accounting or report'],
  }),
  judged('b5-mx-resident-messages-onshore', 'mixed', { title: 'Client 話 d 住戶 message 唔可以 send 出香港', description: '我哋係一間十幾人嘅 software house，幫物業管理公司整住戶 app。個 app 有個 function 幫管理處職員 draft 回覆住戶嘅 message，而家背後 call 緊一間美國公司嘅 service。上個月兩個大客嘅 legal 話住戶 message 有個人資料，唔可以再 send 去香港以外，限我哋三個月內改好。我哋 developer 識寫 code，只係想搵一個喺香港 host、用法差唔多、按用量收錢嘅 service 俾我哋直接 call，唔使人幫我哋由頭整過成個 system。', sector: 'telecom-it', applicationAreas: ['rnd', 'customer-service'], budgetBand: '100k-300k', readiness: 'competent', timeline: 'within-3-months', difficulties: ['regulation', 'data-privacy'], dataConstraints: ['data-in-hong-kong', 'no-overseas-ai-apis', 'personal-data'] }, {
    'neural-harbour-cloud': [3, 'Hosted open language models behind an API developers call directly, paid by use; in budget; Hong Kong hosting to be confirmed'],
    'tko-gpu': [2, 'GPU cloud in a Hong Kong data centre with data kept in Hong Kong, but they would have to host the model themselves; budget overlaps'],
    'st-suanli': [2, 'Hong Kong GPU rental with data kept onshore and technical support, but they would host the model themselves; Chinese-only profile'],
    'causeway-llm': [1, 'Private language models hosted in Hong Kong, but builds whole systems and above budget'],
  }),
];

export const FIFTH_BLIND_NEEDS: JudgedNeed[] = [...ENGLISH, ...CHINESE, ...MIXED];
