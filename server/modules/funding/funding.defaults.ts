// The funding schemes the study names, seeded once into an empty collection; curators keep them current.
// Eligibility here only decides when a scheme is worth mentioning; it is information, not advice.
import type { FundingSchemeInput } from '../../../shared/schemas/funding';

export const DEFAULT_FUNDING_SCHEMES: FundingSchemeInput[] = [
  {
    key: 'ess',
    name: { en: 'Enterprise Support Scheme (ESS)', 'zh-Hant': '企業支援計劃' },
    summary: {
      en: 'Innovation and Technology Fund scheme that co-funds in-house research and development projects of Hong Kong companies.',
      'zh-Hant': '創新及科技基金轄下計劃，資助本港企業進行內部研發項目。',
    },
    eligibility: { sectors: [], readiness: ['ready', 'competent'], budgetBands: ['500k-1m', '1m-2m', '2m-5m', '5m-10m', '10m-50m'] },
  },
  {
    key: 'nittp',
    name: { en: 'New Industrialisation and Technology Training Programme (NITTP)', 'zh-Hant': '新型工業化及科技培訓計劃' },
    summary: {
      en: 'Under the Innovation and Technology Fund, subsidises staff training in high-end technology, including AI, on a matching basis.',
      'zh-Hant': '創新及科技基金轄下計劃，以配對形式資助員工接受包括人工智能在內的高端科技培訓。',
    },
    eligibility: { sectors: [], readiness: ['unaware', 'aware', 'ready'], budgetBands: [] },
  },
  {
    key: 'stf',
    name: { en: 'Strategic Tech Fund (STF)', 'zh-Hant': '策略性科技基金' },
    summary: {
      en: 'Government fund that co-invests in technology enterprises of strategic importance to Hong Kong.',
      'zh-Hant': '政府基金，與市場共同投資對香港具策略意義的科技企業。',
    },
    eligibility: { sectors: [], readiness: ['competent'], budgetBands: ['5m-10m', '10m-50m', '50m-100m', '100m-plus'] },
  },
  {
    key: 'itvf',
    name: { en: 'Innovation and Technology Venture Fund (ITVF)', 'zh-Hant': '創新及科技創投基金' },
    summary: {
      en: 'Co-invests with private venture capital funds in local innovation and technology start-ups.',
      'zh-Hant': '與私人創投基金共同投資本地創科初創企業。',
    },
    eligibility: { sectors: ['telecom-it'], readiness: ['ready', 'competent'], budgetBands: [] },
  },
  {
    key: 'hkstp-venture-fund',
    name: { en: 'HKSTP Venture Fund', 'zh-Hant': '香港科技園創投基金' },
    summary: {
      en: 'Hong Kong Science and Technology Parks Corporation’s fund investing in technology start-ups in its programmes.',
      'zh-Hant': '香港科技園公司的基金，投資其培育計劃內的科技初創企業。',
    },
    eligibility: { sectors: [], readiness: ['competent'], budgetBands: [] },
  },
];
