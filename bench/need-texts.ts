// Titles and descriptions of the needs the benches seed: English, Chinese and mixed Cantonese-English, and two
// (drones, lessons) that no generated supplier covers well, so some needs stay unmet.
export const NEED_TEXTS = [
  ['Catch fabric defects on our line', 'Cameras and computer vision to find weaving defects in our garment factory.'],
  ['Cantonese chatbot for our shops', 'Answer customer questions on WhatsApp in Cantonese and English.'],
  ['Read invoices automatically', 'OCR and document AI for hundreds of supplier invoices a month.'],
  ['Forecast restaurant demand', 'Predict dishes to prepare and cut food waste in three restaurants.'],
  ['預測性維護', '我們希望用感應器數據預測冷氣機及升降機故障。'],
  ['Triage chest X-rays', 'Flag urgent chest X-rays for radiologists at our clinics.'],
  ['Plan delivery routes', 'Optimise routes for 40 vans delivering to shops across Kowloon every morning.'],
  ['Screen CVs faster', 'Rank job applications for our retail chain and book interviews automatically.'],
  ['Drone survey of facades', 'Fly drones over our sites and flag cracked tiles on old tenement buildings.'],
  ['Personalised lessons', 'Adapt maths exercises to each pupil in our tutoring centres.'],
  ['餐廳 WhatsApp chatbot', '我哋間餐廳想搵個 chatbot 喺 WhatsApp 用廣東話答客人嘅 booking 同 menu 問題'],
  ['間鋪啲 inventory 成日 overstock', '想做 demand forecasting，有冇 AI 可以幫手計每個 SKU 入幾多貨'],
  ['Screen loan applications', 'Score small business loan applications and flag fraud for our finance company.'],
  ['Translate product listings', 'Translate thousands of product descriptions between English and Traditional Chinese.'],
] as const;
