// Shortlists kept by signed-in SMEs.
import { defineMessages } from './define';

export default defineMessages(
  {
    title: 'Shortlists',
    nav: 'Shortlists',
    add: 'Add to shortlist',
    remove: 'Remove from shortlist',
    failed: 'The shortlist could not be updated.',
    defaultName: 'My shortlist',
    none: 'No shortlists yet: use “Add to shortlist” on a supplier’s profile.',
    empty: 'This shortlist is empty.',
    compareAll: 'Compare these suppliers',
  },
  {
    title: '候選名單',
    nav: '候選名單',
    add: '加入候選名單',
    remove: '從候選名單移除',
    failed: '未能更新候選名單。',
    defaultName: '我的候選名單',
    none: '暫未有候選名單：在供應商簡介按「加入候選名單」。',
    empty: '此候選名單是空的。',
    compareAll: '比較這些供應商',
  },
);
