// The AI readiness self-assessment (Singapore's AI Readiness Index, study chapter 3.2): statements scored
// 1-5; the average places an enterprise at one of four levels, each with what kind of offering fits it.
import type { Label, Readiness } from './taxonomy';

export const READINESS_QUESTIONS: { key: string; label: Label }[] = [
  { key: 'use-cases', label: { en: 'We can name specific tasks in our business where AI could help.', 'zh-Hant': '我們能指出業務中哪些具體工作可以借助人工智能。' } },
  { key: 'data-available', label: { en: 'The data those tasks need is already collected in digital form.', 'zh-Hant': '這些工作所需的數據已經以數碼形式收集。' } },
  { key: 'data-quality', label: { en: 'Our data is reasonably complete, accurate and kept in one place.', 'zh-Hant': '我們的數據大致完整、準確，並集中存放。' } },
  { key: 'skills', label: { en: 'Some of our staff can work with data or software tools beyond office software.', 'zh-Hant': '部分員工能運用辦公室軟件以外的數據或軟件工具。' } },
  { key: 'integration', label: { en: 'Our IT systems can connect to outside services (APIs, cloud software).', 'zh-Hant': '我們的資訊科技系統能連接外部服務（API、雲端軟件）。' } },
  { key: 'leadership', label: { en: 'Management supports trying AI and has set aside time for it.', 'zh-Hant': '管理層支持嘗試人工智能，並為此預留時間。' } },
  { key: 'budget', label: { en: 'We have a budget for an AI project in the next twelve months.', 'zh-Hant': '我們在未來十二個月有人工智能項目的預算。' } },
  { key: 'experience', label: { en: 'We have already used AI tools or built models ourselves.', 'zh-Hant': '我們已使用過人工智能工具，或曾自行建立模型。' } },
];

export const READINESS_SCALE = { min: 1, max: 5 } as const;

/** The study's thresholds (docs/taxonomy.md): < 2.5 Unaware, 2.5–3.4 Aware, 3.5–4.5 Ready, > 4.5 Competent. */
export function readinessFromAnswers(answers: number[]): { level: Readiness; average: number } {
  const average = answers.reduce((sum, a) => sum + a, 0) / answers.length;
  const rounded = Math.round(average * 10) / 10;
  const level: Readiness = rounded < 2.5 ? 'unaware' : rounded < 3.5 ? 'aware' : rounded <= 4.5 ? 'ready' : 'competent';
  return { level, average: rounded };
}

export const READINESS_GUIDANCE: Record<Readiness, Label> = {
  unaware: {
    en: 'You have heard of AI but are not yet sure where it applies. Ready-made solutions that work out of the box suit you best, with a supplier who helps your team learn the basics.',
    'zh-Hant': '你聽說過人工智能，但未確定可應用在哪裏。開箱即用的現成方案最適合你，並宜選擇能協助團隊掌握基本知識的供應商。',
  },
  aware: {
    en: 'You can see where AI could help. Ready-made, end-to-end solutions from application-layer suppliers fit best: they handle the data, the model and the running of it.',
    'zh-Hant': '你已看到人工智能可幫助的地方。應用層供應商提供的現成、端到端方案最適合你：由他們處理數據、模型及日常運作。',
  },
  ready: {
    en: 'You can fit pre-trained models into your own products or processes. APIs, SDKs, platforms and integration partners fit best.',
    'zh-Hant': '你能把預先訓練的模型融入自家產品或流程。API、軟件開發套件、平台及系統整合夥伴最適合你。',
  },
  competent: {
    en: 'You can build customised models. Technology- and basic-layer partners (platforms, computing power, data, custom development) fit best.',
    'zh-Hant': '你有能力建立度身訂造的模型。技術層及基礎層夥伴（平台、算力、數據、定制開發）最適合你。',
  },
};
