// The first judged set's 24 needs, kept word for word and re-judged against the whole fixture market with a
// rationale for every grade (their old grades had none and were written for a 30-supplier market).
import { judged, type JudgedNeed } from './judged';

export const FIRST_SET: JudgedNeed[] = [
  judged('garment-defects', 'en', { title: 'Catch fabric defects on our garment line', description: 'Our Kwun Tong garment factory inspects fabric by eye and misses weaving faults. We want cameras to spot defects automatically.', sector: 'manufacturing', applicationAreas: ['operations'], budgetBand: '300k-500k', readiness: 'aware' }, {
    'harbour-vision': [3, 'Camera defect detection for garment factories with a knitwear fabric case; in budget'],
    'global-vision': [1, 'Fabric inspection lines, exactly the capability, but HK$3m+ is far over budget'],
    'harbour-vision-labs': [1, 'Could build a custom vision model, but a research lab with no factory work'],
    'fo-tan-food-vision': [1, 'Production-line vision inspection, but for food packaging not fabric'],
    'kt-robotics': [1, 'Machine vision on robots for packing, not inspection; over budget'],
  }),
  judged('retail-chatbot-zh', 'zh', { title: '零售店客戶查詢聊天機械人', description: '我們的零售店想用聊天機械人以廣東話回答客戶在WhatsApp上的查詢，例如存貨及營業時間。', sector: 'trade-retail', applicationAreas: ['customer-service'], budgetBand: '100k-300k', readiness: 'aware', languages: ['zh-Hant'] }, {
    'lion-rock-chat': [3, 'Cantonese WhatsApp chatbots with a retail chain case; in budget'],
    'ssp-yuyin': [3, 'Cantonese WhatsApp bots for small shops answering hours and prices; cheap, Chinese profile'],
    'kennedy-commerce-bot': [2, 'Shop assistant on WhatsApp answering product questions; built for online shops'],
    'kt-zhineng-kefu': [2, 'Chinese customer-service bot for retail, but web chat rather than WhatsApp'],
    'lamma-semantic': [1, 'Cantonese WhatsApp bots, but for restaurants'],
    'omni-contact-suite': [1, 'Has a chatbot, but an enterprise contact-centre suite far over budget'],
    'salon-suite': [1, 'Cantonese WhatsApp bot, but for beauty salons'],
    'mega-retail-ai': [1, 'Has a WhatsApp chatbot, but a retail suite far over budget'],
  }),
  judged('invoice-processing', 'en', { title: 'Stop typing supplier invoices by hand', description: 'Our accounting firm keys in hundreds of invoices and receipts each month. We want them read automatically and posted to our accounting system.', sector: 'professional-services', applicationAreas: ['finance', 'administrative-support'], budgetBand: '100k-300k', readiness: 'aware' }, {
    'victoria-doc': [3, 'Reads invoices and receipts and posts them to accounting systems; accounting-firm case; budget overlaps'],
    'north-point-rpa': [3, 'RPA for invoice processing in professional services; in budget'],
    'sheung-wan-books': [2, 'Receipt capture into Xero for small firms; fits, but aimed at a company\'s own books'],
    'sw-kuaiji': [2, 'Chinese-only bookkeeping firm that reads receipts automatically; small scale'],
    'ap-automation': [1, 'Invoice capture and matching, but for SAP/Oracle at HK$500k+'],
    'receipt-ocr-api': [1, 'OCR API for invoices; the firm would have to build the rest'],
  }),
  judged('xray-triage', 'en', { title: 'Triage chest X-rays at our clinics', description: 'A group of clinics wants AI to flag urgent chest X-rays so radiologists read them first.', sector: 'healthcare', applicationAreas: ['operations'], budgetBand: '1m-2m', readiness: 'ready' }, {
    'pfl-imaging': [3, 'Chest X-ray triage for clinics and hospitals; in budget'],
    'dental-vision': [1, 'X-ray analysis, but dental only'],
    'harbour-vision-labs': [1, 'Could build a custom imaging model; no medical work'],
    'data-harbour': [1, 'Labels medical images for a model someone else builds'],
  }),
  judged('restaurant-waste', 'en', { title: 'Cut food waste in our restaurants', description: 'We run three restaurants and throw away too much food. We want to forecast how many dishes to prepare and track waste.', sector: 'food-beverage', applicationAreas: ['operations'], budgetBand: 'below-100k', readiness: 'unaware' }, {
    'kitchen-ai': [3, 'Food waste tracking and dish demand forecasting for restaurants; starts within budget'],
    'tst-fnb-analytics': [2, 'Kitchen prep forecasts and food cost for restaurants; no waste tracking'],
    'cyberport-forecast': [1, 'Prep forecasting with a bakery case, but starts at the top of the budget'],
    'global-forecast-suite': [1, 'Forecasting, but an enterprise suite at HK$4m+'],
    'waste-scale': [2, 'Chinese-only: weighs kitchen waste by dish and suggests prep portions; no forecasting; in budget'],
  }),
  judged('delivery-routes', 'en', { title: 'Plan delivery routes for our vans', description: 'Our logistics company plans routes for 40 delivery vans on spreadsheets. We want route optimisation and fleet tracking.', sector: 'logistics', applicationAreas: ['operations'], budgetBand: '500k-1m', readiness: 'aware' }, {
    'tsuen-wan-routes': [3, 'Van route optimisation and fleet tracking with a 40-van courier case; in budget'],
    'tsing-yi-fleet-safety': [1, 'Fleet dashcams for driver safety, not routing'],
    'tm-wuliu': [1, 'Picking routes inside a warehouse, not delivery routes'],
    'aberdeen-port': [1, 'Logistics scheduling, but for ports and terminals'],
  }),
  judged('bank-fraud', 'en', { title: 'Detect card fraud in real time', description: 'A virtual bank wants fraud detection models on card transactions and anti-money-laundering monitoring, built with our data science team.', sector: 'finance-insurance', applicationAreas: ['operations', 'finance'], budgetBand: '2m-5m', readiness: 'competent' }, {
    'central-risk': [3, 'Real-time card fraud and AML monitoring with a virtual bank case; in budget'],
    'exchange-regtech': [1, 'AML screening at onboarding, not transaction monitoring'],
    'quarry-bay-claims': [1, 'Fraud flags, but on insurance claims'],
    'science-park-ml': [1, 'MLOps platform the bank\'s data scientists could build on'],
  }),
  judged('gpu-training', 'en', { title: 'GPU capacity to train our own models', description: 'We train our own deep learning models and need GPU computing power with data kept in Hong Kong.', sector: 'telecom-it', applicationAreas: ['rnd'], budgetBand: '1m-2m', readiness: 'competent' }, {
    'tko-gpu': [3, 'GPU cloud for training in a Hong Kong data centre; in budget'],
    'st-suanli': [3, 'Chinese-only GPU rental in Hong Kong for model training, data stays local'],
    'hyperscale-ai': [2, 'Sells GPU servers to run in-house; capacity but not a service'],
    'neural-harbour-cloud': [2, 'GPU platform, but for inference and hosting rather than training'],
    'science-park-ml': [1, 'Training platform software; GPUs not its offer'],
  }),
  judged('site-safety-zh', 'zh', { title: '地盤安全監察', description: '建築公司希望用電腦視覺偵測地盤上未戴安全帽的工人，並即時通知安全主任。', sector: 'construction', applicationAreas: ['operations'], budgetBand: '300k-500k', readiness: 'aware', languages: ['zh-Hant'] }, {
    'kai-tak-safety': [3, 'Helmet and harness detection on sites with real-time alerts; in budget'],
    'tst-security': [1, 'Video analytics and alerts, but for building intrusion, not PPE'],
    'harbour-vision-labs': [1, 'Could build a detector; no construction work'],
  }),
  judged('elderly-falls', 'en', { title: 'Detect falls in our care home at night', description: 'Our elderly care home has few night staff. We want to detect falls quickly without cameras in bedrooms.', sector: 'social-care', applicationAreas: ['operations'], budgetBand: '100k-300k', readiness: 'unaware' }, {
    'sai-kung-care': [3, 'Night fall detection in care homes with radar, no cameras; in budget'],
    'sai-kung-care-cam': [1, 'Fall detection, but with cameras, which the home rules out'],
  }),
  judged('hotel-pricing', 'en', { title: 'Smarter room prices and a guest chatbot', description: 'Our boutique hotel sets room prices by hand and answers guest questions by email. We want dynamic pricing and a chatbot for guests.', sector: 'hospitality-tourism', applicationAreas: ['marketing', 'customer-service'], budgetBand: '100k-300k', readiness: 'aware' }, {
    'repulse-bay-hotels': [3, 'Dynamic room pricing and a guest chatbot for boutique hotels; in budget'],
    'lion-rock-chat': [2, 'Guest enquiry chatbot with a hotel case; no pricing'],
    'ideas-revenue-suite': [1, 'Hotel dynamic pricing, but an enterprise chain system far over budget'],
    'itinerary-ai': [1, 'Travel chatbot for agencies, not hotels'],
  }),
  judged('contract-review', 'en', { title: 'Review contracts faster', description: 'Our law firm wants to review tenancy and supply contracts faster, flagging unusual clauses in English and Chinese contracts.', sector: 'professional-services', applicationAreas: ['legal'], budgetBand: '300k-500k', readiness: 'ready' }, {
    'admiralty-legal': [3, 'Bilingual contract review with a tenancy case for a law firm; in budget'],
    'pedder-legal-genai': [1, 'Contract review, but enterprise legal AI at HK$2.5m+'],
    'causeway-llm': [1, 'Private LLMs over documents could be shaped to clause review; not a legal product'],
    'rag-lite': [1, 'Answers questions over uploaded documents; does not flag clauses'],
  }),
  judged('school-essays', 'en', { title: 'Mark Chinese essays and practise speaking', description: 'A secondary school wants automatic essay marking for Chinese lessons and Cantonese speaking practice with feedback.', sector: 'education', applicationAreas: ['rnd', 'other'], budgetBand: '100k-300k', readiness: 'aware' }, {
    'kowloon-learning': [3, 'Chinese essay marking with a secondary school case; in budget'],
    'shatin-speech': [2, 'Cantonese speaking scoring for a school app; no essay marking'],
    'speak-up-english': [1, 'Speaking practice with feedback, but English only'],
  }),
  judged('building-energy', 'en', { title: 'Lower the energy bill of our office towers', description: 'We manage office buildings and want to optimise chiller energy use and predict lift and chiller breakdowns.', sector: 'real-estate', applicationAreas: ['operations'], budgetBand: '500k-1m', readiness: 'aware' }, {
    'lantau-energy': [3, 'Chiller optimisation and lift fault prediction with office tower cases; in budget'],
    'yuen-long-machine': [1, 'Predictive maintenance on pumps and motors, not buildings'],
    'wyman-energy-lite': [1, 'Energy meters for small shops; too small for towers'],
  }),
  judged('cv-screening', 'en', { title: 'Screen job applications', description: 'Our cleaning and security services company receives hundreds of CVs a month and wants help screening them and scheduling interviews.', sector: 'admin-support-services', applicationAreas: ['human-resources'], budgetBand: 'below-100k', readiness: 'unaware' }, {
    'wan-chai-talent': [3, 'CV screening and interview scheduling with a security guard hiring case; starts within budget'],
    'hr-zhaopin': [2, 'Chinese-only CV screening and WhatsApp interviews for volume hiring; retail and catering focus'],
    'roster-ai': [1, 'Staff scheduling, not recruitment'],
    'enterprise-hcm': [1, 'CV screening inside an enterprise HR suite far over budget'],
  }),
  judged('retail-personalisation', 'en', { title: 'Personalised offers for our shop customers', description: 'A cosmetics retailer wants product recommendations and customer segmentation for marketing campaigns.', sector: 'trade-retail', applicationAreas: ['marketing'], budgetBand: '100k-300k', readiness: 'aware' }, {
    'mong-kok-growth': [3, 'Recommendations, segmentation and personalised offers with a cosmetics case; in budget'],
    'ecom-recs': [2, 'Product recommendations for webshops; no segmentation'],
    'shek-o-crm': [1, 'Member retention campaigns; partly segmentation'],
    'causeway-pos-analytics': [1, 'Basket analysis for promotions; reports, not recommendations'],
    'mega-retail-ai': [1, 'Product recommendations inside a retail suite far over budget'],
  }),
  judged('citizen-enquiries', 'en', { title: 'Answer public enquiries around the clock', description: 'A public body wants a bilingual chatbot that answers citizen enquiries from its published guidance and open data.', sector: 'public-administration', applicationAreas: ['customer-service'], budgetBand: '2m-5m', readiness: 'ready', languages: ['en', 'zh-Hant'] }, {
    'public-data': [3, 'Citizen enquiry chatbots over open data for government; in budget'],
    'causeway-llm': [2, 'Knowledge-base assistants over published documents; not public-sector'],
    'gov-doc-classify': [2, 'Public-body enquiry handling, but routing and reply drafting rather than a chatbot'],
    'lion-rock-chat': [1, 'Bilingual chatbots, but for commercial customer service'],
    'tai-koo-voice': [1, 'Voicebot for public-administration hotlines, not chat'],
  }),
  judged('water-leaks', 'en', { title: 'Find leaks in our pipe network', description: 'A water operator wants to detect leaks early from pressure sensors and predict water quality problems.', sector: 'water-waste', applicationAreas: ['operations'], budgetBand: '1m-2m', readiness: 'ready' }, {
    'tai-po-water': [3, 'Leak detection and water quality prediction from pipe sensors; in budget'],
    'yuen-long-machine': [1, 'Sensor monitoring of pumps; not pipe networks'],
  }),
  judged('llm-knowledge-zh', 'zh', { title: '內部知識庫問答系統', description: '我們想用大型語言模型建立內部知識庫問答系統，讓員工查詢公司政策及產品資料，數據須留在香港。', sector: 'finance-insurance', applicationAreas: ['rnd', 'customer-service'], budgetBand: '500k-1m', readiness: 'ready', languages: ['zh-Hant'] }, {
    'causeway-llm': [3, 'Private LLM knowledge base hosted in Hong Kong with an insurer staff-policy case; in budget'],
    'rag-lite': [2, 'Document Q&A for staff, but self-service SaaS with no stated data residency'],
    'neural-harbour-cloud': [1, 'LLM API and vector database to build it yourself'],
    'bank-genai-suite': [1, 'Staff document Q&A deployed on-premises for banks, but over budget'],
  }),
  judged('network-anomalies', 'en', { title: 'Spot network faults before customers do', description: 'A telecom operator wants anomaly detection on network monitoring data to predict outages.', sector: 'telecom-it', applicationAreas: ['operations'], budgetBand: '1m-2m', readiness: 'ready' }, {
    'kwai-chung-network': [3, 'Network anomaly detection and outage prediction for operators; in budget'],
    'cybershield-ai': [1, 'Anomaly detection for security, not network faults'],
    'science-park-ml': [1, 'Platform to build their own models'],
  }),
  judged('order-entry-rpa', 'en', { title: 'Automate order entry', description: 'Our trading company retypes purchase orders from email into our ERP. We want robotic process automation for order entry.', sector: 'trade-retail', applicationAreas: ['administrative-support'], budgetBand: '100k-300k', readiness: 'aware' }, {
    'north-point-rpa': [3, 'RPA for order entry with a trading company case; in budget'],
    'victoria-doc': [2, 'Document AI could read the orders; posting to ERP is adjacent'],
    'receipt-ocr-api': [1, 'Parsing API the firm would have to wire up'],
  }),
  judged('museum-visitors', 'en', { title: 'Understand our museum visitors', description: 'A museum wants visitor analytics for its galleries and generative design for exhibition marketing.', sector: 'arts-culture', applicationAreas: ['marketing'], budgetBand: '100k-300k', readiness: 'aware' }, {
    'west-kowloon-creative': [3, 'Visitor analytics and generative design for museums and galleries; in budget'],
    'ticket-demand': [2, 'Audience analytics for exhibitions; no design'],
    'causeway-retail-vision': [1, 'Footfall counting, built for shops and malls'],
    'video-gen-studio': [1, 'Generated marketing videos; no visitor analytics'],
    'sensor-footfall': [1, 'Visitor counting, built for shops and malls'],
  }),
  judged('insurance-claims', 'en', { title: 'Speed up insurance claims', description: 'An insurer wants claim forms read automatically and suspicious claims flagged for review.', sector: 'finance-insurance', applicationAreas: ['operations'], budgetBand: '500k-1m', readiness: 'ready' }, {
    'quarry-bay-claims': [3, 'Reads claim forms and flags suspicious claims for insurers; in budget'],
    'victoria-doc': [2, 'Reads forms in English and Chinese for insurers; no fraud flags'],
    'central-risk': [1, 'Fraud models, but for banks and above budget'],
    'insure-chat-hk': [1, 'Claim status chatbot; does not process claims'],
  }),
  judged('catalogue-translation', 'en', { title: 'Translate our product catalogue', description: 'We need our English product catalogue translated into Traditional and Simplified Chinese quickly for online shops.', sector: 'trade-retail', applicationAreas: ['corporate-communications'], budgetBand: 'below-100k', readiness: 'unaware', languages: ['zh-Hant', 'zh-Hans'] }, {
    'legal-translate-hk': [1, 'English-Chinese translation, but of legal and financial documents'],
    'harbour-translate': [3, 'Machine translation into both Chinese scripts with a catalogue case; starts within budget'],
    'copy-harbour': [2, 'Writes bilingual product descriptions; not translation as such'],
  }),
];
