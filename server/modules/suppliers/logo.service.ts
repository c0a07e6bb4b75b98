// Logo uploads: PNG, JPEG or WebP, at most 1 MB, type read from the content (never the name or the declared
// type), decoded and re-encoded by sharp into a 256 px WebP, which also strips metadata.
import { fileTypeFromBuffer } from 'file-type';
import { UnsupportedMediaType } from '../../platform/errors/errors';
import { domainEvents } from '../../platform/events';
import { SupplierLogoModel } from './logo.model';
import type { SupplierDoc } from './supplier.model';

export const LOGO_MAX_BYTES = 1024 * 1024;
export const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/webp'];
const SIZE = 256;

export async function saveLogo(supplier: SupplierDoc, content: Buffer): Promise<void> {
  const type = await fileTypeFromBuffer(content);
  if (!type || !LOGO_TYPES.includes(type.mime)) throw UnsupportedMediaType('The logo must be a PNG, JPEG or WebP image.');
  // Loaded on the first upload rather than at start-up: libvips holds ~20 MB resident once loaded.
  const { default: sharp } = await import('sharp');
  let data: Buffer;
  try {
    data = await sharp(content, { limitInputPixels: 40_000_000 })
      .rotate()
      .resize(SIZE, SIZE, { fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 85 })
      .toBuffer();
  } catch {
    throw UnsupportedMediaType('The logo could not be read as an image.');
  }
  await SupplierLogoModel.updateOne({ _id: supplier._id }, { $set: { data, contentType: 'image/webp' } }, { upsert: true });
  supplier.logoVersion = Date.now();
  await supplier.save();
  domainEvents.emit('suppliers.changed', [supplier._id.toHexString()]);
}

export async function loadLogo(supplierId: string) {
  return SupplierLogoModel.findById(supplierId);
}
