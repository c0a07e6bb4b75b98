// The needs module's part of the personal-data registry: the organisation's needs.
import { label, type PersonalDataPart } from '../accounts';
import { NeedModel } from './need.model';
import { presentNeed } from './need.presenter';
import { organisationNeeds } from './need.service';

export const needsPart: PersonalDataPart = {
  key: 'needs',
  about: label(
    'Your organisation’s needs (drafts, published and closed), with their readiness answers; `writtenByMe` marks the ones you wrote.',
    '你機構的需求（草稿、已發佈及已關閉），連同 AI 準備度答案；`writtenByMe` 標示由你撰寫的需求。',
  ),
  exports: ['Need'],
  erases: ['Need'],
  export: async ({ userId, organisation }) => {
    if (!organisation) return [];
    const needs = await organisationNeeds(organisation._id.toHexString());
    return needs.map((n) => ({ ...presentNeed(n), writtenByMe: n.createdBy.equals(userId) }));
  },
  erasure: ({ lastMember }) =>
    lastMember
      ? { effect: 'kept', text: label('Your organisation’s needs are kept for its records; published ones are closed, so suppliers no longer see them.', '你機構的需求會保留作記錄；已發佈的需求會被關閉，供應商不會再看到。') }
      : { effect: 'kept', text: label('Your organisation’s needs stay for its other members.', '你機構的需求會為其他成員保留。') },
  erase: async ({ organisation, lastMember }) => {
    if (!organisation || !lastMember) return;
    // Nobody is left to answer suppliers: a published need would keep attracting interest that no one reads.
    const published = await NeedModel.find({ organisationId: organisation._id, status: 'published' });
    for (const need of published) {
      need.status = 'closed';
      need.closedAt = new Date();
      await need.save();
    }
  },
};
