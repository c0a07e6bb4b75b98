// Bulk writes in commands small enough for FerretDB v1. Its update handler keeps every statement's query cursor
// open until the whole command ends (a `defer` inside a loop, msg_update.go), and its SQLite pool holds 100
// connections: an update command with 100 or more statements waits forever for a connection. Found when the
// demo seed hung; 50 statements a command keeps well clear of it and costs little on MongoDB.
import type { AnyBulkWriteOperation } from 'mongoose';

type BulkWriter = { bulkWrite(ops: AnyBulkWriteOperation[], options: { ordered: boolean }): Promise<unknown> };

export const STATEMENTS_PER_COMMAND = 50;

export async function bulkWriteInChunks(model: BulkWriter, ops: AnyBulkWriteOperation[]): Promise<void> {
  for (let i = 0; i < ops.length; i += STATEMENTS_PER_COMMAND) {
    await model.bulkWrite(ops.slice(i, i + STATEMENTS_PER_COMMAND), { ordered: true });
  }
}
