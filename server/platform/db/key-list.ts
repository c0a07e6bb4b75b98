/**
 * A stored list of taxonomy keys (sectors, technologies, …), each checked by Mongoose, typed from the keys so that
 * documents carry the same unions as the shared zod schemas (presenters need no casts).
 */
export const keyList = <K extends string>(values: readonly K[]) => ({ type: [{ type: String, enum: values }], default: [] as K[] });
