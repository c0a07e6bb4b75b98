// Personal data (PDPO): the export, the deletion plan and the deletion, each a walk over the registry's parts, and the
// signed-in person's own requests for them. The privacy module sits above every module with a part (it gathers them),
// so these live here rather than in accounts, which every part depends on.
import type { DeletionPlan } from '../../../shared/schemas/privacy';
import { assertPassword, type AuthContext, dataSubject, type DataSubject, type ExportSubject, exportSubject, label, loadMe } from '../accounts';
import { audit } from '../audit';
import { type KeptForExport, personalDataParts } from './parts';

const EXPORT_ABOUT = label(
  'Everything AI Bridge holds that refers to you or to your organisation, as of `exportedAt`. `explanations` says what each part holds, in English and Traditional Chinese.',
  'AI Bridge 在 `exportedAt` 時持有、與你或你的機構有關的全部資料。`explanations` 以英文及繁體中文說明每部分的內容。',
);

/** Every part's data under its key, preceded by what each part holds. */
export async function exportPersonalData(subject: ExportSubject, kept: KeptForExport) {
  const data = await Promise.all(personalDataParts.map(async (part) => [part.key, await part.export(subject, kept)] as const));
  return {
    exportedAt: new Date().toISOString(),
    about: EXPORT_ABOUT,
    explanations: Object.fromEntries(personalDataParts.map((part) => [part.key, part.about])),
    ...Object.fromEntries(data),
  };
}

/** A list counts its entries; an object made only of lists (curatorWork) counts theirs; any other value is one record. */
function recordCount(data: unknown): number {
  if (Array.isArray(data)) return data.length;
  if (data === null || data === undefined) return 0;
  const values = typeof data === 'object' ? Object.values(data) : [];
  return values.length > 0 && values.every(Array.isArray) ? values.reduce<number>((n, v) => n + (v as unknown[]).length, 0) : 1;
}

/** What deleting the account would do, part by part, with how many records each part holds now. */
export async function deletionPlan(subject: DataSubject, kept: KeptForExport): Promise<DeletionPlan> {
  const items = await Promise.all(
    personalDataParts.map(async (part) => {
      const erasure = part.erasure(subject);
      return erasure ? { part: part.key, ...erasure, records: recordCount(await part.export(subject, kept)) } : null;
    }),
  );
  return { items: items.filter((item) => item !== null) };
}

/** Runs every part's deletion, one after the other (later parts may rely on earlier ones, see parts.ts). */
export async function erasePersonalData(subject: DataSubject): Promise<void> {
  for (const part of personalDataParts) await part.erase(subject);
}

/**
 * Everything we hold that refers to the user or their organisation, as JSON (PDPO data access). Unlike a deletion,
 * an export does not ask whether the person is their organisation's last member (a count of its members).
 */
export async function exportMyData(id: string, kept: KeptForExport, { users, organisations }: Pick<AuthContext, 'users' | 'organisations'>) {
  return exportPersonalData(await exportSubject(id, users, organisations), kept);
}

/** What deleting the account would delete, anonymise and keep (shown before the person confirms). */
export async function myDeletionPlan(id: string, kept: KeptForExport) {
  const { user, organisation } = await loadMe(id);
  return deletionPlan(await dataSubject(user, organisation), kept);
}

/**
 * Deletes the account's personal data, part by part (see parts.ts): the person is anonymised, sessions end,
 * pending links die; the organisation and its content stay for its other members.
 */
export async function deleteAccount(id: string, password: string, ip?: string): Promise<void> {
  const { user } = await loadMe(id);
  await assertPassword(user, password, 'body.password');
  await erasePersonalData(await dataSubject(user));
  await audit('account.deleted', { userId: user._id, ip });
}
