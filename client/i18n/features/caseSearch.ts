// The case-study search page.
import { defineMessages } from './define';

export default defineMessages(
  {
    nav: 'Case studies',
    title: 'Search case studies',
    lead: 'Projects AI suppliers have delivered in Hong Kong, published after a curator’s review.',
    queryLabel: 'What problem or technology?',
    placeholder: 'e.g. defect detection, chatbot, 需求預測',
    summary: 'No case studies found | 1 case study found | {total} case studies found',
    empty: 'No case studies match your search',
    by: 'by {supplier}',
  },
  {
    nav: '個案',
    title: '搜尋個案',
    lead: '人工智能供應商在香港完成的項目，經審核員審閱後發佈。',
    queryLabel: '甚麼問題或技術？',
    placeholder: '例如 瑕疵檢測、聊天機械人、demand forecast',
    summary: '找不到個案 | 找到 1 個個案 | 找到 {total} 個個案',
    empty: '沒有符合搜尋的個案',
    by: '供應商：{supplier}',
  },
);
