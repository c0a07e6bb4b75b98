// Links to the market pages (menus, footer); the pages' own strings load with them (../lazy/insights.ts).
import { defineMessages } from './define';

export default defineMessages(
  {
    nav: { insights: 'Insights', market: 'The market', costs: 'What AI costs' },
  },
  {
    nav: { insights: '市場洞察', market: '市場概覽', costs: '人工智能項目費用' },
  },
);
