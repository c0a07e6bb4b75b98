// Supplier logos, already resized and re-encoded, stored under the supplier's id (one `_id` read to serve).
import mongoose from 'mongoose';

const logoSchema = new mongoose.Schema(
  { _id: { type: mongoose.Schema.Types.ObjectId }, data: { type: Buffer, required: true }, contentType: { type: String, required: true } },
  { collection: 'supplier_logos', timestamps: true, versionKey: false },
);

export const SupplierLogoModel = mongoose.model('SupplierLogo', logoSchema);
