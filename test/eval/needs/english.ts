// New English needs, written the way SME owners describe a problem: often without the supplier's words
// ("running out of popular items" for demand forecasting, "where is my parcel" for order tracking), with the
// keyword-best supplier sometimes far over budget, and in sectors where a trap supplier has case studies.
import { judged, type JudgedNeed } from './judged';

export const ENGLISH: JudgedNeed[] = [
  judged('dim-sum-whatsapp', 'en', { title: 'Reply to WhatsApp messages at our dim sum restaurant', description: 'Our dim sum restaurant gets WhatsApp messages all day asking about table bookings, set menus and whether we have vegetarian dishes. We would like a bot that replies in Cantonese so the floor staff can focus on guests.', sector: 'food-beverage', applicationAreas: ['customer-service'], budgetBand: 'below-100k', readiness: 'aware', languages: ['zh-Hant'] }, {
    'lamma-semantic': [3, 'Cantonese WhatsApp bots for restaurants covering bookings and menu questions; starts within budget'],
    'ssp-yuyin': [3, 'Cheap Cantonese WhatsApp bot for restaurants and small shops; Chinese-only profile'],
    'lion-rock-chat': [2, 'Cantonese WhatsApp chatbots, but no restaurant work and starts near the top of the budget'],
    'yau-tsim-queue': [1, 'Handles table bookings and queues, but no chatbot'],
    'lamma-chat-studio': [1, 'Cheap chat widget, but English website FAQs, not WhatsApp in Cantonese'],
    'salon-suite': [1, 'Cantonese WhatsApp booking bot, but built for beauty salons'],
    'phone-order-bot': [1, 'Cantonese restaurant bot, but on the phone and for orders'],
  }),
  judged('hardware-reorder', 'en', { title: 'Stop running out of popular items', description: 'We own six hardware stores. Popular items keep selling out while other shelves gather dust. We want to know how much of each item to reorder for each shop every week.', sector: 'trade-retail', applicationAreas: ['operations'], budgetBand: '100k-300k', readiness: 'aware' }, {
    'cyberport-forecast': [3, 'Reorder suggestions per product and branch for chain stores; in budget'],
    'spk-data': [3, 'Chinese-only: per-SKU, per-branch forecasts and reorder advice for small retailers; in budget'],
    'wholesale-forecast': [2, 'Forecasts and purchase plans, but built for importers; budget stretches'],
    'global-forecast-suite': [1, 'SKU replenishment, but an enterprise suite at HK$4m+'],
    'causeway-retail-vision': [1, 'Alerts on empty shelves; does not say how much to order'],
    'stock-ledger-lite': [1, 'Keeps stock records but says it does not forecast or suggest purchases'],
    'mega-retail-ai': [1, 'Replenishment for 50+ outlet chains, far over budget'],
  }),
  judged('physio-booking', 'en', { title: 'Let patients book physio sessions themselves', description: 'Patients phone our physiotherapy clinic to book and reschedule, and our two receptionists are swamped. We want patients to book online and get reminders on WhatsApp.', sector: 'healthcare', applicationAreas: ['customer-service'], budgetBand: '100k-300k', readiness: 'aware' }, {
    'happy-valley-health': [3, 'WhatsApp booking and reminders for clinics with a physiotherapy case; in budget'],
    'ssp-yuyin': [2, 'Chinese-only WhatsApp bot with a clinic booking case; simple'],
    'jordan-beauty-booking': [1, 'Online booking with WhatsApp reminders, but for beauty salons'],
    'tcm-zhineng': [1, 'Patient appointments inside a Chinese medicine clinic system'],
    'salon-suite': [1, 'Booking with WhatsApp reminders, but for beauty salons'],
  }),
  judged('moulding-breakdowns', 'en', { title: 'Know before a machine breaks down', description: 'Our injection moulding machines break down without warning and we lose whole shifts. Can sensors tell us before a machine fails so we can fix it during the weekend?', sector: 'manufacturing', applicationAreas: ['operations'], budgetBand: '300k-500k', readiness: 'aware' }, {
    'kc-zhizao': [3, 'Chinese-only: predictive maintenance for injection moulding machines with sensors; in budget'],
    'yuen-long-machine': [3, 'Vibration sensors on factory machines that warn of failures weeks ahead; budget overlaps'],
    'lantau-energy': [1, 'Predictive maintenance, but of chillers and lifts in buildings'],
    'cold-chain-iot': [1, 'Predicts compressor failures, but only in fridges and cold rooms'],
  }),
  judged('bank-reconciliation', 'en', { title: 'Month-end takes our bookkeeper a week', description: 'We are a 15-person trading firm. Our bookkeeper spends the first week of every month matching bank statements with receipts and chasing missing ones. Is there software that does this?', sector: 'trade-retail', applicationAreas: ['finance'], budgetBand: 'below-100k', readiness: 'unaware' }, {
    'sheung-wan-books': [3, 'Bank feeds, receipt capture and reconciliation for small companies; in budget'],
    'sw-kuaiji': [3, 'Chinese-only: receipts entered and reconciled automatically for SMEs; in budget'],
    'north-point-rpa': [1, 'Back-office automation could script it; above budget'],
    'victoria-doc': [1, 'Reads receipts, but priced for larger firms'],
  }),
  judged('hotel-guest-reviews', 'en', { title: 'What are our guests unhappy about?', description: 'Guests leave reviews on TripAdvisor and Google and we never have time to read them all. We want to know what annoys guests most each month.', sector: 'hospitality-tourism', applicationAreas: ['customer-service', 'marketing'], budgetBand: 'below-100k', readiness: 'aware' }, {
    'review-insights': [3, 'Reads TripAdvisor and Google reviews for hotels and finds complaint themes; in budget'],
    'soho-listening': [2, 'Sentiment on social media, not review sites; above budget'],
  }),
  judged('guesthouse-rates', 'en', { title: 'Set nightly rates automatically', description: 'We run a 25-room guesthouse in Mong Kok and change prices by gut feeling. We want nightly rates set automatically from demand, like the revenue management systems of the big hotel chains.', sector: 'hospitality-tourism', applicationAreas: ['marketing'], budgetBand: '100k-300k', readiness: 'aware' }, {
    'repulse-bay-hotels': [3, 'Dynamic pricing for boutique hotels and guesthouses; in budget'],
    'ideas-revenue-suite': [1, 'Revenue management for hotel chains, far over budget'],
    'price-pilot': [1, 'Dynamic pricing, but for webshop products'],
  }),
  judged('press-scheduling', 'en', { title: 'Rush jobs wreck our print schedule', description: 'We are a printing company with 12 presses. Rush jobs arrive every day and our planner rebuilds the schedule by hand in Excel.', sector: 'manufacturing', applicationAreas: ['operations'], budgetBand: '100k-300k', readiness: 'aware' }, {
    'tuen-mun-planner': [3, 'Production scheduling that re-plans for rush orders in small factories; budget overlaps'],
    'mid-levels-consult': [1, 'Generalist proof of concept for SMEs; no scheduling product'],
  }),
  judged('ngo-meeting-minutes', 'en', { title: 'Writing minutes takes days', description: 'Our NGO\'s committee meetings are in Cantonese with English terms mixed in, and our officer spends days writing the minutes afterwards.', sector: 'social-care', applicationAreas: ['administrative-support'], budgetBand: 'below-100k', readiness: 'unaware' }, {
    'minutes-ai': [3, 'Mixed Cantonese-English meeting transcription and minutes with an NGO case; in budget'],
    'ngo-case-ai': [1, 'Drafts social workers\' case notes from voice memos, not meetings'],
    'clinic-notes-ai': [1, 'Cantonese-English transcription, but for doctors\' consultations'],
    'subtitle-ai': [1, 'Cantonese transcription into captions; no minutes'],
    'shatin-speech': [1, 'Speech recognition API to build on'],
  }),
  judged('gym-cancellations', 'en', { title: 'Members quietly stop coming', description: 'Members of our three gyms stop coming and then cancel. We would like early warnings and the right offer to keep them.', sector: 'other', applicationAreas: ['marketing'], budgetBand: 'below-100k', readiness: 'aware' }, {
    'shek-o-crm': [3, 'Churn prediction for gyms with a fitness chain case; in budget'],
    'mong-kok-growth': [1, 'Segments and offers for shops, no churn warning'],
    'telco-churn': [1, 'Churn prediction, but for telecom operators and far over budget'],
  }),
  judged('retail-ai-start', 'en', { title: 'Where do we start with AI?', description: 'We keep hearing about AI and LLMs and want to use them in our two gift shops to improve customer experience, but we do not know where to start. Our budget is small.', sector: 'trade-retail', applicationAreas: ['other'], budgetBand: 'below-100k', readiness: 'unaware' }, {
    'sme-ai-coach': [3, 'Hands-on AI workshops and tool selection for small shop owners; cheap'],
    'mid-levels-consult': [3, 'AI strategy and quick proofs of concept for SMEs starting out; in budget'],
    'zx-guwen': [2, 'Chinese-only SME transformation consultant including AI planning'],
    'admiralty-advisory': [1, 'AI roadmaps, but for large enterprises at HK$1.5m+'],
  }),
  judged('cold-store-count', 'en', { title: 'Stocktake on high racks takes three days', description: 'Counting pallets on 10-metre racks in our cold store takes three days every quarter, and the forklifts block the aisles while we count.', sector: 'logistics', applicationAreas: ['operations'], budgetBand: '500k-1m', readiness: 'ready' }, {
    'kwai-tsing-drones': [3, 'Indoor drones counting pallets on high racks with a cold store case; in budget'],
    'tm-wuliu': [1, 'Chinese-only warehouse system with stock counts, but no drones for high racks'],
  }),
  judged('fitout-tenders', 'en', { title: 'Tender submissions take a week each', description: 'Our fit-out company writes three or four tender submissions a month, and each takes a week of copying from old bids.', sector: 'construction', applicationAreas: ['administrative-support'], budgetBand: 'below-100k', readiness: 'aware' }, {
    'tender-writer': [3, 'Drafts tenders from past bids with a fit-out contractor case; in budget'],
    'copy-harbour': [1, 'Generative writing, but marketing copy'],
    'rag-lite': [1, 'Finds answers in old documents; does not draft bids'],
  }),
  judged('dse-maths-practice', 'en', { title: 'Maths practice at home with hints', description: 'Our tutoring centre wants students to practise DSE maths at home, get hints when they are stuck, and send progress reports to parents.', sector: 'education', applicationAreas: ['other'], budgetBand: 'below-100k', readiness: 'aware' }, {
    'dse-tutor-ai': [3, 'DSE maths tutor with hints and progress reports for tutoring centres; in budget'],
    'kowloon-learning': [1, 'Adaptive learning, but for language lessons'],
  }),
  judged('where-is-my-parcel', 'en', { title: '"Where is my parcel?" messages', description: 'Half of the messages our online toy shop receives are customers asking where their parcel is. We want those answered without staff.', sector: 'trade-retail', applicationAreas: ['customer-service'], budgetBand: 'below-100k', readiness: 'aware' }, {
    'kennedy-commerce-bot': [3, 'Order-tracking bot for webshops with a where-is-my-order case; in budget'],
    'kt-zhineng-kefu': [2, 'Chinese-only e-commerce bot answering delivery and order questions'],
    'lion-rock-chat': [2, 'Customer-service chatbots for retail; no order tracking named; starts near the top of the budget'],
    'ssp-yuyin': [1, 'Auto-replies to common questions, not order status'],
    'lamma-chat-studio': [1, 'FAQ widget; cannot look up orders'],
    'web-faq-english': [1, 'FAQ bot; says it cannot look up orders'],
  }),
  judged('guard-rosters', 'en', { title: 'Monthly rosters for 400 guards', description: 'We employ 400 security guards across 60 buildings. Building the monthly shift roster takes two supervisors a full week, and we must respect rest days and labour rules.', sector: 'admin-support-services', applicationAreas: ['human-resources'], budgetBand: '100k-300k', readiness: 'aware' }, {
    'roster-ai': [3, 'Builds shift rosters under labour rules; other sectors but the same problem; in budget'],
    'tuen-mun-planner': [1, 'Schedules factory shifts and machines, not staff rosters'],
    'enterprise-hcm': [1, 'Rostering inside an enterprise HR suite far over budget'],
  }),
  judged('insurance-hotline', 'en', { title: 'Our hotline is overwhelmed', description: 'Our insurance hotline gets 3,000 calls a day and most callers ask about policy status. We want callers served automatically in Cantonese.', sector: 'finance-insurance', applicationAreas: ['customer-service'], budgetBand: '1m-2m', readiness: 'ready' }, {
    'tai-koo-voice': [3, 'Cantonese voicebots replacing hotline menus with a financial hotline case; in budget'],
    'insure-chat-hk': [2, 'Policy look-up and claim status for insurers, but chat rather than voice'],
    'lion-rock-chat': [2, 'Cantonese bots on phone lines with an insurance broker case'],
    'omni-contact-suite': [1, 'Voicebot inside an enterprise contact-centre suite over budget'],
    'shatin-speech': [1, 'Cantonese speech API to build a voicebot on'],
    'bank-genai-suite': [1, 'Cantonese chatbots for insurers, but chat not voice and over budget'],
  }),
  judged('marketplace-undercut', 'en', { title: 'Competitors undercut us every day', description: 'We sell phone accessories on HKTVmall and competitors undercut our prices every day. We want prices adjusted automatically without losing money.', sector: 'trade-retail', applicationAreas: ['marketing'], budgetBand: 'below-100k', readiness: 'aware' }, {
    'price-pilot': [3, 'Competitor price monitoring on HKTVmall and margin-safe repricing; in budget'],
    'global-forecast-suite': [1, 'Markdown optimisation for chains, far over budget'],
    'mega-retail-ai': [1, 'Dynamic pricing for department store chains, far over budget'],
  }),
  judged('freight-rate-quotes', 'en', { title: 'Typing freight quotes by hand', description: 'Customers email us asking for air freight rates all day. Our sales team looks up carrier rate sheets and types every quote by hand.', sector: 'logistics', applicationAreas: ['marketing'], budgetBand: '100k-300k', readiness: 'aware' }, {
    'freight-quote-ai': [3, 'Reads quote requests and prices them from rate sheets for forwarders; in budget'],
    'trade-email-assistant': [2, 'Drafts replies to buyer enquiries from price lists; for traders'],
    'north-point-rpa': [1, 'Email workflows could be automated; not quoting'],
  }),
  judged('bottle-sorting', 'en', { title: 'Sort plastic bottles automatically', description: 'Our recycling plant sorts plastic bottles by hand on the conveyor. We want machines that tell PET from HDPE and push them into the right bins.', sector: 'water-waste', applicationAreas: ['operations'], budgetBand: '1m-2m', readiness: 'ready' }, {
    'recycle-sort-ai': [3, 'Vision sorting of plastics on conveyors for recycling plants; in budget'],
    'kt-robotics': [1, 'Vision-guided pick-and-place robots, not sorting lines'],
    'harbour-vision-labs': [1, 'Could build a custom recognition model'],
  }),
  judged('agency-time-wasters', 'en', { title: 'Agents waste time on casual enquiries', description: 'Our estate agency gets hundreds of WhatsApp enquiries from listings, and agents waste hours on people who are not serious buyers or tenants.', sector: 'real-estate', applicationAreas: ['marketing'], budgetBand: 'below-100k', readiness: 'aware' }, {
    'tin-hau-leads': [3, 'WhatsApp lead qualification for estate agencies; starts within budget'],
    'lion-rock-chat': [1, 'General WhatsApp chatbots; no lead qualification; starts near the top of the budget'],
    'ssp-yuyin': [1, 'Cheap WhatsApp auto-replies; does not qualify leads'],
  }),
  judged('viral-complaint', 'en', { title: 'Hear about complaints before they go viral', description: 'Last year a complaint about our restaurant went viral on LIHKG before we noticed. We want to know when people talk about our brand online.', sector: 'food-beverage', applicationAreas: ['corporate-communications'], budgetBand: '100k-300k', readiness: 'aware' }, {
    'soho-listening': [3, 'Cantonese social listening on LIHKG with a restaurant crisis case; in budget'],
    'review-insights': [2, 'Review-site complaints for restaurants, not social media'],
  }),
];
