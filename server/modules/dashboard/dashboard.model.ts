// What the SME last saw of each need's matches: the top ten supplier ids when the dashboard last showed the need,
// so the next visit can say which are new. Keyed by the need's id (read and written by _id only, as FerretDB
// pushes down) and shared by the organisation's members, as the need is.
import mongoose from 'mongoose';

const markSchema = new mongoose.Schema(
  { _id: { type: String }, supplierIds: { type: [String], default: [] }, at: { type: Date, required: true } },
  { collection: 'need_match_marks', versionKey: false },
);
export const MatchMarkModel = mongoose.model('NeedMatchMark', markSchema);
