// Technology (midstream) layer capabilities: algorithms, frameworks, model training and platforms.
import { cap, m, t, type Capability } from './capability';

export const technologyCapabilities: Capability[] = [
  cap({
    tag: 'computer vision', phrase: ['computer vision models', '電腦視覺模型'], layer: 'technology',
    technologies: ['ai-technologies', 'deep-learning'], areas: ['operations'], sectors: 'any', family: 'vision',
    scenarios: [{
      task: t('Computer vision inspection model', '開發電腦視覺檢查模型'),
      problem: t('relied on staff to check photos and camera feeds by eye, which was slow and varied between shifts.', '依賴員工以肉眼檢查相片及鏡頭畫面，速度慢且不同班次標準不一。'),
      solution: t('trained a custom vision model on {k} annotated images and exposed it as an API for the client’s own systems.', '以{k}張已標註圖片訓練專用視覺模型，並以API形式接入客戶系統。'),
      k: [5000, 80000],
      metrics: [
        m('Manual review workload down {n}% in {period}', '{period}內人手覆核工作量減少{n}%', 40, 80),
        m('Detection accuracy of {n}% on held-out images', '測試圖片的識別準確率達{n}%', 92, 99),
      ],
    }],
  }),
  cap({
    tag: 'speech recognition', phrase: ['trilingual speech recognition', '粵普英三語語音識別'],
    layer: 'technology', technologies: ['ai-technologies'], areas: ['customer-service', 'administrative-support'],
    sectors: ['telecom-it', 'finance-insurance', 'healthcare', 'government', 'trade-retail', 'public-administration'],
    family: 'speech',
    scenarios: [{
      task: t('Cantonese call transcription', '自動轉錄粵語通話'),
      problem: t('recorded thousands of customer calls a week but could only review a small sample by hand.', '每周錄下數千通客戶電話，卻只能以人手抽查一小部分。'),
      solution: t('deployed a Cantonese-English speech recognition engine that transcribes calls and flags {k} compliance keywords.', '部署粵英語音識別引擎，自動轉錄通話並標示{k}個合規關鍵詞。'),
      k: [40, 300],
      metrics: [
        m('Call review coverage up from 3% to {n}% in {period}', '{period}內通話覆核比例由3%提升至{n}%', 85, 100),
        m('Quality-assurance hours down {n}% in {period}', '{period}內質素保證工時減少{n}%', 40, 70),
      ],
    }],
  }),
  cap({
    tag: 'natural language processing', phrase: ['bilingual natural language processing', '中英雙語自然語言處理'],
    layer: 'technology', technologies: ['ai-technologies'], areas: ['customer-service', 'marketing', 'administrative-support'],
    sectors: 'any', family: 'language',
    scenarios: [{
      task: t('Bilingual customer feedback analysis', '分析中英文客戶意見'),
      problem: t('received feedback in English, Chinese and Cantonese slang by email, forms and social media, and read it all by hand.', '透過電郵、表格及社交媒體收到英文、中文及粵語口語意見，全部靠人手閱讀。'),
      solution: t('built a bilingual text classifier that tags each message by topic and sentiment, trained on {k} past messages.', '以{k}則過往訊息訓練中英文文本分類模型，自動標示主題及情緒。'),
      k: [8000, 120000],
      metrics: [m('Time to route feedback down {n}% in {period}', '{period}內意見分流時間縮短{n}%', 50, 85)],
    }],
  }),
  cap({
    tag: 'knowledge graph', phrase: ['knowledge graphs', '知識圖譜'], layer: 'technology', technologies: ['ai-technologies'],
    areas: ['rnd', 'legal', 'operations'],
    sectors: ['finance-insurance', 'professional-services', 'healthcare', 'government', 'telecom-it'], family: 'data',
    scenarios: [{
      task: t('Due-diligence knowledge graph', '建立知識圖譜作盡職審查'),
      problem: t('traced company ownership chains across registries by hand, taking analysts days per case.', '以人手翻查不同登記冊的公司持股關係，每宗個案需時數天。'),
      solution: t('built a knowledge graph linking {k} companies, directors and addresses, with a search interface for analysts.', '建立連結{k}間公司、董事及地址的知識圖譜，並提供分析員搜尋介面。'),
      k: [50000, 900000],
      metrics: [m('Average case review time down {n}% in {period}', '{period}內平均個案審查時間減少{n}%', 40, 75)],
      sectors: ['finance-insurance', 'professional-services', 'government', 'telecom-it'],
    }, {
      task: t('Drug-interaction knowledge graph', '建立藥物相互作用知識圖譜'),
      problem: t('had pharmacists checking drug interactions against several reference books and spreadsheets.', '藥劑師需翻查多本參考書及試算表核對藥物相互作用。'),
      solution: t('built a knowledge graph of {k} drugs, ingredients and interactions, linked to the dispensing system with bilingual labels.', '建立涵蓋{k}種藥物、成分及相互作用的知識圖譜，連接配藥系統並附中英文標籤。'),
      k: [2000, 20000],
      metrics: [m('Interaction check per prescription down from minutes to {n} seconds', '每張處方的相互作用核對時間由數分鐘縮短至{n}秒', 3, 20)],
      sectors: ['healthcare'],
    }],
  }),
  cap({
    tag: 'LLM fine-tuning', phrase: ['bilingual LLM fine-tuning', '雙語大型語言模型微調'],
    layer: 'technology', technologies: ['deep-learning', 'ai-frameworks'], areas: ['rnd', 'customer-service', 'administrative-support'],
    sectors: 'any', family: 'language',
    scenarios: [{
      task: t('Fine-tuned bilingual language model', '微調中英雙語語言模型'),
      problem: t('found general chat models answered in Mandarin phrasing or Simplified Chinese and missed its own terminology.', '發現通用聊天模型常以普通話用語或簡體中文回答，亦不熟悉其專業術語。'),
      solution: t('fine-tuned an open-weight model on {k} curated question-answer pairs in Traditional Chinese and English, with an evaluation set agreed with the client.', '以{k}組經整理的繁體中文及英文問答微調開源權重模型，並與客戶議定評估數據集。'),
      k: [3000, 50000],
      metrics: [m('Answers rated acceptable by staff up from 52% to {n}%', '員工評為合格的答案比例由52%提升至{n}%', 80, 94)],
    }],
  }),
  cap({
    tag: 'RAG', phrase: ['retrieval-augmented generation (RAG)', '檢索增強生成（RAG）'],
    layer: 'technology', technologies: ['ai-technologies', 'open-platforms'],
    areas: ['customer-service', 'administrative-support', 'legal'], sectors: 'any', family: 'language',
    scenarios: [{
      task: t('RAG assistant over internal manuals', '以內部手冊建立RAG問答助理'),
      problem: t('kept procedures in hundreds of PDF manuals, and new staff spent hours searching for answers.', '程序分散在數百份PDF手冊中，新員工需花大量時間尋找答案。'),
      solution: t('indexed {k} documents into a retrieval-augmented assistant that cites the source page for every answer.', '把{k}份文件納入檢索增強生成助理，每個答案均附上出處頁面。'),
      k: [300, 20000],
      metrics: [
        m('Time to find a procedure down {n}% in {period}', '{period}內查找程序所需時間減少{n}%', 50, 85),
        m('Internal helpdesk tickets down {n}% in {period}', '{period}內內部支援個案減少{n}%', 20, 45),
      ],
    }],
  }),
  cap({
    tag: 'MLOps', phrase: ['MLOps platforms', 'MLOps平台'], layer: 'technology',
    technologies: ['ai-frameworks', 'open-platforms'], areas: ['rnd', 'operations'], sectors: 'any', family: 'compute',
    scenarios: [{
      task: t('MLOps deployment pipeline', '建立MLOps模型部署流程'),
      problem: t('had data scientists whose models rarely left their laptops, because each deployment took weeks of manual work.', '數據科學家的模型大多停留在手提電腦上，因每次部署都要數星期人手工作。'),
      solution: t('set up a model registry, automated testing and one-click deployment covering {k} production models.', '建立模型登記庫、自動測試及一鍵部署流程，涵蓋{k}個生產模型。'),
      k: [5, 60],
      metrics: [m('Time from trained model to production down from six weeks to {n} days', '模型由訓練完成至上線的時間由六星期縮短至{n}天', 2, 7)],
    }],
  }),
  cap({
    tag: 'anomaly detection', phrase: ['anomaly detection', '異常偵測'],
    layer: 'technology', technologies: ['deep-learning', 'ai-technologies'], areas: ['operations', 'finance'],
    sectors: 'any', family: 'data',
    scenarios: [{
      task: t('Anomaly detection on operational data', '偵測營運數據異常'),
      problem: t('used fixed alarm thresholds that either missed real problems or flooded staff with false alerts.', '使用固定警報門檻，不是漏報真正問題，就是以大量誤報淹沒員工。'),
      solution: t('trained unsupervised models on {k} months of historical data and tuned the alerts with the operations team.', '以{k}個月歷史數據訓練非監督式模型，並與營運團隊共同調校警報。'),
      k: [6, 36],
      metrics: [m('False alarms down {n}% in {period}', '{period}內誤報減少{n}%', 45, 85)],
    }],
  }),
  cap({
    tag: 'OCR', phrase: ['bilingual OCR', '中英文光學字元識別（OCR）'], layer: 'technology',
    technologies: ['ai-technologies', 'deep-learning'], areas: ['administrative-support', 'finance'], sectors: 'any',
    family: 'document',
    scenarios: [{
      task: t('Bilingual OCR of scanned forms', '以OCR識別中英文掃描表格'),
      problem: t('typed data from scanned forms, many handwritten in Traditional Chinese, into its systems by hand.', '以人手把大量掃描表格（不少為繁體中文手寫）輸入系統。'),
      solution: t('deployed an OCR engine tuned for Hong Kong forms and handwriting, processing {k} pages a month.', '部署針對本地表格及手寫字調校的OCR引擎，每月處理{k}頁文件。'),
      k: [5000, 200000],
      metrics: [
        m('Data-entry hours down {n}% in {period}', '{period}內資料輸入工時減少{n}%', 50, 85),
        m('Field-level accuracy of {n}% on handwritten Chinese', '中文手寫欄位識別準確率達{n}%', 93, 99),
      ],
    }],
  }),
  cap({
    tag: 'AutoML', phrase: ['no-code AutoML platforms', '無需編程的AutoML平台'], layer: 'technology',
    technologies: ['open-platforms', 'ai-frameworks'], areas: ['rnd', 'marketing', 'operations'], sectors: 'any', family: 'data',
    scenarios: [{
      task: t('No-code AutoML rollout', '引入無需編程的AutoML平台'),
      problem: t('had analysts who understood the business but could not write machine-learning code.', '分析員熟悉業務，卻不懂編寫機器學習程式。'),
      solution: t('rolled out a no-code AutoML platform and trained {k} analysts to build and monitor their own models.', '引入無需編程的AutoML平台，並培訓{k}名分析員自行建立及監察模型。'),
      k: [5, 40],
      metrics: [m('{n} models in production within {period}', '{period}內有{n}個模型投入使用', 4, 15)],
    }],
  }),
  cap({
    tag: 'model compression', phrase: ['model compression for edge devices', '針對邊緣裝置的模型壓縮'], layer: 'technology',
    technologies: ['deep-learning'], areas: ['rnd', 'operations'],
    sectors: ['telecom-it', 'manufacturing', 'trade-retail', 'logistics'], family: 'compute',
    scenarios: [{
      task: t('Handheld-device model compression', '壓縮手持裝置模型'),
      problem: t('had a vision model that was too large and slow for the handheld scanners its staff use.', '其視覺模型體積太大、速度太慢，無法在員工使用的手持掃描器上運行。'),
      solution: t('pruned and quantised the model to run in under {k} ms on the existing devices, with no new hardware.', '以剪枝及量化技術壓縮模型，在現有裝置上以少於{k}毫秒完成推理，毋須購置新硬件。'),
      k: [30, 120],
      metrics: [m('Model size cut by {n}% with under one point of accuracy loss', '模型體積縮小{n}%，準確率損失少於一個百分點', 70, 92)],
    }],
  }),
];
