// Bilingual concept groups for reading needs: each group is one idea in the words Hong Kong SMEs and suppliers
// use for it, English and Traditional Chinese (Simplified folds onto it). The curated search synonyms are added
// to these at match time; these cover the everyday business words that a search synonym list leaves out but a
// mixed Cantonese-English need is made of ("間鋪啲存貨成日 overstock").
/**
 * `means`: how a need may be met (cameras, a chatbot, the cloud), which a need can rule out; not a problem or a goal.
 * `setting`: where and for whom the work is done (sector, channel, language, place), not the work itself: a supplier
 * that shares a need's setting but does none of its work is not relevant (match.score.ts `coverage`).
 */
export type ConceptGroup = { members: string[]; weight: number; means?: boolean; setting?: boolean };

/** Weights of a need's concepts: what is to be done counts most; its setting less; broad words little. */
export const CONCEPT_WEIGHT = { capability: 1.5, setting: 1, broad: 0.3, plain: 0.8 } as const;

const cap = (...members: string[]): ConceptGroup => ({ members, weight: CONCEPT_WEIGHT.capability });
const ctx = (...members: string[]): ConceptGroup => ({ members, weight: CONCEPT_WEIGHT.setting, setting: true });
const broad = (...members: string[]): ConceptGroup => ({ members, weight: CONCEPT_WEIGHT.broad, setting: true });
const via = (...members: string[]): ConceptGroup => ({ members, weight: CONCEPT_WEIGHT.capability, means: true });
/** A channel the work is done on (WhatsApp, a website, a POS): a setting, which a need may still rule out. */
const channel = (...members: string[]): ConceptGroup => ({ members, weight: CONCEPT_WEIGHT.capability, means: true, setting: true });
/** A language the work is done in: the setting of a chatbot or a transcript, not the work. */
const tongue = (...members: string[]): ConceptGroup => ({ members, weight: CONCEPT_WEIGHT.capability, setting: true });

/**
 * Words every AI vendor uses of itself. A need that says "AI system" has said nothing about which supplier fits,
 * and a buzzword-heavy profile must not look relevant for using them; a synonym group holding one is ignored.
 */
export const GENERIC_WORDS = [
  'ai', 'artificial intelligence', 'intelligent', 'smart', 'system', 'systems', 'solution', 'solutions', 'platform',
  'platforms', 'tool', 'tools', 'software', 'technology', 'technologies', 'tech', 'digital', 'digitalisation',
  'digitalization', 'transformation', 'innovative', 'innovation', 'end-to-end', 'one-stop', 'service', 'services',
  'provider', 'providers', 'vendor', 'vendors', 'partner', 'partners', 'model', 'models', 'algorithm', 'algorithms',
  'data', 'information', 'efficiency', 'efficient', 'improve', 'improvement', 'reduce', 'increase', 'save', 'time',
  'manual', 'manually', 'hand', 'process', 'processes', 'work', 'working', 'team', 'people', 'month', 'week', 'year',
  '人工智能', '人工智慧', '智能', '智慧', '系統', '方案', '解決方案', '平台', '工具', '軟件', '軟體', '科技', '技術', '數碼',
  '數字化', '轉型', '創新', '一站式', '服務', '供應商', '模型', '算法', '數據', '資料', '效率', '提升', '提高', '減少',
  '增加', '節省', '時間', '人手', '手動', '流程', '工作', '團隊', '每月', '每年',
];

/**
 * Words with two meanings, read by the company they keep: "CV" is computer vision, except in a need about hiring,
 * where it is a résumé (the group holding `context`) and adds nothing beyond it. With a `meaning`, the word is read as
 * that group: 質檢 or QC in a need about customer-service calls is a check of the calls, not of products, and an
 * "order" in a need about purchase orders is one placed with a supplier, not one taken from a customer.
 * The first reading whose context the need shows wins.
 */
export const READ_IN_CONTEXT: { word: string; context: string; meaning?: string }[] = [
  { word: 'cv', context: 'recruitment' },
  ...['customer service', 'call centre'].flatMap((context) => ['質檢', 'qc', 'quality control', '品質檢測', '質量檢測'].map((word) => ({ word, context, meaning: 'call quality' }))),
  ...['purchasing', 'suppliers'].flatMap((context) => ['order', 'orders', 'ordering', '落單', '下單'].map((word) => ({ word, context, meaning: 'purchasing' }))),
  // Grading is marking in a school; elsewhere it sorts goods or produce by quality
  ...['grading', 'grade', 'grades'].map((word) => ({ word, context: 'school', meaning: 'essay marking' })),
  // Crashes, accidents and tiredness in a need about a fleet are on the road
  ...['crash', 'crashes', 'accident', 'accidents', 'fatigue', 'tiredness', 'tired', 'nodding off', '意外', '瞌眼瞓', '攰'].map((word) => ({ word, context: 'fleet', meaning: 'driver safety' })),
  // A leak in a need about security is of data, not of water
  ...['leak', 'leaks', 'leaking', 'leaked'].map((word) => ({ word, context: 'cybersecurity', meaning: 'cybersecurity' })),
  // Carrying in a restaurant is plates and dishes, a robot's work
  ...['carry', 'carrying'].map((word) => ({ word, context: 'restaurant', meaning: 'robot' })),
  // A report in a need about scans is the radiologist's
  ...['report', 'reports', 'reporting', '報告'].map((word) => ({ word, context: 'medical imaging', meaning: 'medical imaging' })),
  // Channels in a customer-service need are the ones to bring together
  ...['channel', 'channels', '渠道'].map((word) => ({ word, context: 'customer service', meaning: 'omnichannel' })),
  // 估價 is a quote, except for a flat or a building, where it is its value
  { word: '估價', context: 'property', meaning: 'valuation' },
  // Orders in a bookkeeping need are records to book, not orders to take
  ...['order', 'orders', '訂單'].map((word) => ({ word, context: 'bookkeeping', meaning: 'bookkeeping' })),
];

/**
 * Ideas told in words with a gap in them, which no phrase of a group can hold, each read as a member of its group:
 * "how much of each dessert to make" and 「入幾多貨」 ask for a forecast.
 */
export const PHRASED_WITH_GAPS: { pattern: RegExp; as: string }[] = [
  { pattern: /\bhow (?:much|many)\b[^.?!\n]{0,40}?\bto (?:make|order|prepare|prep|cook|produce|buy|stock|bake|reorder)\b/gi, as: 'demand forecasting' },
  { pattern: /(?:入|整|備|备|訂|订|煮|做|落)(?:返|多)?(?:幾|几)多/g, as: '需求預測' },
  // How many will sell: 「大概會賣幾多」「估到每日賣幾多」「賣到幾多張飛」 (not 「我知邊間賣幾多」, what did sell)
  { pattern: /(?:會|会|大概|估到|預計|预计)[^。，！？]{0,4}?(?:賣|卖)(?:到)?(?:幾|几)多|(?:賣|卖)到(?:幾|几)多/g, as: '需求預測' },
  // Tomorrow's or next month's quantity is a forecast: "how many we will sell next week", 「聽晚大概用幾多電」
  { pattern: /\b(?:tomorrow|tonight|next (?:week|month))\b[^.?!\n]{0,30}?\bhow (?:much|many)\b|\bhow (?:much|many)\b[^.?!\n]{0,40}?\b(?:tomorrow|tonight|next (?:week|month)|will (?:sell|need|use|come))\b|(?:聽日|聽晚|明天|明日|明晚|下個月|下星期|下個禮拜)[^。，！？]{0,12}?(?:幾多|多少)/gi, as: 'forecast' },
  // Reading a document from its photo or scan is document extraction: "the photos read automatically", "photos of their HKID"
  { pattern: /\bread\b[^.?!\n]{0,25}?\b(?:photos?|scans?|forms?|documents?|receipts?|invoices?|ids|id cards?|licen[cs]es?)\b|\b(?:photos?|scans?|forms?|documents?)\b[^.?!\n]{0,25}?\bread\b|\b(?:photos?|scans?|pictures?)\s+of\s+(?:their\s+|the\s+|our\s+|each\s+)?(?:hkids?|ids|id cards?|passports?|licen[cs]es?|receipts?|invoices?|forms?|documents?)\b/gi, as: 'document extraction' },
  // Staff asking and getting answers from the firm's own instructions is a knowledge base
  { pattern: /\bask\w*\b[^.?!\n]{0,60}?\banswers?\b[^.?!\n]{0,40}?\b(?:from|in)\b[^.?!\n]{0,30}?\b(?:instructions|manuals?|documents?|handbooks?|policies|procedures|sops?|files|guidelines)\b/gi, as: 'knowledge base' },
  // Seeing a change before it comes is a forecast: "the oxygen is likely to drop tonight", "see it coming"
  { pattern: /\b(?:is|are)\s+likely\s+to\s+(?:drop|fall|rise|fail|break|spike|run out|go)\b|\bsee\s+it\s+coming\b/gi, as: 'forecast' },
  // Matching, sorting or identifying what is in photos is image recognition
  { pattern: /\b(?:match|sort|classify|identify|recogni[sz]e|tag)\w*\b[^.?!\n]{0,30}?\b(?:photos|images|pictures)\b/gi, as: 'image recognition' },
];

export const CONCEPT_GROUPS: ConceptGroup[] = [
  // What suppliers do
  via('chatbot', 'chat bot', 'chatbots', 'conversational ai', 'virtual assistant', 'virtual agent', '聊天機械人', '聊天機器人', '對話機械人', '智能客服', '對話式人工智能', 'chatbox', 'chat box', 'bot', 'bots'),
  channel('whatsapp', 'whatsapp business', 'wechat', 'messaging', 'instant messaging', '即時通訊', '微信', 'instagram', 'ig', 'dm', 'dms', 'direct messages', 'messenger', 'facebook messenger', '私訊'),
  tongue('cantonese', '廣東話', '粵語', '廣府話'),
  tongue('mandarin', 'putonghua', '普通話', '國語'),
  via('speech recognition', 'voice recognition', 'speech to text', 'asr', 'transcription', 'transcribe', 'transcripts', 'transcript', '語音識別', '語音辨識', '語音轉文字', '語音', 'voice recordings', 'audio recordings', 'call recordings', 'voice memos', 'voice notes', 'dictation', '錄音', '轉文字', '轉成文字', '轉做文字', '轉為文字', 'call recording', 'record calls', 'recorded calls', 'calls recorded', 'record every call', '錄低', '通話錄音', '電話錄音'),
  // Answering calls is not writing them down: a voicebot is no transcription service, nor the reverse.
  via('voicebot', 'voicebots', 'voice bot', 'voice bots', 'ivr', '語音機械人', 'phone bot', 'phone menus'),
  cap('call quality', 'quality assurance', 'call qa', 'script compliance', 'tone', 'rude', '服務質素', '通話質檢', '客服質檢', '抽聽', '指定用語', '語氣', '態度', '開場白', '通話質素'),
  via('text to speech', 'voice synthesis', 'tts', '語音合成'),
  cap('translation', 'translate', 'machine translation', '翻譯', '機器翻譯'),
  via('computer vision', 'machine vision', 'image recognition', 'cv', '電腦視覺', '機器視覺', '圖像識別', '影像識別', 'image classification', 'classify images', 'photo identification', 'photo matching'),
  via('camera', 'cameras', 'cctv', 'video analytics', '鏡頭', '攝影機', '閉路電視', '影像分析'),
  cap('defect detection', 'quality inspection', 'visual inspection', 'quality control', 'defects', '瑕疵', '瑕疵檢測', '品質檢測', '品檢', '質檢', 'qc', 'qc check', '驗貨', '質量檢測',
    'label inspection', 'label checks', 'mislabelled', 'mislabeled', 'wrong labels', 'fill level', 'fill-level', 'foreign objects',
    'foreign object', '液位', '貼錯', '異物', '次品', '不良品', 'crack', 'cracks', 'cracked', 'scratches', 'scratched', 'dents', 'chipped', '裂痕', '裂紋', '刮花', '花痕'),
  via('face recognition', 'facial recognition', '人臉識別', '面部識別', '人面識別'),
  cap('ocr', 'optical character recognition', 'document ai', 'document processing', 'data entry', 'document extraction', 'key in', 'keying', 'typing', 'retyping', 'manual entry', 'handwriting', 'handwritten', '手寫', '手寫字', '文字識別', '文件識別', '文件處理', '光學字元辨識', '入數據', '輸入', '人手輸入', '打字', 'key入', 'pdf', 'pdfs', '文字辨識', '手寫辨識', '抄錄', '轉為文字', '轉做文字'),
  via('erp', 'enterprise resource planning', 'accounting system', 'back office system', '企業資源規劃', '會計系統'),
  cap('purchase orders', 'purchase order', 'po', 'procurement', 'purchasing', 'purchase planning', 'supplier quotes', 'order from suppliers', 'orders from suppliers', 'ordering from suppliers', '採購', '採購單', '訂購單', '向供應商訂貨'),
  cap('invoice', 'invoices', 'receipt', 'receipts', 'bills', '發票', '單據', '收據', '發單'),
  cap('accounting', 'bookkeeping', 'accounts payable', 'xero', 'quickbooks', 'myob', '會計', '記帳', '簿記', '數簿', '入數', '入帳', 'expense claims', 'reimbursement', '報銷', 'unpaid invoices', 'overdue invoices', 'overdue payments', 'chase payments', 'chasing payments', 'accounts receivable', 'debt collection', '追數', '收數', '追款', '欠款', '欠數', 'reconciliation', 'reconcile', 'reconciling', 'bank reconciliation', 'settlement reports', '對帳', '對賬', '核對', '對數', '對不上', '结算单', '結算單', '結算報表'),
  via('forecasting', 'forecast', '預計', 'predict', 'predicts', 'predicting', 'demand forecasting', 'demand prediction', 'sales forecast', 'predict demand', '預測', '需求預測', '銷量預測'),
  cap('inventory', 'stock', 'stock level', 'stock levels', 'overstock', 'stockout', 'out of stock', 'run out', 'running out', 'sell out', 'selling out', 'sold out', 'reorder', 'restock', 'replenish', 'replenishment', 'sku', 'skus', '存貨', '庫存', '貨存', '積壓', '補貨', '缺貨', '賣斷貨', '斷貨', '入貨', '訂貨', '冇貨', '盤點', '點貨', 'stocktake', 'stock take',
    'stock count', 'stock counts', 'over order', 'over ordering', 'over orders', '積貨', '存倉', '進貨', '叫貨', 'expiry date', 'expiry dates', 'shelf life', 'best before', '過期', '過咗期', 'spare parts', 'spare part', '零件', '配件'),
  cap('pricing', 'dynamic pricing', 'price optimisation', 'revenue management', '定價', '動態定價', '價格', 'room rates', 'room prices', 'room price', '房價', '調價', 'markdown', 'markdowns', 'clearance', 'discounting', '減價', '清貨', '劈價', '票價', 'ticket prices', 'fares'),
  via('recommendation', 'recommendations', 'recommendation engine', 'recommender', 'personalisation', 'personalization', '推薦', '推介', '個人化'),
  cap('route optimisation', 'route planning', 'routing', 'delivery routes', 'dispatch', '路線規劃', '路線優化', '派送路線', '排車', '派貨', '派送', '路線', '車次', '行車路線', '行邊條路'),
  cap('fleet', 'vans', 'trucks', 'vehicles', 'drivers', '車隊', '貨車', '司機', 'minibus', 'minibuses', '小巴'),
  cap('predictive maintenance', 'condition monitoring', 'breakdown', 'breakdowns', 'failure prediction', '預測性維護', '預測性保養', '故障', '維修', 'break down', 'breaks down', 'broke down', 'machine failures', '壞機', '壞咗', '經常壞', '成日壞', '突然壞', '停機', '死火', '幾時壞', '壞機', '機器壞'),
  cap('energy', 'energy saving', 'electricity', 'power consumption', 'chiller', 'hvac', '能源', '節能', '電費', '用電量', '冷氣', 'aircon', 'air con', 'air conditioning', 'electricity bill', 'electricity bills', 'power bill', '冷氣機', 'smart meter', 'smart meters', '智能電錶', 'peak load', 'electricity load', 'charging load', 'power capacity', '電力'),
  cap('solar', 'solar power', 'solar panels', 'solar panel', 'solar output', 'photovoltaic', 'pv', '太陽能', '光伏', '太陽能板'),
  cap('fraud detection', 'fraud', 'anti-fraud', 'anti money laundering', 'aml', '欺詐', '詐騙', '防詐騙', '反洗錢', 'suspicious transactions', 'money laundering', '可疑交易', '洗錢', 'fake receipts', 'fake invoices', 'forged', 'forgery', 'fraudulent', '假單據', '假發票', '假收據', '偽造'),
  cap('kyc', 'know your customer', 'customer due diligence', 'onboarding checks', '客戶盡職審查', '認識你的客戶', 'adverse media', 'sanctions screening', 'background checks', 'background check', '背景調查', 'sanctions', 'sanctions list', 'adverse news', 'negative news', 'name screening', 'politically exposed', '制裁', '制裁名單', '負面新聞'),
  cap('risk', 'risk scoring', 'credit scoring', 'underwriting', '風險', '風控', '信貸評分', '核保'),
  cap('claims', 'insurance claims', 'claim processing', '索償', '理賠'),
  cap('contract review', 'review contracts', 'reviewing contracts', 'check contracts', 'contract analysis', 'legal documents', 'clauses',
    'clause', '條款', '法律文件', '審閱合約', '睇合約'),
  // A contract named in a need is mostly its setting ("the mall may cut the contract"); what to do with it is the work
  ctx('contracts', 'contract', '合約', '合同'),
  cap('marketing', 'digital marketing', 'campaigns', 'social media', 'advertising', 'ads', '市場推廣', '營銷', '行銷', '社交媒體', '廣告', '宣傳', 'edm', 'newsletter', 'email marketing', 'seo', '搜尋引擎優化', '公眾號'),
  cap('influencer marketing', 'kol', 'kols', 'influencer', 'influencers', 'followers', 'blogger', 'bloggers', 'youtuber', 'youtubers',
    '網紅', '博主', '達人', '試食', '試飲'),
  cap('copywriting', 'ig post', 'ig posts', 'instagram post', 'instagram posts', 'social posts', 'xiaohongshu', '小紅書', 'content generation', 'product descriptions', 'product copy', 'generate content', 'posts', 'captions', 'write', 'writing', 'draft', 'drafting', '文案', '內容生成', '產品描述', '產品介紹', '帖文', '撰寫', '寫作', '草擬', '寫信', '起草', '草稿', 'draft letters', 'drafting letters', 'draft replies'),
  cap('consulting', 'consultancy', 'consultant', 'advice', 'advisory', 'strategy', 'roadmap', 'where to start', 'getting started', 'workshop', 'workshops', 'training', 'course', 'courses', '顧問', '諮詢', '策略', '規劃', '工作坊', '培訓', '課程', '入門', '了解', '認識', 'process redesign', 'standardise', 'standardize', 'standardisation', 'standardization', 'change management', 'merger', 'way of working', 'ways of working', 'process mapping', 'map our processes', 'map how', 'proof of concept', 'proofs of concept', 'poc', 'small test', '試點', '先導計劃', '流程重整', '統一流程', '業務流程', '流程檢視', '檢視流程', '睇吓流程', '睇下流程', '揀系統', '揀選系統', '系統揀選', '供應商揀選', 'system selection', 'vendor selection', 'choose a system', 'choosing a system', 'pick a system', 'help us choose', 'help us pick', 'ai policy', 'acceptable use policy', 'usage policy', 'ai governance', 'governance', '使用指引', '使用守則', '管治'),
  cap('funding', 'grant', 'grants', 'subsidy', 'subsidies', 'voucher', 'technology voucher', 'tvp', 'bud fund', '資助', '津貼', '科技券', '基金', '補助'),
  via('generative ai', 'genai', 'aigc', 'llm', 'large language model', 'gpt', '生成式人工智能', '生成式ai', '大型語言模型', '大語言模型', 'chatgpt'),
  via('knowledge base', 'rag', 'internal chatbot', 'knowledge base assistant', 'document q&a', 'company documents', '文件問答', '內部文件', 'retrieval', 'search documents', 'enterprise search', '知識庫', '檢索', 'shared drive', 'find documents', 'finding documents', 'find files', 'finding files', '搵文件', '搵檔案', 'post orders', 'sop', 'sops', 'with the source', 'with sources'),
  cap('sentiment analysis', 'reviews', 'customer feedback', 'feedback', '情緒分析', '評論', '評價', '顧客意見', '意見', 'complaints', 'complaint', 'complain', '投訴', 'social listening', 'online comments', 'mentions', 'forum', 'forums', 'lihkg', 'openrice', '討論區', '連登', '口碑', '網上評論', 'google review', 'google reviews'),
  cap('customer service', 'customer support', 'enquiries', 'inquiries', 'questions', 'faq', '客戶服務', '客服', '查詢', '問題解答', '客戶查詢', 'reply', 'replies', 'replying', 'auto reply', 'answer questions', '問嘢', '問問題', '回答', '回覆', '答覆', '覆客', '自動覆', '覆唔切', '答客', 'same questions', 'same question', '同一條問題', '同樣嘅問題', '重複嘅問題', '問來問去'),
  cap('booking', 'bookings', 'reservation', 'reservations', 'appointment', 'appointments', 'scheduling', '預約', '訂位', '訂座', '預訂', '排期', '訂枱', '訂檯', '留位', '有冇位', '覆診'),
  cap('order taking', 'orders', 'ordering', 'online ordering', 'order', '訂單', '落單', '點餐', '下單', '叫餐', 'qr code', 'qr ordering', '掃碼', '掃碼點餐'),
  cap('data analytics', 'analytics', 'business intelligence', 'dashboard', 'dashboards', 'reporting', 'bi', '數據分析', '商業智能', '儀表板', '報表', '睇數',
    'live dashboard', 'real-time dashboard', 'latest figures', 'daily sales', 'sales figures', 'sales report', 'sales reports', '營業額',
    '生意額', '銷售數字', '銷售數據', '即時數據', '最新數字', '最新嘅數', '隨時睇數'),
  cap('crm', 'customer data', 'membership', 'member', 'members', 'member data', 'regulars', 'regular customers', 'win back', 'retention', 'loyalty', 'customer relationship', '會員', '客戶關係', '客戶資料', 'follow up', 'follow-up', 'follow ups', '跟進', '跟單', '積分', 'loyalty points', 'churn', 'customer churn', 'losing customers', 'lost customers', '流失', '客戶流失', '走客', 'likely to leave', 'stop coming', 'stopped coming', 'stop buying', 'stopped buying', 'lapsed customers', '冇再嚟', '唔再嚟', '冇再幫襯', '唔再幫襯'),
  via('rpa', 'robotic process automation', 'workflow automation', 'process automation', '流程自動化', '機械人流程自動化', '自動化流程'),
  via('robot', 'robots', 'robotics', 'cobot', 'robotic arm', '機械人', '機器人', '機械臂', 'delivery robot', 'delivery robots',
    'serving robot', 'serving robots', 'service robot', 'service robots', 'dish return', 'carry plates', 'carrying plates',
    'carry dishes', 'cleaning robot', 'cleaning robots', 'floor cleaning', 'mopping', '送餐機械人', '送餐機器人', '送餐', '傳菜',
    '收碗', '收碟', '拖地', '清潔機械人', '洗地', '洗地機', 'floor scrubber', 'floor scrubbers', 'scrubber', 'scrubbers'),
  cap('companionship', 'companion', 'companions', 'companionship', 'social robot', 'social robots', 'loneliness', 'lonely',
    '陪伴', '陪傾偈', '陪老人家', '陪長者', '孤獨', '寂寞'),
  via('iot', 'internet of things', 'sensors', 'sensor', '物聯網', '感應器', '傳感器', 'probe', 'probes', '探頭'),
  cap('hardware', 'workstations', 'workstation', 'gpu workstations', 'gpu servers', 'ai servers', 'ai pcs', 'hardware', '工作站', '硬件', '伺服器'),
  cap('hardware financing', 'equipment financing', 'instalments', 'installments', 'monthly instalments', 'pay in instalments', '分期', '分期付款'),
  via('gpu', 'gpu cloud', 'computing power', 'compute', 'model training', '算力', '運算能力', '圖形處理器'),
  via('cloud', 'cloud computing', 'hosting', '雲端', '雲計算', '雲服務'),
  via('data centre', 'data center', '數據中心'),
  cap('cybersecurity', 'information security', 'security', 'phishing', '網絡安全', '資訊安全', '保安', '釣魚',
    'hacked', 'hacker', 'hackers', 'hacking', 'fake email', 'fake emails', 'scam email', 'scam emails', 'spoofed', 'spoofing',
    'impersonation', 'malware', 'ransomware', 'spam', 'account takeover', 'cyber attack', 'cyberattack',
    'threat detection', '黑客', '入侵', '勒索軟件', '假電郵', '詐騙電郵', '盜用'),
  // Problems an SME describes without the vendor's word for them
  cap('temperature monitoring', 'temperature', 'temperatures', 'fridge', 'fridges', 'freezer', 'freezers', 'cold room',
    'cold rooms', 'cold chain', 'refrigeration', 'refrigerator', 'refrigerators', 'haccp', 'reefer', '溫度', '雪櫃', '冰櫃',
    '凍房', '冷藏', '冷鏈'),
  cap('proctoring', 'online proctoring', 'exam proctoring', 'proctor', 'invigilation', 'invigilate', 'invigilator', 'online exam',
    'online exams', 'remote exam', 'remote exams', '監考', '網上監考', '遙距監考', '網上考試', '遙距考試', '線上考試'),
  cap('identity verification', 'face verification', 'id verification', 'identity check', 'identity checks', 'verify identity',
    'liveness', '身份核實', '核實身份', '身份驗證', '驗證身份', '實名認證', '身份認證', 'person on screen', 'who is on screen', 'the right person', '代考', '頂替'),
  cap('subtitles', 'subtitle', 'subtitling', 'closed captions', 'srt', '字幕', '中英字幕', '上字幕', '出字幕', '配字幕'),
  cap('basket analysis', 'market basket', 'bought together', 'also bought', 'frequently bought together', 'cross-sell',
    'cross-selling', 'upsell', 'upselling', 'bundle', 'bundles', 'combo', 'combos', '一齊買', '捆綁', '組合優惠'),
  cap('parking', 'car park', 'carpark', 'car parks', 'parking lot', 'licence plate', 'license plate', 'number plate',
    'plate recognition', 'lpr', 'anpr', '停車場', '車位', '泊車', '車牌', '車牌識別'),
  cap('no-shows', 'no-show', 'no show', 'no shows', 'missed appointments', 'no-show prediction', '甩底', '放飛機', '失約'),
  cap('summarisation', 'summarization', 'summarise', 'summarize', 'summaries', '摘要', '撮要'),
  cap('data labelling', 'data labeling', 'data annotation', 'annotation', 'labelling', 'labeling', '數據標註', '標註', 'tagging', '圈出', '標記'),
  cap('valuation', 'valuations', 'property valuation', 'automated valuation', '估值', '物業估價'),
  cap('document management', 'scanning', 'scanned', 'filing', 'archive', 'archives', 'records management', '文件管理', '掃描', '歸檔', '存檔', 'paper files', 'paper documents', 'paper records', '紙本', '紙本文件', '掃入電腦', '掃入', 'paperless', 'go paperless', '電子化', '無紙化', '數碼化', 'version control', 'latest version', 'final version', 'old version', 'wrong version', '舊版', '最新版', '版本控制'),
  cap('leak detection', 'leak', 'leaks', 'leaking', 'water leak', 'water leaks', 'burst pipe', 'burst pipes', 'pipe leak',
    'water loss', 'non-revenue water', '漏水', '滲漏', '爆喉', '水錶', '水表'),
  cap('water quality', 'drinking water', 'water supply', 'water treatment', '水質', '食水', '濾水', '黃水', '水黃'),
  cap('omnichannel', 'omni-channel', 'multichannel', 'multi-channel', 'all channels', 'every channel', 'unified inbox',
    'one inbox', 'single inbox', '全渠道', '多渠道', '所有渠道'),
  cap('intrusion alerts', 'intruder', 'intruders', 'break-in', 'break-ins', 'burglary', 'burglaries', 'burglar', 'burglars',
    'trespassers', '爆格', '爆入', '闖入', '爬圍板'),
  cap('tenders', 'tender', 'tenders', 'tender proposals', 'bid', 'bids', 'bidding', 'rfp', 'proposal writing', '標書', '投標', '招標',
    '入標', '建議書'),
  cap('recycling', 'recyclables', 'recycle', '回收', '分類回收'),
  cap('attendance', 'clock in', 'clock-in', 'time clock', '打卡', '考勤', '出勤', 'webinar attendance', 'stay to the end', 'stays to the end', 'online attendance', '出席率', '點名', '電子點名'),
  cap('driver safety', 'dashcam', 'dash cam', 'dashcams', 'driver fatigue', 'dangerous driving', 'driver behaviour', 'driver behavior',
    'speeding', 'tailgating', 'driving too close', 'drowsy driving', 'distracted driving', 'asleep at the wheel', 'road accidents',
    'traffic accidents', '車cam', '行車記錄儀', '疲勞駕駛', '危險駕駛', '分心駕駛', '超速', '撞車', '車禍', '交通意外'),
  cap('it support', 'managed it', 'it helpdesk', 'helpdesk', 'help desk', 'backup', 'backups',
    'it outsourcing', 'it support', '電腦支援', '備份', 'network', 'networks', 'wifi', 'wi-fi', '斷線', '執網絡', '執好個網絡'),
  cap('web design', 'website design', 'new website', 'build a website', 'redo our website', 'website builder', 'google business profile', '網站設計', '網頁設計', '新網站', '整網站', '做網站', '整個網站'),
  cap('case management', 'case records', 'case notes', 'caseload', '個案管理', '個案紀錄', '個案記錄', 'casework', 'case work', 'caseworkers', '跟進個案', '求助個案'),
  cap('speaking practice', 'pronunciation', 'oral practice', 'speaking skills', 'fluency', '口語', '發音', '讀音', '讀錯', '流利', '會話練習'),
  cap('shelf monitoring', 'shelf', 'shelves', 'planogram', 'empty shelves', '貨架', '上架'),
  cap('progress tracking', 'progress report', 'progress reports', 'site progress', 'construction progress', '施工進度', '進度報告'),
  cap('bim', 'building information modelling', 'building model', 'building models', '3d model', '3d models', 'clash detection',
    'quantity take-off', '建築信息模型', '立體模型', '建築模型'),
  cap('knowledge graph', 'knowledge graphs', 'linked data', '知識圖譜'),
  cap('data integration', 'data pipelines', 'etl', 'consolidate', 'consolidated', 'combine data', 'single view', 'one place', 'merge data',
    'datasets', 'data sets', 'data platform', 'data platforms', 'data warehouse', 'data lake', '數據平台', '數據倉庫',
    '數據整合', '整合', '匯總', '夾數', 'copy and paste', 'copy-paste', '抄數', '對唔埋', 'master data', 'data cleaning', 'data cleansing', 'clean data', 'clean up data', 'clean up our data', 'data quality', 'ai-ready', 'ai ready', '主數據', '數據清洗', '清洗數據', '整理數據', '數據整理', '整理好數據'),
  cap('profitability', 'profit margin', 'profit margins', 'losing money', 'food cost', 'food costs', 'menu costing', 'recipe costing',
    'menu engineering', 'dish profitability', '毛利', '蝕錢', '蝕緊錢', '食材成本'),
  cap('abandoned cart', 'abandoned carts', 'cart abandonment', '購物車'),
  cap('medical imaging', 'radiology', 'x-ray', 'x-rays', 'ct scan', 'mri', '醫學影像', '放射', 'x光', '電腦掃描'),
  cap('diagnosis', 'diagnostics', 'triage', '診斷', '分流'),
  cap('fall detection', 'falls', 'fall', '跌倒', '跌低', '跌親'),
  cap('monitoring', 'monitor', 'surveillance', 'alerts', 'alert', '監察', '監控', '監測', '警報', '通知', 'warn', 'warns', 'warning', 'early warning', '預警'),
  ctx('detection', 'detect', 'detecting', 'identify', 'spot', 'flag', '偵測', '檢測', '識別', '辨識', '找出'),
  cap('safety', 'site safety', 'helmet', 'ppe', 'hazard', '安全', '地盤安全', '安全帽', '危險'),
  cap('essay marking', 'marking', 'assessment', 'homework', '批改', '改卷', '評分', '功課', '作文'),
  cap('tutoring', 'learning', 'e-learning', 'adaptive learning', 'teaching', 'lessons', '學習', '教學', '補習', '網上學習', 'ai tutor', 'dse', 'practice questions', 'exam practice', '溫書', '操卷'),
  cap('hr', 'recruitment', 'hiring', 'cv screening', 'resume screening', 'candidates', '招聘', '人力資源', '請人', '履歷', 'interview', 'interviews', '面試', '見工', '招人', '請兼職', '請員工', '請人手', '請part'),
  cap('translation of documents', 'bilingual documents', 'localisation', 'localization', '本地化', '雙語文件'),
  cap('footfall', 'people counting', 'foot traffic', 'visitor counting', '人流', '人流統計'),
  cap('queue', 'queues', 'waiting time', '排隊', '輪候', '等候時間', 'queue tickets', '攞籌', '拎籌', 'long queue', 'long queues', 'waitlist', 'waiting list', 'wait list', 'line up', 'lining up', '排長龍', '等位', '叫號', '攞飛'),
  cap('waste', 'food waste', '浪費', '廚餘', '食物浪費'),
  cap('traceability', 'tracking', 'track and trace', 'tracking shipments', '追蹤', '追溯', 'gps'),
  cap('warehouse', 'warehousing', 'picking', 'packing', '倉庫', '貨倉', '執貨', '包裝', 'wms', 'warehouse management', 'barcode', 'barcodes', '條碼', '掃條碼'),
  cap('smart building', 'building management', 'facility management', 'property management', '智能大廈', '物業管理', '設施管理'),
  cap('esg', 'carbon', 'sustainability', 'emissions', '碳排放', '可持續', '減碳'),
  cap('esports', 'gaming', 'game', '遊戲', '電競'),
  via('ar', 'vr', 'augmented reality', 'virtual reality', 'metaverse', '擴增實境', '虛擬實境', '元宇宙'),
  via('drone', 'drones', 'uav', '無人機'),
  via('machine learning', 'ml', 'deep learning', 'neural network', '機器學習', '深度學習', 'learns', 'learn from'),
  cap('nlp', 'natural language processing', 'text analytics', '自然語言處理', '文本分析'),
  channel('website', 'web', 'shopify', 'shopee', 'woocommerce', 'hktvmall', 'amazon', 'online shop', 'e-commerce', 'ecommerce', 'online store', '網站', '網店', '電子商貿', '電商', '網購'),
  channel('app', 'mobile app', 'apps', '手機應用程式', '應用程式', '手機app', 'mini program', '小程序'),
  channel('pos', 'point of sale', 'checkout', 'cashier', '收銀', '收銀機'),
  cap('payment', 'payments', 'stripe', 'paypal', '支付', '付款', '繳費', 'octopus', 'fps', 'payme', 'alipay', 'wechat pay', '八達通', '轉數快', '埋單', '結帳', 'deposit', 'deposits', '訂金'),
  cap('takeaway', 'takeaways', 'take-away', 'takeout', 'food delivery', '外賣', '外送', '叫外賣', 'foodpanda', 'deliveroo', 'keeta'),
  cap('rostering', 'roster', 'rosters', 'rota', 'shift roster', 'shift rosters', 'shift scheduling', 'staff scheduling', '排更', '編更', '更表', '執更', '改更', '排班', '輪班',
    'workforce management', 'workforce planning', 'wfm', 'staffing levels', '人手編排', 'shifts', 'which shift', '返邊更', '更期'),
  cap('loss prevention', 'theft', 'shoplifting', 'shoplifters', 'shrinkage', 'stealing', 'suspicious behaviour', 'suspicious behavior', '防盜', '盜竊', '偷竊', '偷嘢', '偷東西', '高買', '可疑行為',
    'self-checkout', 'self-checkouts', 'self checkout', 'self checkouts', '自助收銀', '掃少', '少掃'),
  cap('order tracking', 'order status', 'track orders', 'delivery status', 'parcel', 'parcels', 'returns', 'refunds', '訂單追蹤', '到貨', '退貨', '退款', '包裹'),
  cap('hs code', 'hs codes', 'customs declaration', 'customs declarations', 'customs clearance', 'declarations', 'trade documents', 'packing list', 'packing lists', 'hs', 'tdec', '報關', '清關', '海關', '商品編碼', '報關資料', '貿易單據', '裝箱單'),
  via('rendering', 'render', 'renders', '3d', 'visualisation', 'visualization', '效果圖', '渲染', 'floor plan', 'floor plans', '平面圖', '圖則', 'virtual staging', 'furnished', 'furniture', '傢俬', '家具', '佈置', '室內設計', '樣板房'),
  cap('weighing', 'weigh', 'weighs', 'smart scale', '過磅', '磅重', '秤重'),
  cap('quotation', 'quote', 'quotes', 'quotation', 'quotations', '報價', '報價單'),
  cap('school notices', 'circulars', 'notices', 'reply slips', '通告', '回條'),
  ctx('opening hours', 'opening times', '營業時間', '收舖', '開舖', '收鋪', '開鋪'),
  ctx('photos', 'photo', 'phone photo', '影相', '拍照', '相片'),
  cap('payroll', 'salary', 'salaries', 'mpf', 'leave management', '出糧', '糧單', '計糧', '薪金', '薪酬', '強積金', '請假'),
  cap('tax', 'tax return', 'tax returns', 'profits tax', 'salaries tax', '報稅', '利得稅', '薪俸稅', '稅表', 'ird', '稅局'),
  cap('lead generation', 'leads', 'lead qualification', 'qualify leads', 'qualify', 'qualifies', 'serious buyers', 'genuine buyers', '篩選客戶', 'sales leads', 'prospects', '搵客', '客源', '潛在客戶'),
  cap('meeting minutes', 'meeting', 'meetings', 'meeting notes', '會議', '開會', '會議紀錄', '會議記錄'),
  via('video', 'videos', 'video production', 'short videos', 'reels', '影片', '短片', '拍片', '視頻', '短視頻', 'livestream', 'live streaming', '直播', 'digital human', 'avatar', 'avatars', 'virtual presenter', 'ai presenter', '數字人', '虛擬主播', '虛擬人'),
  via('image generation', 'generative design', 'ai images', 'posters', 'poster', '海報', '生成圖片', '圖片生成', 'print patterns', 'pattern design', 'surface patterns', 'colourways', 'colourway', '圖案', '配色', '花面', '印花', '花紋'),
  ctx('privacy', 'personal data', 'pdpo', '私隱', '個人資料'),
  // The setting of a need: who the SME is and who it serves
  ctx('restaurant', 'restaurants', 'cafe', 'cha chaan teng', 'catering', 'f&b', 'food and beverage', '餐廳', '茶餐廳', '食肆', '飲食', '餐飲', '酒樓', '茶記', '餐館', '食堂', '飯堂', 'canteen', 'bakery', 'bakeries', '餅店', '麵包店', '麵包舖', 'kitchen', 'kitchens', '廚房', 'ingredients', '食材', 'dai pai dong', '大排檔'),
  ctx('menu', 'menus', 'dishes', '菜單', '餐牌', '菜式'),
  ctx('elderly care', 'elderly', 'care home', 'nursing home', 'aged care', '長者', '安老院', '護老院', '老人院', '院舍'),
  ctx('shop', 'shops', 'store', 'stores', 'retail', 'retailer', 'boutique', '零售', '店舖', '舖頭', '商店', '門市', '鋪頭', '分店', '鋪', '舖', 'convenience store', 'convenience stores', '便利店', '士多', '精品店', '精品舖'),
  broad('customer', 'customers', 'client', 'clients', 'guest', 'guests', 'patients', 'patient', '客人', '客戶', '顧客', '客仔', '病人', '住客', '幫襯', '熟客', '街客'),
  ctx('hotel', 'hotels', 'guesthouse', '酒店', '賓館', '旅館'),
  ctx('travel', 'tourism', 'tourists', 'travel agency', '旅遊', '旅行社', '遊客', 'tours', '旅行團'),
  cap('itinerary planning', 'itinerary', 'itineraries', 'trip planning', 'tour planning', '行程', '行程規劃', '行程表', '編排行程'),
  ctx('clinic', 'clinics', 'hospital', 'hospitals', 'doctor', 'doctors', '診所', '醫院', '醫生', '醫務所', '睇醫生', '睇症'),
  ctx('school', 'schools', 'students', 'teachers', 'classroom', '學校', '學生', '老師', '教師', '中學', '小學', 'parents', '家長',
    'tutorial centre', 'tutoring centre', '補習社'),
  ctx('factory', 'factories', 'production line', 'manufacturing', 'plant', '工廠', '廠房', '生產線', '製造'),
  ctx('garment', 'garments', 'fabric', 'textile', 'apparel', '製衣', '布料', '紡織', '成衣'),
  ctx('electronics', 'circuit boards', 'pcb', 'solder', '電子', '電路板', '焊接'),
  ctx('logistics', 'delivery', 'deliveries', 'shipping', 'courier', 'freight', '物流', '送貨', '運輸', '速遞', '貨運'),
  ctx('construction', 'building site', 'construction site', 'contractor', '建築', '地盤', '工地', '工程'),
  ctx('bank', 'banking', 'virtual bank', 'card transactions', 'transactions', '銀行', '交易'),
  ctx('insurance', 'insurer', 'policies', 'policyholders', '保險', '保單'),
  ctx('law firm', 'lawyers', 'legal', 'solicitors', '律師行', '律師', '法律'),
  ctx('accounting firm', 'accountants', 'audit', 'cpa', '會計師', '會計師行', '核數'),
  ctx('property', 'real estate', 'estate agency', 'tenants', 'tenancy', 'landlord', '地產', '物業', '租客', '租約', '業主', 'viewing', 'viewings', 'listings', '睇樓', '租盤', '放盤', '樓盤', 'estate agent', 'estate agents', 'property agent', 'property agents', 'mortgage', 'mortgages', '按揭'),
  ctx('office', 'offices', 'office towers', 'buildings', '辦公室', '寫字樓', '大廈'),
  ctx('staff', 'employees', 'workers', 'frontline staff', '員工', '同事', '職員', '工人', 'part-time', 'part-timers', 'part timers', 'receptionist', 'receptionists', '兼職', '姑娘', '伙記', '夥計', '師傅', '教師傅'),
  // A call centre or hotline is where the work is done: answering it, writing its calls down or checking them
  ctx('call centre', 'call center', 'contact centre', 'contact center', 'hotline', 'hotlines', '熱線', '客服熱線', '客服中心', '呼叫中心', 'customer service team', 'customer service calls'),
  // The SME's own suppliers (the platform's suppliers are AI vendors, and 供應商 says nothing about which fits)
  ctx('suppliers', 'supplier', 'wholesalers', 'wholesaler', 'distributors'),
  ctx('email', 'emails', 'e-mail', '電郵', '郵件'),
  ctx('phone', 'phone calls', 'calls', 'telephone', '電話', '來電', 'answer calls', 'answers calls', 'phone line', 'phone lines', '聽電話', '接電話'),
  ctx('social care', 'ngo', 'charity', 'social workers', '社福', '社工', '慈善', '非牟利'),
  ctx('beauty', 'salon', 'spa', 'cosmetics', '美容', '美容院', '化妝品', 'nail salon', 'nail bar', '美甲'),
  ctx('fitness', 'gym', '健身', '健身室'),
  ctx('supermarket', 'grocery', 'groceries', '超市', '街市', 'wet market'),
  ctx('pharmacy', 'pharmacies', 'medicine', 'drugs', '藥房', '藥物'),
  broad('chinese', 'traditional chinese', 'simplified chinese', '中文', '繁體中文', '繁體', '簡體中文', '簡體'),
  broad('english', '英文', '英語'),
  broad('hong kong', 'hk', '香港', '本地'),
  broad('greater bay area', 'gba', 'mainland', 'china', '大灣區', '內地', '國內', 'shenzhen', 'guangzhou', '深圳', '廣州'),
  broad('automation', 'automate', 'automatic', 'automatically', '自動化', '自動'),
  // Where in Hong Kong an SME is says nothing about which supplier fits (and several suppliers are named after districts)
  {
    members: ['causeway bay', 'sheung wan', 'tseung kwan o', 'kwun tong', 'mong kok', 'tsim sha tsui', 'wan chai', 'sha tin', 'tuen mun',
      'yuen long', 'tsuen wan', 'kwai chung', 'sham shui po', 'new territories', 'kowloon bay', 'san po kong', 'lai chi kok',
      'sai kung', 'kowloon city', 'tai po', 'tsing yi', 'aberdeen', 'north point', 'quarry bay', 'tai koo', 'chai wan',
      'tin shui wai', 'fanling', 'sheung shui', 'ma on shan', 'tung chung', 'discovery bay', 'hung hom', 'to kwa wan',
      'kowloon tong', 'prince edward', 'yau ma tei', 'cheung sha wan', 'kennedy town', 'sai ying pun', 'happy valley',
      'admiralty', 'mid-levels', 'tai wai', 'fo tan', 'kwai fong', 'lantau', 'cheung chau', 'stanley', 'repulse bay',
      'wong tai sin', 'diamond hill', 'ngau tau kok', 'lam tin', 'yau tong', 'mei foo', 'tai kok tsui', 'kowloon', 'hong kong island',
      '西貢', '九龍城', '大埔', '青衣', '香港仔', '北角', '鰂魚涌', '太古', '柴灣', '天水圍', '粉嶺', '上水', '馬鞍山', '東涌',
      '愉景灣', '紅磡', '土瓜灣', '九龍塘', '太子', '油麻地', '長沙灣', '堅尼地城', '西營盤', '跑馬地', '金鐘', '半山', '大圍',
      '火炭', '葵芳', '大嶼山', '長洲', '赤柱', '淺水灣', '黃大仙', '鑽石山', '牛頭角', '藍田', '油塘', '美孚', '大角咀', '九龍', '港島',
      '銅鑼灣', '上環', '中環', '將軍澳', '觀塘', '旺角', '尖沙咀', '灣仔', '沙田', '屯門', '元朗', '荃灣', '葵涌', '深水埗', '新界', '九龍灣', '新蒲崗', '荔枝角'],
    weight: 0,
  },
  // Words that stem like a lexicon word but mean something else: a WhatsApp "account" is not accounting, and to
  // "review" a contract is not to read customer reviews
  { members: ['account', 'accounts', 'review', 'noticed', 'waste time', 'waste hours', 'wasting time', 'time wasters', '浪費時間', '嘥時間'], weight: 0 },
  // Money and time are matched by the budget and readiness components, not by words
  { members: ['budget', 'cost', 'costs', 'cheap', 'affordable', 'low cost', 'price', 'hkd', 'hk$', '預算', '成本', '平價', '便宜', '慳錢', '錢', '蚊'], weight: 0 },
];
