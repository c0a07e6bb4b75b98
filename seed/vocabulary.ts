// Words the generator combines into names and texts. Every English piece has its Traditional Chinese rendering next to
// it, so that both languages always say the same thing.
import type { Sector } from '../shared/taxonomy';

/** A text in English and Traditional Chinese. */
export type Bi = { en: string; zh: string };

const bi = (pairs: readonly (readonly [string, string])[]): Bi[] => pairs.map(([en, zh]) => ({ en, zh }));

// ---------------------------------------------------------------------------------------------------------------
// Company names: <place> [<qualifier>] <focus> <kind> <legal suffix>, e.g. "Harbour Vision Analytics Ltd".
// The focus word follows the supplier's main capability, so a name hints at what the firm does.

export const places = bi([
  ['Harbour', '港灣'], ['Victoria', '維多利亞'], ['Lion Rock', '獅子山'], ['Kowloon', '九龍'], ['Kwun Tong', '觀塘'],
  ['Sha Tin', '沙田'], ['Tsuen Wan', '荃灣'], ['Cyberport', '數碼港'], ['Science Park', '科學園'], ['Tai Po', '大埔'],
  ['Tuen Mun', '屯門'], ['Yuen Long', '元朗'], ['Sai Kung', '西貢'], ['Lantau', '大嶼山'], ['Aberdeen', '香港仔'],
  ['Stanley', '赤柱'], ['Wan Chai', '灣仔'], ['Central', '中環'], ['Causeway Bay', '銅鑼灣'], ['Mong Kok', '旺角'],
  ['Tsim Sha Tsui', '尖沙咀'], ['Kai Tak', '啟德'], ['Fo Tan', '火炭'], ['Kwai Chung', '葵涌'], ['Tseung Kwan O', '將軍澳'],
  ['Tai Mo Shan', '大帽山'], ['Lamma', '南丫'], ['Cheung Chau', '長洲'], ['Ma On Shan', '馬鞍山'], ['Quarry Bay', '鰂魚涌'],
  ['Shek O', '石澳'], ['Pok Fu Lam', '薄扶林'], ['Sheung Wan', '上環'], ['North Point', '北角'], ['Diamond Hill', '鑽石山'],
  ['Kowloon Bay', '九龍灣'], ['Chai Wan', '柴灣'], ['Sai Ying Pun', '西營盤'], ['Tung Chung', '東涌'],
  ['Clear Water Bay', '清水灣'], ['Repulse Bay', '淺水灣'], ['Bauhinia', '紫荊'], ['Pearl River', '珠江'],
  ['Greater Bay', '大灣區'], ['Tsing Yi', '青衣'], ['Wong Chuk Hang', '黃竹坑'], ['Kowloon Tong', '九龍塘'],
  ['Sham Shui Po', '深水埗'], ['Tai Wai', '大圍'], ['Admiralty', '金鐘'], ['Peak', '山頂'], ['Hung Hom', '紅磡'],
]);

/** Used only when every plain combination is taken, to keep 10,000 names unique without numbers. */
export const qualifiers = bi([
  ['Pacific', '太平洋'], ['Orient', '東方'], ['Summit', '高峰'], ['Pearl', '明珠'], ['Jade', '翡翠'],
  ['Harbourfront', '海濱'], ['Skyline', '天際'], ['Horizon', '地平線'], ['Meridian', '子午'], ['Evergreen', '長青'],
  ['Starlight', '星光'], ['Silver', '銀河'], ['Golden', '金輝'], ['Crescent', '新月'], ['Beacon', '燈塔'],
]);

export type Family =
  | 'vision' | 'language' | 'document' | 'speech' | 'data' | 'compute'
  | 'robotics' | 'health' | 'finance' | 'city' | 'learning' | 'retail';

export const focusWords: Record<Family, Bi[]> = {
  vision: bi([['Vision', '視覺'], ['Sight', '視界'], ['Pixel', '像素'], ['Optic', '光學'], ['Image', '影像'], ['Visual', '視像']]),
  language: bi([['Language', '語言'], ['Semantic', '語義'], ['Conversational', '對話'], ['Dialogue', '對答'], ['Lingo', '語匯'], ['Bilingual', '雙語']]),
  document: bi([['Document', '文件'], ['Record', '紀錄'], ['Archive', '檔案'], ['Scribe', '文書'], ['Text', '文本'], ['Paperless', '無紙']]),
  speech: bi([['Voice', '語聲'], ['Speech', '語音'], ['Audio', '音頻'], ['Sonic', '聲學'], ['Echo', '回聲'], ['Canto', '粵語']]),
  data: bi([['Data', '數據'], ['Insight', '洞察'], ['Metric', '指標'], ['Signal', '訊號'], ['Quant', '量化'], ['Predictive', '預測'], ['Pattern', '模式']]),
  compute: bi([['Compute', '運算'], ['Cloud', '雲端'], ['Silicon', '矽晶'], ['Tensor', '張量'], ['Edge', '邊緣'], ['Grid', '網格'], ['Core', '核心']]),
  robotics: bi([['Automation', '自動化'], ['Motion', '動態'], ['Mechatronic', '機電'], ['Servo', '伺服'], ['Autonomy', '自主'], ['Kinetic', '動能']]),
  health: bi([['Medical', '醫療'], ['Health', '健康'], ['Care', '護理'], ['Clinical', '臨床'], ['Bio', '生物'], ['Radiology', '放射'], ['Wellness', '康健']]),
  finance: bi([['Fintech', '金融科技'], ['Risk', '風險'], ['Trust', '信任'], ['Compliance', '合規'], ['Ledger', '賬本'], ['Regtech', '監管科技']]),
  city: bi([['Urban', '城市'], ['Smart City', '智慧城市'], ['Building', '建築'], ['Energy', '能源'], ['Facility', '設施'], ['Green', '綠色'], ['Estate', '物業']]),
  learning: bi([['Learning', '學習'], ['EdTech', '教育科技'], ['Campus', '校園'], ['Tutor', '導師'], ['Scholar', '學人'], ['Knowledge', '知識']]),
  retail: bi([['Commerce', '商貿'], ['Retail', '零售'], ['Shopper', '購物'], ['Market', '市場'], ['Consumer', '消費'], ['Loyalty', '會員']]),
};

export const commonKinds = bi([
  ['AI', '人工智能'], ['Analytics', '分析'], ['Intelligence', '智能'], ['Technologies', '科技'], ['Labs', '實驗室'],
  ['Systems', '系統'], ['Solutions', '解決方案'], ['Innovations', '創新'], ['Digital', '數碼'], ['Works', '工坊'],
]);

export const familyKinds: Partial<Record<Family, Bi[]>> = {
  robotics: bi([['Robotics', '機械人']]),
  compute: bi([['Computing', '計算'], ['Networks', '網絡'], ['Infrastructure', '基建']]),
};

/** Legal suffixes with their weights; all render as 有限公司. */
export const legalSuffixes: readonly (readonly [string, number])[] = [['Ltd', 6], ['Limited', 3], ['Company Limited', 1]];
export const legalSuffixZh = '有限公司';

// ---------------------------------------------------------------------------------------------------------------
// Sectors as client groups in running text ("for manufacturers, retailers and hotels"). No "and" inside an entry,
// so that lists of them read cleanly.

export const sectorClients: Record<Sector, Bi> = {
  manufacturing: { en: 'manufacturers', zh: '製造商' },
  'electricity-gas': { en: 'energy utilities', zh: '能源公司' },
  'water-waste': { en: 'environmental-services operators', zh: '環境服務機構' },
  construction: { en: 'contractors', zh: '建築承建商' },
  'trade-retail': { en: 'retailers', zh: '零售商' },
  logistics: { en: 'logistics firms', zh: '物流公司' },
  'hospitality-tourism': { en: 'hotels', zh: '酒店' },
  'food-beverage': { en: 'restaurant groups', zh: '餐飲集團' },
  'telecom-it': { en: 'technology companies', zh: '科技公司' },
  'finance-insurance': { en: 'financial institutions', zh: '金融機構' },
  'real-estate': { en: 'property companies', zh: '地產公司' },
  'professional-services': { en: 'professional firms', zh: '專業服務公司' },
  'admin-support-services': { en: 'facility-management companies', zh: '設施管理公司' },
  'public-administration': { en: 'public bodies', zh: '公營機構' },
  education: { en: 'education providers', zh: '教育機構' },
  healthcare: { en: 'healthcare providers', zh: '醫療機構' },
  'social-care': { en: 'social-service NGOs', zh: '社福機構' },
  government: { en: 'government departments', zh: '政府部門' },
  'arts-culture': { en: 'creative businesses', zh: '創意產業公司' },
  other: { en: 'clients in other industries', zh: '其他行業客戶' },
};

/** Case-study clients, Hong Kong flavoured, by sector. */
export const clientsBySector: Record<Sector, Bi[]> = {
  manufacturing: bi([
    ['a Kwun Tong garment maker', '一家觀塘製衣廠'], ['a Tai Po electronics assembler', '一家大埔電子裝配廠'],
    ['a Tsuen Wan food-packaging plant', '一間荃灣食品包裝廠'], ['a Yuen Long precision-parts maker', '一家元朗精密零件廠'],
    ['a Kwai Chung watch manufacturer', '一家葵涌鐘錶製造商'], ['a Tuen Mun 3D-printing workshop', '一間屯門3D打印工場'],
  ]),
  'electricity-gas': bi([
    ['a Hong Kong gas distributor', '一家本地燃氣供應商'], ['a power utility’s substation team', '一家電力公司的變電站團隊'],
    ['a New Territories solar-farm operator', '一家新界太陽能發電場營運商'], ['a district cooling operator in Kai Tak', '一家啟德區域供冷系統營運商'],
  ]),
  'water-waste': bi([
    ['a Tseung Kwan O recycling operator', '一家將軍澳回收商'], ['a New Territories sewage-treatment contractor', '一家新界污水處理承辦商'],
    ['a Kwai Tsing waste-collection company', '一家葵青廢物收集公司'], ['a Chai Wan environmental-services firm', '一家柴灣環境服務公司'],
  ]),
  construction: bi([
    ['a Kowloon Bay main contractor', '一家九龍灣總承建商'], ['a Tung Chung building contractor', '一家東涌建築承建商'],
    ['a Kai Tak fitting-out company', '一家啟德裝修工程公司'], ['a Sha Tin civil engineering contractor', '一家沙田土木工程承建商'],
  ]),
  'trade-retail': bi([
    ['a Mong Kok cosmetics chain', '一家旺角化妝品連鎖店'], ['a Causeway Bay fashion retailer', '一家銅鑼灣時裝零售商'],
    ['a Sheung Wan dried-seafood wholesaler', '一家上環海味批發商'], ['a Tsim Sha Tsui electronics retailer', '一家尖沙咀電器零售商'],
    ['a Kwun Tong import-export trader', '一家觀塘進出口貿易公司'],
  ]),
  logistics: bi([
    ['a Tsing Yi logistics company', '一家青衣物流公司'], ['a Kwai Chung container-terminal operator', '一家葵涌貨櫃碼頭營運商'],
    ['a Chek Lap Kok air-cargo handler', '一家赤鱲角航空貨運公司'], ['a Kowloon Bay courier company', '一家九龍灣速遞公司'],
    ['a Fo Tan cold-chain warehouse', '一間火炭冷鏈倉庫'],
  ]),
  'hospitality-tourism': bi([
    ['a Tsim Sha Tsui boutique hotel', '一間尖沙咀精品酒店'], ['a Lantau resort hotel', '一間大嶼山度假酒店'],
    ['a Wan Chai travel agency', '一家灣仔旅行社'], ['a Sai Kung eco-tour operator', '一家西貢生態旅遊公司'],
  ]),
  'food-beverage': bi([
    ['a Sham Shui Po noodle-shop chain', '一家深水埗連鎖麵店'], ['a Causeway Bay café group', '一家銅鑼灣咖啡店集團'],
    ['a Kwun Tong central kitchen', '一間觀塘中央廚房'], ['a Mong Kok cha chaan teng chain', '一家旺角連鎖茶餐廳'],
    ['a Tuen Mun bakery chain', '一家屯門連鎖麵包店'],
  ]),
  'telecom-it': bi([
    ['a Cyberport software house', '一家數碼港軟件公司'], ['a Hong Kong mobile network operator', '一家本地流動網絡營辦商'],
    ['a Kwun Tong IT-services firm', '一家觀塘資訊科技服務公司'], ['a Tseung Kwan O data-centre operator', '一家將軍澳數據中心營運商'],
  ]),
  'finance-insurance': bi([
    ['a Central securities brokerage', '一家中環證券行'], ['a Hong Kong virtual bank', '一家本地虛擬銀行'],
    ['a Wan Chai insurance broker', '一家灣仔保險經紀公司'], ['a Kowloon money lender', '一家九龍財務公司'],
    ['a life insurer’s Quarry Bay claims team', '一家人壽保險公司的鰂魚涌理賠團隊'],
  ]),
  'real-estate': bi([
    ['a Hong Kong property management company', '一家本地物業管理公司'], ['a Kowloon East office landlord', '一家九龍東寫字樓業主'],
    ['a Sha Tin shopping mall', '一個沙田商場'], ['a Mong Kok property agency', '一家旺角地產代理'],
  ]),
  'professional-services': bi([
    ['a Central law firm', '一家中環律師行'], ['a Wan Chai accounting firm', '一家灣仔會計師事務所'],
    ['a Sheung Wan architecture studio', '一間上環建築設計工作室'], ['a Kowloon Tong audit practice', '一家九龍塘核數師行'],
  ]),
  'admin-support-services': bi([
    ['a facility-management contractor', '一家設施管理承辦商'], ['a Kwun Tong cleaning-services company', '一家觀塘清潔服務公司'],
    ['a Hong Kong security-guarding firm', '一家本地保安公司'], ['an Admiralty HR outsourcing agency', '一家金鐘人力資源外判公司'],
  ]),
  'public-administration': bi([
    ['a statutory body’s licensing office', '一個法定機構的發牌辦事處'], ['a district council secretariat', '一個區議會秘書處'],
    ['a public housing estate office', '一個公共屋邨辦事處'],
  ]),
  education: bi([
    ['a Sha Tin secondary school', '一所沙田中學'], ['a Kowloon Tong primary school', '一所九龍塘小學'],
    ['a Pok Fu Lam university department', '一所薄扶林大學學系'], ['a Mong Kok tutoring centre', '一間旺角補習中心'],
    ['a vocational training institute', '一所職業培訓機構'],
  ]),
  healthcare: bi([
    ['a Happy Valley private hospital', '一間跑馬地私家醫院'], ['a Sham Shui Po NGO clinic', '一間深水埗非政府機構診所'],
    ['a Central medical group', '一家中環醫療集團'], ['a Kowloon Tong specialist clinic', '一間九龍塘專科診所'],
    ['a Tsuen Wan community health centre', '一間荃灣社區健康中心'],
  ]),
  'social-care': bi([
    ['a Sha Tin elderly-care home', '一間沙田安老院'], ['a Sham Shui Po community-services NGO', '一家深水埗社區服務機構'],
    ['a Tuen Mun rehabilitation centre', '一間屯門復康中心'], ['a Wong Tai Sin elderly day-care centre', '一間黃大仙長者日間護理中心'],
  ]),
  government: bi([
    ['a government department’s records office', '一個政府部門的檔案處'], ['a government works department', '一個政府工務部門'],
    ['a government enquiry hotline', '一條政府查詢熱線'], ['a government testing laboratory', '一所政府化驗所'],
  ]),
  'arts-culture': bi([
    ['a West Kowloon performing-arts venue', '一個西九表演藝術場地'], ['a Wong Chuk Hang design studio', '一間黃竹坑設計工作室'],
    ['a Hong Kong film post-production house', '一家本地電影後期製作公司'], ['a Sheung Wan craft brand', '一個上環手作品牌'],
  ]),
  other: bi([
    ['a Hong Kong trade association', '一個本地商會'], ['a Kowloon social enterprise', '一家九龍社會企業'],
    ['a family office in Central', '一家中環家族辦公室'],
  ]),
};

// ---------------------------------------------------------------------------------------------------------------
// Pieces of case-study text.

export const periods = bi([
  ['three months', '三個月'], ['six months', '六個月'], ['nine months', '九個月'], ['the first year', '首年'],
]);

/** Extra problem sentences: the obstacles the survey reports (talent, funds, data quality, privacy, explainability). */
export const constraints = bi([
  ['It had no in-house data scientists.', '公司內部沒有數據科學家。'],
  ['Budget was tight, so the project had to pay back within two years.', '預算有限，項目須在兩年內回本。'],
  ['Much of its historical data was incomplete or inconsistent.', '不少歷史數據並不完整或前後不一。'],
  ['Personal data had to stay in Hong Kong under its privacy policy.', '按其私隱政策，個人資料必須留在香港。'],
  ['Managers wanted to understand why the system made each decision.', '管理層希望了解系統每個決定背後的原因。'],
]);

/** Extra solution sentences; {w} is a small number of weeks or workshops. */
export const deliveryNotes = bi([
  ['A pilot of {w} weeks at one site came before the full rollout.', '全面推行前先在一個地點試行{w}星期。'],
  ['Staff were trained in {w} half-day workshops.', '員工參加了{w}節半日工作坊。'],
  ['The model is retrained monthly on new data.', '模型每月以新數據重新訓練。'],
  ['Results appear in a bilingual dashboard for managers.', '結果以中英雙語儀表板向管理層呈現。'],
]);
