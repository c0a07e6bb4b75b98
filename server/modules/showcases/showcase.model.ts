// Showcases: curated, ordered collections of published case studies per industry or theme.
import mongoose, { type HydratedDocument, type InferSchemaType } from 'mongoose';
import { trackWrites } from '../../platform/db/id-cache';
import { limits } from '../../../shared/limits';
import { SHOWCASE_ITEMS_MAX, SHOWCASE_STATUSES } from '../../../shared/schemas/showcases';
import { SECTOR_KEYS } from '../../../shared/taxonomy';

const { Schema } = mongoose;

const showcaseSchema = new Schema(
  {
    slug: { type: String, required: true, maxlength: limits.slug },
    title: { type: String, required: true, trim: true, maxlength: limits.name },
    titleZh: { type: String, required: true, trim: true, maxlength: limits.name },
    intro: { type: String, required: true, maxlength: limits.longText },
    introZh: { type: String, required: true, maxlength: limits.longText },
    sector: { type: String, enum: SECTOR_KEYS },
    /** Case study ids in display order (a plain array, reassigned whole: FerretDB has no positional updates). */
    items: { type: [Schema.Types.ObjectId], default: [], validate: (v: unknown[]) => v.length <= SHOWCASE_ITEMS_MAX },
    status: { type: String, enum: SHOWCASE_STATUSES, default: 'draft', required: true },
    publishedAt: { type: Date },
    createdBy: { type: Schema.Types.ObjectId },
  },
  { timestamps: true, collection: 'showcases' },
);
showcaseSchema.index({ slug: 1 }, { unique: true });
showcaseSchema.index({ status: 1 });

trackWrites(showcaseSchema, 'showcases');

export type ShowcaseFields = InferSchemaType<typeof showcaseSchema>;
export type ShowcaseDoc = HydratedDocument<ShowcaseFields>;
export const ShowcaseModel = mongoose.model('Showcase', showcaseSchema);
