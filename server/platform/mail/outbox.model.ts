// The development and test outbox: every email the app would have sent, kept in the database.
import mongoose, { type HydratedDocument, type InferSchemaType } from 'mongoose';

const outboxSchema = new mongoose.Schema(
  {
    to: { type: String, required: true },
    subject: { type: String, required: true },
    text: { type: String, required: true },
    headers: { type: Object },
  },
  { timestamps: { createdAt: true, updatedAt: false }, collection: 'outbox' },
);
outboxSchema.index({ to: 1 });

export type OutboxDoc = HydratedDocument<InferSchemaType<typeof outboxSchema>>;
export const OutboxModel = mongoose.model('OutboxMessage', outboxSchema);
