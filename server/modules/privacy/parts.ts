// Every part of the personal-data registry, in the order of the export and of the deletion (the account is
// anonymised before the organisation looks for its remaining members). A module with a new model that refers to a
// person or an organisation adds its part here; test/server/personal-data.test.ts lists any model left out.
import { accountPart, linksPart, organisationPart, securityEventsPart, sessionsPart } from '../accounts/account.privacy';
import { claimsPart } from '../claims/claim.privacy';
import { curatorWorkPart } from '../curation/curation.privacy';
import { inquiriesPart, notificationPreferencesPart } from '../inquiries/inquiry.privacy';
import { interestsPart } from '../interests/interest.privacy';
import { needsPart } from '../needs/need.privacy';
import { reviewsPart } from '../reviews/review.privacy';
import { shortlistsPart } from '../shortlists/shortlist.privacy';
import type { PersonalDataPart } from './personal-data';

export const personalDataParts: readonly PersonalDataPart[] = [
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
