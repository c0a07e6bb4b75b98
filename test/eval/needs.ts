// Judged needs: each with graded relevance of fixture suppliers (3 ideal, 2 good, 1 partial; unlisted 0).
// Grades were written from the SME's point of view before tuning: fit of offering, sector, budget, readiness.
import type { NeedForMatching } from '../../shared/schemas/needs';

export type JudgedNeed = { id: string; need: NeedForMatching; grades: Record<string, number> };

const base = { difficulties: [], benefits: [], markets: ['hong-kong' as const], languages: [] };

function need(id: string, fields: Omit<NeedForMatching, 'difficulties' | 'benefits' | 'markets' | 'languages'> & Partial<NeedForMatching>, grades: Record<string, number>): JudgedNeed {
  return { id, need: { ...base, ...fields }, grades };
}

export const JUDGED_NEEDS: JudgedNeed[] = [
  need('garment-defects', { title: 'Catch fabric defects on our garment line', description: 'Our Kwun Tong garment factory inspects fabric by eye and misses weaving faults. We want cameras to spot defects automatically.', sector: 'manufacturing', applicationAreas: ['operations'], budgetBand: '300k-500k', readiness: 'aware' },
    { 'harbour-vision': 3, 'kt-robotics': 2, 'global-vision': 1, 'science-park-ml': 1 }),
  need('retail-chatbot-zh', { title: '零售店客戶查詢聊天機械人', description: '我們的零售店想用聊天機械人以廣東話回答客戶在WhatsApp上的查詢，例如存貨及營業時間。', sector: 'trade-retail', applicationAreas: ['customer-service'], budgetBand: '100k-300k', readiness: 'aware', languages: ['zh-Hant'] },
    { 'lion-rock-chat': 3, 'happy-valley-health': 1, 'causeway-llm': 1, 'repulse-bay-hotels': 1 }),
  need('invoice-processing', { title: 'Stop typing supplier invoices by hand', description: 'Our accounting firm keys in hundreds of invoices and receipts each month. We want them read automatically and posted to our accounting system.', sector: 'professional-services', applicationAreas: ['finance', 'administrative-support'], budgetBand: '100k-300k', readiness: 'aware' },
    { 'victoria-doc': 3, 'north-point-rpa': 3, 'quarry-bay-claims': 1, 'admiralty-legal': 1 }),
  need('xray-triage', { title: 'Triage chest X-rays at our clinics', description: 'A group of clinics wants AI to flag urgent chest X-rays so radiologists read them first.', sector: 'healthcare', applicationAreas: ['operations'], budgetBand: '1m-2m', readiness: 'ready' },
    { 'pfl-imaging': 3, 'data-harbour': 1, 'happy-valley-health': 1 }),
  need('restaurant-waste', { title: 'Cut food waste in our restaurants', description: 'We run three restaurants and throw away too much food. We want to forecast how many dishes to prepare and track waste.', sector: 'food-beverage', applicationAreas: ['operations'], budgetBand: 'below-100k', readiness: 'unaware' },
    { 'kitchen-ai': 3, 'cyberport-forecast': 2, 'mong-kok-growth': 1 }),
  need('delivery-routes', { title: 'Plan delivery routes for our vans', description: 'Our logistics company plans routes for 40 delivery vans on spreadsheets. We want route optimisation and fleet tracking.', sector: 'logistics', applicationAreas: ['operations'], budgetBand: '500k-1m', readiness: 'aware' },
    { 'tsuen-wan-routes': 3, 'aberdeen-port': 2 }),
  need('bank-fraud', { title: 'Detect card fraud in real time', description: 'A virtual bank wants fraud detection models on card transactions and anti-money-laundering monitoring, built with our data science team.', sector: 'finance-insurance', applicationAreas: ['operations', 'finance'], budgetBand: '2m-5m', readiness: 'competent' },
    { 'central-risk': 3, 'quarry-bay-claims': 2, 'science-park-ml': 1, 'causeway-llm': 1 }),
  need('gpu-training', { title: 'GPU capacity to train our own models', description: 'We train our own deep learning models and need GPU computing power with data kept in Hong Kong.', sector: 'telecom-it', applicationAreas: ['rnd'], budgetBand: '1m-2m', readiness: 'competent' },
    { 'tko-gpu': 3, 'science-park-ml': 2, 'hung-hom-silicon': 1, 'data-harbour': 1 }),
  need('site-safety-zh', { title: '地盤安全監察', description: '建築公司希望用電腦視覺偵測地盤上未戴安全帽的工人，並即時通知安全主任。', sector: 'construction', applicationAreas: ['operations'], budgetBand: '300k-500k', readiness: 'aware', languages: ['zh-Hant'] },
    { 'kai-tak-safety': 3, 'tst-security': 1, 'harbour-vision': 1 }),
  need('elderly-falls', { title: 'Detect falls in our care home at night', description: 'Our elderly care home has few night staff. We want to detect falls quickly without cameras in bedrooms.', sector: 'social-care', applicationAreas: ['operations'], budgetBand: '100k-300k', readiness: 'unaware' },
    { 'sai-kung-care': 3, 'happy-valley-health': 1 }),
  need('hotel-pricing', { title: 'Smarter room prices and a guest chatbot', description: 'Our boutique hotel sets room prices by hand and answers guest questions by email. We want dynamic pricing and a chatbot for guests.', sector: 'hospitality-tourism', applicationAreas: ['marketing', 'customer-service'], budgetBand: '100k-300k', readiness: 'aware' },
    { 'repulse-bay-hotels': 3, 'lion-rock-chat': 2, 'mong-kok-growth': 1 }),
  need('contract-review', { title: 'Review contracts faster', description: 'Our law firm wants to review tenancy and supply contracts faster, flagging unusual clauses in English and Chinese contracts.', sector: 'professional-services', applicationAreas: ['legal'], budgetBand: '300k-500k', readiness: 'ready' },
    { 'admiralty-legal': 3, 'causeway-llm': 2, 'victoria-doc': 1, 'harbour-translate': 1 }),
  need('school-essays', { title: 'Mark Chinese essays and practise speaking', description: 'A secondary school wants automatic essay marking for Chinese lessons and Cantonese speaking practice with feedback.', sector: 'education', applicationAreas: ['rnd', 'other'], budgetBand: '100k-300k', readiness: 'aware' },
    { 'kowloon-learning': 3, 'shatin-speech': 2, 'data-harbour': 1 }),
  need('building-energy', { title: 'Lower the energy bill of our office towers', description: 'We manage office buildings and want to optimise chiller energy use and predict lift and chiller breakdowns.', sector: 'real-estate', applicationAreas: ['operations'], budgetBand: '500k-1m', readiness: 'aware' },
    { 'lantau-energy': 3, 'kwai-chung-network': 1, 'tst-security': 1 }),
  need('cv-screening', { title: 'Screen job applications', description: 'Our cleaning and security services company receives hundreds of CVs a month and wants help screening them and scheduling interviews.', sector: 'admin-support-services', applicationAreas: ['human-resources'], budgetBand: 'below-100k', readiness: 'unaware' },
    { 'wan-chai-talent': 3, 'north-point-rpa': 1 }),
  need('retail-personalisation', { title: 'Personalised offers for our shop customers', description: 'A cosmetics retailer wants product recommendations and customer segmentation for marketing campaigns.', sector: 'trade-retail', applicationAreas: ['marketing'], budgetBand: '100k-300k', readiness: 'aware' },
    { 'mong-kok-growth': 3, 'causeway-retail-vision': 2, 'cyberport-forecast': 1, 'lion-rock-chat': 1 }),
  need('citizen-enquiries', { title: 'Answer public enquiries around the clock', description: 'A public body wants a bilingual chatbot that answers citizen enquiries from its published guidance and open data.', sector: 'public-administration', applicationAreas: ['customer-service'], budgetBand: '2m-5m', readiness: 'ready', languages: ['en', 'zh-Hant'] },
    { 'public-data': 3, 'causeway-llm': 2, 'lion-rock-chat': 2, 'harbour-translate': 1 }),
  need('water-leaks', { title: 'Find leaks in our pipe network', description: 'A water operator wants to detect leaks early from pressure sensors and predict water quality problems.', sector: 'water-waste', applicationAreas: ['operations'], budgetBand: '1m-2m', readiness: 'ready' },
    { 'tai-po-water': 3, 'lantau-energy': 1 }),
  need('llm-knowledge-zh', { title: '內部知識庫問答系統', description: '我們想用大型語言模型建立內部知識庫問答系統，讓員工查詢公司政策及產品資料，數據須留在香港。', sector: 'finance-insurance', applicationAreas: ['rnd', 'customer-service'], budgetBand: '500k-1m', readiness: 'ready', languages: ['zh-Hant'] },
    { 'causeway-llm': 3, 'science-park-ml': 1, 'public-data': 1, 'lion-rock-chat': 1 }),
  need('network-anomalies', { title: 'Spot network faults before customers do', description: 'A telecom operator wants anomaly detection on network monitoring data to predict outages.', sector: 'telecom-it', applicationAreas: ['operations'], budgetBand: '1m-2m', readiness: 'ready' },
    { 'kwai-chung-network': 3, 'science-park-ml': 1 }),
  need('order-entry-rpa', { title: 'Automate order entry', description: 'Our trading company retypes purchase orders from email into our ERP. We want robotic process automation for order entry.', sector: 'trade-retail', applicationAreas: ['administrative-support'], budgetBand: '100k-300k', readiness: 'aware' },
    { 'north-point-rpa': 3, 'victoria-doc': 2 }),
  need('museum-visitors', { title: 'Understand our museum visitors', description: 'A museum wants visitor analytics for its galleries and generative design for exhibition marketing.', sector: 'arts-culture', applicationAreas: ['marketing'], budgetBand: '100k-300k', readiness: 'aware' },
    { 'west-kowloon-creative': 3, 'causeway-retail-vision': 1, 'mong-kok-growth': 1 }),
  need('insurance-claims', { title: 'Speed up insurance claims', description: 'An insurer wants claim forms read automatically and suspicious claims flagged for review.', sector: 'finance-insurance', applicationAreas: ['operations'], budgetBand: '500k-1m', readiness: 'ready' },
    { 'quarry-bay-claims': 3, 'victoria-doc': 2, 'central-risk': 1 }),
  need('catalogue-translation', { title: 'Translate our product catalogue', description: 'We need our English product catalogue translated into Traditional and Simplified Chinese quickly for online shops.', sector: 'trade-retail', applicationAreas: ['corporate-communications'], budgetBand: 'below-100k', readiness: 'unaware', languages: ['zh-Hant', 'zh-Hans'] },
    { 'harbour-translate': 3, 'admiralty-legal': 1 }),
];
