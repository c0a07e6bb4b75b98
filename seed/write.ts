// Writes a generated market as an interchange JSON file. Streams one supplier per line, so 10,000 suppliers with
// 50,000 case studies never need the whole file as one string in memory.
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { InterchangeSupplier } from '../shared/schemas/interchange';
import { generateMarket, type MarketOptions } from './generate';

export type WriteSummary = { path: string; suppliers: number; caseStudies: number; bytes: number };

export async function writeMarketFile(path: string, options: MarketOptions = {}): Promise<WriteSummary> {
  const { suppliers } = generateMarket(options);
  let bytes = 0;
  const counted = function* () {
    for (const chunk of jsonChunks(suppliers)) {
      bytes += Buffer.byteLength(chunk);
      yield chunk;
    }
  };
  // pipeline handles back-pressure and closes the file on errors.
  await pipeline(Readable.from(counted()), createWriteStream(path, { encoding: 'utf8' }));
  const caseStudies = suppliers.reduce((sum, s) => sum + (s.caseStudies?.length ?? 0), 0);
  return { path, suppliers: suppliers.length, caseStudies, bytes };
}

function* jsonChunks(suppliers: InterchangeSupplier[]): Generator<string> {
  yield '{"suppliers":[\n';
  for (const [i, supplier] of suppliers.entries()) yield `${i === 0 ? '' : ',\n'}${JSON.stringify(supplier)}`;
  yield '\n]}\n';
}
