import mongoose, { type InferSchemaType } from 'mongoose';
import { limits } from '../../../shared/limits';

const { Schema } = mongoose;

/** One group of equivalent terms, in any language, e.g. ["CV", "computer vision", "電腦視覺"]. */
const synonymSchema = new Schema(
  {
    terms: { type: [{ type: String, trim: true, maxlength: limits.synonymTerm }], required: true },
    /** Order of the group in the curated list. */
    position: { type: Number, required: true },
  },
  { timestamps: true, collection: 'synonyms' },
);

export type SynonymFields = InferSchemaType<typeof synonymSchema>;
export const SynonymModel = mongoose.model('Synonym', synonymSchema);
