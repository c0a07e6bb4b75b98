// What a request to a test server (in this process) read from the database through Mongoose: for routes that
// answer from memory and must go on doing so.
import mongoose from 'mongoose';

/** The response (its body read) and the collections read while it was answered, one entry per read. */
export async function withReads(request: () => Promise<Response>): Promise<{ status: number; body: string; read: string[] }> {
  const read: string[] = [];
  mongoose.set('debug', (collection: string, method: string) => void (/^(find|findOne|aggregate|count|countDocuments|distinct)$/.test(method) && read.push(collection)));
  try {
    const res = await request();
    return { status: res.status, body: await res.text(), read };
  } finally {
    mongoose.set('debug', false);
  }
}
