// Every part of the personal-data registry, in the order of the export and of the deletion (the account is
// anonymised before the organisation looks for its remaining members). A module with a new model that refers to a
// person or an organisation adds its part here; test/server/personal-data.test.ts lists any model left out.
import { accountPart, linksPart, type PersonalDataPart, securityEventsPart, sessionsPart } from '../accounts';
import { claimsPart } from '../claims';
import { curatorWorkPart } from '../curation';
import { type InquiriesKept, inquiriesPart, notificationPreferencesPart } from '../inquiries';
import { type InterestIndex, interestsPart } from '../interests';
import { needsPart } from '../needs';
import { reviewsPart } from '../reviews';
import { type ShortlistIndex, shortlistsPart } from '../shortlists';
import { organisationPart } from './organisation.privacy';

/** What the server keeps in memory that the parts' exports read (each part's `Kept`). */
export type KeptForExport = InquiriesKept & { interests: InterestIndex; shortlists: ShortlistIndex };

export const personalDataParts: readonly PersonalDataPart<KeptForExport>[] = [
  accountPart,
  organisationPart,
  sessionsPart,
  securityEventsPart,
  linksPart,
  needsPart,
  shortlistsPart,
  inquiriesPart,
  interestsPart,
  notificationPreferencesPart,
  claimsPart,
  reviewsPart,
  curatorWorkPart,
];
