// The personal-data registry's contract (PDPO): each module contributes a part that says what it holds about a
// person or their organisation, exports it, and says and does what deleting the account changes. The export, the
// deletion plan and the deletion itself (privacy/personal-data.service.ts) only walk the registry, so a module adding
// a model adds its part there (one line in privacy/parts.ts). The contract lives with accounts because every part
// depends on it and the registry depends on every part. test/server/personal-data.test.ts fails while a model that
// refers to a person or an organisation (see privacy/references.ts for the rule) is covered by no part.
import type { Types } from 'mongoose';
import type { Label } from '../../../shared/taxonomy';
import type { ErasureEffect } from '../../../shared/schemas/privacy';
import { OrganisationModel, type OrganisationDoc } from './organisation.model';
import { UserModel, type UserDoc } from './user.model';
import type { KeptUser } from './user.directory';
import { type AuditEventDoc, auditEventsOfUser } from '../audit';

/** Whose data: the person, their organisation, and whether anyone else is left in it. */
export type DataSubject = Omit<ExportSubject, 'user' | 'organisation'> & {
  user: UserDoc;
  organisation: OrganisationDoc | null;
  /** True when no other member remains: the organisation's own content then has nobody to keep it for. */
  lastMember: boolean;
};

/** An organisation as the export reads it. */
export type StoredOrganisation = Pick<OrganisationDoc, 'kind' | 'name' | 'supplierId' | 'createdAt'> & { _id: Types.ObjectId };

/**
 * Whose data an export shows: the person as the accounts kept in memory hold them (user.directory.ts), their
 * organisation as stored. What it holds never depends on whether anyone else is left in the organisation.
 */
export type ExportSubject = {
  user: KeptUser;
  userId: Types.ObjectId;
  organisation: StoredOrganisation | null;
  /** The security events about the person or done by them, oldest first: read once for the parts that need them. */
  auditEvents: () => Promise<AuditEventDoc[]>;
};

/** The person's security events, read at the first call and then shared. */
export function auditEventsOnce(userId: Types.ObjectId): () => Promise<AuditEventDoc[]> {
  let read: Promise<AuditEventDoc[]> | undefined;
  return () => (read ??= auditEventsOfUser(userId));
}

export type Erasure = { effect: ErasureEffect; text: Label };

/**
 * `Kept`: what the server keeps in memory that this part's export reads instead of the database (the privacy
 * module, which gathers the parts, hands each the sources they all need; most parts need none).
 */
export type PersonalDataPart<Kept = unknown> = {
  /** The key of this part in the export. */
  key: string;
  /** One or two sentences saying what the part holds, shown in the export. */
  about: Label;
  /** Mongoose model names whose records this part exports. */
  exports: readonly string[];
  /** Mongoose model names whose records this part's `erase` deletes or anonymises. */
  erases: readonly string[];
  export(subject: ExportSubject, kept: Kept): Promise<unknown>;
  /** What deleting the account does to this part, said before the person confirms; null when it does not concern them. */
  erasure(subject: DataSubject): Erasure | null;
  erase(subject: DataSubject): Promise<void>;
};

export const label = (en: string, zh: string): Label => ({ en, 'zh-Hant': zh });

/** What a deleted person is called wherever their name was shown to others. */
export const DELETED_NAME = 'Deleted user';

/** The person asking, their organisation (read here unless the caller has it already), and whether they are its last member. */
export async function dataSubject(user: UserDoc, known?: OrganisationDoc | null): Promise<DataSubject> {
  const organisation = known !== undefined ? known : user.organisationId ? await OrganisationModel.findById(user.organisationId) : null;
  const others = organisation ? await UserModel.countDocuments({ organisationId: organisation._id, deletedAt: null, _id: { $ne: user._id } }) : 0;
  return { user, userId: user._id, organisation, lastMember: others === 0, auditEvents: auditEventsOnce(user._id) };
}
