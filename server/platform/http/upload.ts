// One file per request, held in memory, read inside the handler (so only callers that passed the access check
// ever have their upload parsed). Too large → 413, not multipart → 415, anything else malformed → 400; never 5xx.
import type { Request, Response } from 'express';
import multer from 'multer';
import { AppError, PayloadTooLarge, UnsupportedMediaType, Validation } from '../errors/errors';

export type UploadedFile = { buffer: Buffer; originalname: string; mimetype: string; size: number };

export async function receiveFile(req: Request, res: Response, options: { field: string; maxBytes: number }): Promise<UploadedFile> {
  if (!req.is('multipart/form-data')) {
    throw UnsupportedMediaType(`Send the file as multipart/form-data in the field "${options.field}".`);
  }
  const middleware = multer({ storage: multer.memoryStorage(), limits: { fileSize: options.maxBytes, files: 1, fields: 0, parts: 2 } }).single(options.field);
  await new Promise<void>((resolve, reject) => middleware(req, res, (error?: unknown) => (error ? reject(toAppError(error, options.maxBytes)) : resolve())));
  const file = req.file;
  if (!file) throw Validation([{ path: options.field, message: 'No file was sent.' }]);
  return file;
}

const tooLarge = (max: number) => PayloadTooLarge(`The file must be at most ${Math.round(max / 1024)} KB.`);

function toAppError(error: unknown, maxBytes: number): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof multer.MulterError) {
    if (error.code === 'LIMIT_FILE_SIZE') return tooLarge(maxBytes);
    return Validation([{ path: error.field ?? '(file)', message: error.message }], 'The upload could not be read.');
  }
  return Validation([{ path: '(file)', message: 'The upload could not be read.' }], 'The upload could not be read.');
}
