// Basic (upstream) layer capabilities: computing power, data resources, hardware.
import { cap, m, t, type Capability } from './capability';

export const basicCapabilities: Capability[] = [
  cap({
    tag: 'GPU cloud', phrase: ['on-demand GPU cloud capacity', '按需GPU雲端算力'], layer: 'basic',
    technologies: ['ai-infrastructure'], areas: ['rnd', 'operations'], sectors: 'any', family: 'compute',
    scenarios: [{
      task: t('Model-training GPU capacity', '提供模型訓練GPU算力'),
      problem: t('was training models on a handful of office workstations, so each experiment took days.', '一直以數部辦公室工作站訓練模型，每次實驗需時數天。'),
      solution: t('provisioned a {k}-GPU cluster in a Hong Kong data centre with a shared job queue and per-project cost reports.', '在本地數據中心提供{k}張GPU的運算集群，設有共享作業排程及按項目計算的成本報告。'),
      k: [8, 64],
      metrics: [
        m('Model training time cut by {n}% within {period}', '{period}內模型訓練時間縮短{n}%', 55, 85),
        m('Experiments per week up from two to {n} within {period}', '{period}內每周實驗次數由兩次增至{n}次', 6, 20),
      ],
    }],
  }),
  cap({
    tag: 'AI servers', phrase: ['on-premise AI servers', '本地部署人工智能伺服器'], layer: 'basic',
    technologies: ['ai-infrastructure'], areas: ['operations'], sectors: 'any', family: 'compute',
    scenarios: [{
      task: t('On-premise AI server rollout', '部署本地人工智能伺服器'),
      problem: t('could not move sensitive records to a public cloud but wanted to run AI models on them.', '因私隱要求未能把敏感紀錄上載至公共雲端，卻希望以人工智能模型處理這些數據。'),
      solution: t('installed {k} GPU servers in the client’s own server room, with monitoring and a managed model-serving stack.', '在客戶自家機房安裝{k}部GPU伺服器，並提供監控及模型服務管理平台。'),
      k: [2, 12],
      metrics: [m('Inference cost per request down {n}% in {period}', '{period}內每次推理成本下降{n}%', 30, 70)],
    }],
  }),
  cap({
    tag: 'edge AI', phrase: ['edge AI devices', '邊緣人工智能裝置'], layer: 'basic',
    technologies: ['ai-chips', 'ai-infrastructure'], areas: ['operations'],
    sectors: ['manufacturing', 'logistics', 'construction', 'real-estate', 'government', 'trade-retail', 'electricity-gas'],
    family: 'compute',
    scenarios: [{
      task: t('On-site edge AI analytics', '部署邊緣人工智能裝置作現場分析'),
      problem: t('had unreliable uplinks at its sites, so cloud video analytics dropped frames and alerts arrived late.', '各現場網絡不穩定，雲端影像分析經常斷格，警報延遲。'),
      solution: t('fitted {k} low-power edge AI boxes that run the models on site and send only events to head office.', '安裝{k}部低功耗邊緣人工智能裝置，在現場運行模型，只把事件資料傳回總部。'),
      k: [6, 60],
      metrics: [
        m('Bandwidth use down {n}% in {period}', '{period}內網絡頻寬用量下降{n}%', 60, 90),
        m('Alert delay cut by {n}% within {period}', '{period}內警報延遲縮短{n}%', 50, 90),
      ],
    }],
  }),
  cap({
    tag: 'FPGA acceleration', phrase: ['FPGA-based inference acceleration', '以FPGA加速人工智能推理'], layer: 'basic',
    technologies: ['ai-chips'], areas: ['rnd', 'operations'], sectors: ['telecom-it', 'finance-insurance', 'manufacturing'],
    family: 'compute',
    scenarios: [{
      task: t('FPGA inference acceleration', '以FPGA加速模型推理'),
      problem: t('needed millisecond responses from its models, which its general-purpose servers could not deliver at peak load.', '需要模型在毫秒內回應，但一般伺服器在高峰時段無法達標。'),
      solution: t('ported the client’s models to FPGA accelerator cards and tuned them for {k} requests per second.', '把客戶的模型移植至FPGA加速卡，並調校至每秒處理{k}個請求。'),
      k: [2000, 20000],
      metrics: [
        m('Peak-hour latency down {n}% in {period}', '{period}內高峰時段延遲下降{n}%', 40, 80),
        m('Power use per inference down {n}% in {period}', '{period}內每次推理耗電量下降{n}%', 30, 65),
      ],
    }],
  }),
  cap({
    tag: 'AI chip design', phrase: ['AI chip design', '人工智能芯片設計'], layer: 'basic',
    technologies: ['ai-chips'], areas: ['rnd'], sectors: ['manufacturing', 'telecom-it', 'trade-retail'], family: 'compute',
    scenarios: [{
      task: t('Low-power AI chip design', '設計低功耗人工智能芯片'),
      problem: t('wanted on-device voice and vision features in its products but found off-the-shelf chips too power-hungry.', '希望在產品加入語音及視覺功能，但現成芯片耗電過高。'),
      solution: t('licensed a neural-network accelerator IP block and helped the client tape out a chip on a {k} nm process.', '授權神經網絡加速器IP，並協助客戶以{k}納米製程完成流片。'),
      k: [12, 28],
      metrics: [m('Device battery life up {n}% over the previous generation', '裝置電池續航力較上一代提升{n}%', 25, 60)],
    }],
  }),
  cap({
    tag: 'data labelling', phrase: ['bilingual data labelling', '中英雙語數據標註'], layer: 'basic',
    technologies: ['big-data'], areas: ['rnd', 'operations'], sectors: 'any', family: 'data',
    scenarios: [{
      task: t('Bilingual training-data labelling', '標註中英雙語訓練數據'),
      problem: t('had years of unlabelled images and Chinese and English text but no staff to prepare training data.', '累積多年未標註的圖片及中英文本，卻沒有人手整理訓練數據。'),
      solution: t('labelled {k} records with a two-pass review by Hong Kong-based annotators and delivered a documented dataset.', '由本地標註員以雙重審核方式標註{k}項紀錄，並交付附有說明文件的數據集。'),
      k: [20000, 400000],
      metrics: [
        m('Label accuracy of {n}% on the client’s audit sample', '客戶抽樣審核的標註準確率達{n}%', 96, 99),
        m('Model accuracy up {n} points after retraining within {period}', '{period}內重新訓練後模型準確率提升{n}個百分點', 6, 18),
      ],
    }],
  }),
  cap({
    tag: 'big data platform', phrase: ['big data platforms', '大數據平台'], layer: 'basic',
    technologies: ['big-data', 'ai-infrastructure'], areas: ['operations', 'rnd'], sectors: 'any', family: 'data',
    scenarios: [{
      task: t('Unified data platform', '建立統一數據平台'),
      problem: t('kept sales, operations and customer data in separate spreadsheets and systems, so reports took a week to compile.', '銷售、營運及客戶數據分散於不同試算表及系統，每份報告需時一星期整理。'),
      solution: t('built a cloud data lake that ingests {k} source systems nightly, with a governed catalogue and dashboards.', '建立雲端數據湖，每晚匯入{k}個來源系統，並設有數據目錄管理及儀表板。'),
      k: [4, 25],
      metrics: [m('Report preparation time down {n}% within {period}', '{period}內報告整理時間減少{n}%', 60, 90)],
    }],
  }),
  cap({
    tag: 'Cantonese speech data', phrase: ['Cantonese language corpora', '粵語語料庫'], layer: 'basic',
    technologies: ['big-data'], areas: ['rnd'],
    sectors: ['telecom-it', 'education', 'finance-insurance', 'government', 'healthcare'], family: 'speech',
    scenarios: [{
      task: t('Cantonese speech corpus', '建立粵語語音語料庫'),
      problem: t('found that off-the-shelf speech models misheard Cantonese mixed with English, the way its users actually speak.', '發現現成語音模型難以辨識夾雜英文的粵語，而這正是其用戶的日常說話方式。'),
      solution: t('recorded and transcribed {k} hours of consented Cantonese-English speech from speakers of different ages and districts.', '在取得同意下錄製及轉寫{k}小時中英夾雜粵語語音，涵蓋不同年齡及地區的說話者。'),
      k: [300, 3000],
      metrics: [m('Word error rate down {n}% after fine-tuning', '微調後字詞錯誤率下降{n}%', 25, 55)],
    }],
  }),
  cap({
    tag: 'IoT sensor networks', phrase: ['IoT sensor networks', '物聯網感測網絡'], layer: 'basic',
    technologies: ['ai-infrastructure', 'big-data'], areas: ['operations'],
    sectors: ['construction', 'real-estate', 'water-waste', 'electricity-gas', 'manufacturing', 'logistics'], family: 'city',
    scenarios: [{
      task: t('IoT asset-monitoring network', '建立物聯網感測網絡監察設備'),
      problem: t('checked pumps, chillers and meters on walking rounds, so faults were often found only after complaints.', '以人手巡查水泵、冷水機及錶計，故障往往在接獲投訴後才被發現。'),
      solution: t('installed {k} wireless sensors and a data pipeline that streams readings into an anomaly dashboard.', '安裝{k}個無線感測器及數據管道，把讀數即時傳送至異常監察儀表板。'),
      k: [80, 1500],
      metrics: [
        m('Fault response time down {n}% in {period}', '{period}內故障回應時間縮短{n}%', 35, 75),
        m('Manual inspection rounds cut by {n}% in {period}', '{period}內人手巡查次數減少{n}%', 30, 60),
      ],
    }],
  }),
  cap({
    tag: 'private AI cloud', phrase: ['private AI cloud hosting in Hong Kong', '本地私有人工智能雲端託管'], layer: 'basic',
    technologies: ['ai-infrastructure'], areas: ['operations', 'administrative-support'],
    sectors: ['finance-insurance', 'healthcare', 'government', 'public-administration', 'professional-services', 'telecom-it'],
    family: 'compute',
    scenarios: [{
      task: t('Private large-language-model hosting', '私有託管大型語言模型'),
      problem: t('wanted staff to use a large language model, but its compliance team would not let data leave Hong Kong.', '希望員工使用大型語言模型，但合規部門不容許數據離開香港。'),
      solution: t('hosted an open-weight language model in a Hong Kong private cloud with single sign-on and audit logging for {k} users.', '在本地私有雲端託管開源權重語言模型，為{k}名用戶提供單一登入及審計記錄。'),
      k: [50, 3000],
      metrics: [m('{n}% of staff using the assistant weekly within {period}', '{period}內每周使用助理的員工比例達{n}%', 45, 85)],
    }],
  }),
];
