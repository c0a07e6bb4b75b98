// Curators' browser import: the uploaded file goes through the same parser and import service as
// `npm run import`, and the answer is the same report the command line prints.
import type { ImportReport } from '../../../shared/schemas/interchange';
import { UnsupportedMediaType } from '../../platform/errors/errors';
import type { UploadedFile } from '../../platform/http/upload';
import { importSuppliers, parseInterchange } from '../imports';

export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;

/** JSON or CSV, told apart by the content (a JSON file starts with "{"), never trusted from the name alone. */
export function formatOf(file: UploadedFile): 'json' | 'csv' {
  const head = file.buffer.subarray(0, 4096).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  if (head.includes('\u0000') || /[\u0001-\u0008\u000e-\u001f]/.test(head)) throw UnsupportedMediaType('Upload an interchange file: JSON or CSV text.');
  if (head.startsWith('{') || head.startsWith('[')) return 'json';
  if (/\.json$/i.test(file.originalname)) return 'json';
  return 'csv';
}

export async function importUpload(file: UploadedFile): Promise<ImportReport> {
  const format = formatOf(file);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(file.buffer);
  } catch {
    throw UnsupportedMediaType('The file must be UTF-8 text.');
  }
  return importSuppliers(parseInterchange(text, format));
}
