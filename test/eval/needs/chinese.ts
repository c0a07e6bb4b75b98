// New needs in written Traditional Chinese. The right supplier is sometimes described only in English (a Chinese
// need must reach it by meaning) and sometimes only in Chinese; Chinese buzzword vendors are traps.
import { judged, type JudgedNeed } from './judged';

export const CHINESE: JudgedNeed[] = [
  judged('zh-cha-chaan-teng-bot', 'zh', { title: '茶餐廳訂座及外賣查詢自動回覆', description: '我們是一間位於灣仔的茶餐廳集團，每日收到大量電話及訊息查詢訂座、外賣及餐牌，希望以聊天機械人自動回覆，減輕收銀員的工作。', sector: 'food-beverage', applicationAreas: ['customer-service'], budgetBand: '100k-300k', readiness: 'aware', languages: ['zh-Hant'] }, {
    'lamma-semantic': [3, 'Bilingual bots for restaurant groups handling bookings, menus and takeaway; in budget'],
    'ssp-yuyin': [3, 'Cheap Cantonese WhatsApp bot for restaurants; Chinese-only profile'],
    'lion-rock-chat': [2, 'Cantonese customer-service chatbots, but no restaurant work'],
    'yau-tsim-queue': [1, 'Online booking and queues, no chatbot'],
    'kt-zhineng-kefu': [1, 'Chinese customer-service bot, but for webshops'],
    'phone-order-bot': [2, 'Answers restaurant phone calls in Cantonese and takes takeaway orders; English-only profile, no WhatsApp'],
    'salon-suite': [1, 'Cantonese booking bot on WhatsApp, but for beauty salons'],
  }),
  judged('zh-stationery-reorder', 'zh', { title: '分店補貨預測', description: '我們經營五間文具店，經常有貨品賣斷，另一些貨品卻積壓，想知道每星期每間分店應該補多少貨。', sector: 'trade-retail', applicationAreas: ['operations'], budgetBand: '100k-300k', readiness: 'aware', languages: ['zh-Hant'] }, {
    'cyberport-forecast': [3, 'Reorder suggestions per product and branch with a stationery chain case; English-only profile; in budget'],
    'spk-data': [3, 'Per-SKU, per-branch forecasts against overstock and stock-outs; in budget'],
    'wholesale-forecast': [1, 'Forecasts and purchase plans, but for importers; budget stretches'],
    'global-forecast-suite': [1, 'SKU replenishment fits, but an enterprise suite far over budget'],
    'causeway-retail-vision': [1, 'Empty-shelf alerts; does not size reorders'],
    'stock-ledger-lite': [1, 'Keeps stock records but says it does not forecast or suggest purchases'],
    'mega-retail-ai': [1, 'Replenishment for 50+ outlet chains, far over budget'],
  }),
  judged('zh-press-failures', 'zh', { title: '機器故障預警', description: '我們的印刷廠有多部機器經常無故停機，想在故障前收到警報，安排週末維修。', sector: 'manufacturing', applicationAreas: ['operations'], budgetBand: '300k-500k', readiness: 'aware', languages: ['zh-Hant'] }, {
    'yuen-long-machine': [3, 'Vibration sensors predicting factory machine failures, with a printing plant case; English-only profile'],
    'kc-zhizao': [3, 'Predictive maintenance of factory equipment for small factories; in budget'],
    'lantau-energy': [1, 'Predictive maintenance, but of building chillers and lifts'],
    'cold-chain-iot': [1, 'Only predicts cold-room compressor failures'],
  }),
  judged('zh-accounting-vouchers', 'zh', { title: '單據及發票自動入數', description: '我們是一間小型會計師行，每月替客戶處理數千張單據及發票，希望自動讀取內容並輸入會計系統。', sector: 'professional-services', applicationAreas: ['finance'], budgetBand: '100k-300k', readiness: 'aware', languages: ['zh-Hant'] }, {
    'victoria-doc': [3, 'Reads English and Chinese invoices and posts them to accounting systems, with an accounting firm case'],
    'north-point-rpa': [3, 'Invoice processing automation with a professional services case; in budget'],
    'sw-kuaiji': [2, 'Automatic entry of SME receipts; small scale'],
    'sheung-wan-books': [2, 'Receipt capture and reconciliation, aimed at a company\'s own books'],
    'ap-automation': [1, 'Invoice capture and matching, but for SAP at large companies; over budget'],
    'receipt-ocr-api': [1, 'OCR API only; the firm must build the rest'],
  }),
  judged('zh-care-home-falls', 'zh', { title: '院舍長者跌倒即時通知', description: '院舍晚間人手不足，想在長者跌倒時即時通知職員，但不想在房間安裝鏡頭。', sector: 'social-care', applicationAreas: ['operations'], budgetBand: '100k-300k', readiness: 'unaware', languages: ['zh-Hant'] }, {
    'sai-kung-care': [3, 'Radar fall detection without cameras, with a care home case; in budget'],
    'sai-kung-care-cam': [1, 'Detects falls, but with cameras, which the home rules out'],
  }),
  judged('zh-tcm-clinic', 'zh', { title: '中醫診所管理', description: '我們是一間中醫診所，想用系統管理藥材存貨及病人預約，最好可以分析舌診相片。', sector: 'healthcare', applicationAreas: ['operations'], budgetBand: 'below-100k', readiness: 'aware', languages: ['zh-Hant'] }, {
    'tcm-zhineng': [3, 'Chinese medicine clinic system: tongue photos, herb stock and appointments; in budget'],
    'pharmacy-stock': [1, 'Pharmacy stock and expiry, not Chinese medicine'],
    'happy-valley-health': [1, 'Clinic appointments only'],
  }),
  judged('zh-fast-food-hiring', 'zh', { title: '大量招聘兼職', description: '我們是連鎖快餐店，每月要請過百名兼職員工，想自動篩選履歷及安排面試。', sector: 'food-beverage', applicationAreas: ['human-resources'], budgetBand: 'below-100k', readiness: 'aware', languages: ['zh-Hant'] }, {
    'hr-zhaopin': [3, 'CV screening and WhatsApp interview booking with a fast-food case; in budget'],
    'wan-chai-talent': [3, 'CV screening and interview scheduling for volume hiring; English-only profile; in budget'],
    'roster-ai': [1, 'Rostering, not hiring'],
    'enterprise-hcm': [1, 'CV screening inside an enterprise HR suite far over budget'],
  }),
  judged('zh-estate-repairs', 'zh', { title: '屋苑報修流程', description: '我們管理幾個屋苑，住戶經電話及紙張報修，想有手機程式報修並自動分派給維修同事。', sector: 'real-estate', applicationAreas: ['operations', 'customer-service'], budgetBand: '100k-300k', readiness: 'aware', languages: ['zh-Hant'] }, {
    'pm-wuye': [3, 'Resident repair app with AI classification and dispatch, estate case; in budget'],
    'gov-doc-classify': [1, 'Classifies and routes complaints, but for government and over budget'],
  }),
  judged('zh-product-copy', 'zh', { title: '網店產品介紹及帖文', description: '我們的網店有二千件貨品，需要快速撰寫中英文產品介紹及社交媒體帖文。', sector: 'trade-retail', applicationAreas: ['marketing'], budgetBand: 'below-100k', readiness: 'aware', languages: ['zh-Hant', 'en'] }, {
    'copy-harbour': [3, 'Generative bilingual product descriptions and posts with an online pharmacy case; in budget'],
    'harbour-translate': [1, 'Translates rather than writes'],
    'video-gen-studio': [1, 'Social videos, not text'],
  }),
  judged('zh-ai-first-steps', 'zh', { title: '認識人工智能及申請資助', description: '我們是一間小型五金貿易公司，對人工智能認識不多，想先了解可以怎樣應用，並申請政府資助。', sector: 'trade-retail', applicationAreas: ['other'], budgetBand: 'below-100k', readiness: 'unaware', languages: ['zh-Hant'] }, {
    'zx-guwen': [3, 'SME transformation consultant planning AI use and grant applications in Cantonese; in budget'],
    'sme-ai-coach': [3, 'AI workshops for SMEs and Technology Voucher applications; in budget'],
    'mid-levels-consult': [2, 'AI strategy for SMEs starting out; English only'],
    'admiralty-advisory': [1, 'Transformation roadmaps for large enterprises, far over budget'],
  }),
  judged('zh-speech-gpu', 'zh', { title: '租用GPU訓練語音模型', description: '我們的初創公司需要租用GPU訓練自己的廣東話語音模型，數據必須留在香港。', sector: 'telecom-it', applicationAreas: ['rnd'], budgetBand: '500k-1m', readiness: 'competent', languages: ['zh-Hant'] }, {
    'st-suanli': [3, 'GPU rental in a Hong Kong data centre, data stays local; in budget'],
    'tko-gpu': [3, 'GPU cloud in Hong Kong for training; in budget'],
    'neural-harbour-cloud': [2, 'GPU platform, mainly for inference'],
    'hyperscale-ai': [2, 'Sells GPU servers to run yourself'],
    'data-harbour': [1, 'Cantonese speech data labelling, not compute'],
  }),
  judged('zh-coach-fatigue', 'zh', { title: '司機疲勞駕駛偵測', description: '我們有三十架旅遊巴，想偵測司機疲勞駕駛及駕駛時用手機，減少意外。', sector: 'logistics', applicationAreas: ['operations'], budgetBand: '100k-300k', readiness: 'aware', languages: ['zh-Hant'] }, {
    'tsing-yi-fleet-safety': [3, 'AI dashcams detecting fatigue and phone use, minibus case; in budget'],
    'tsuen-wan-routes': [1, 'Fleet tracking, no driver monitoring'],
  }),
];
