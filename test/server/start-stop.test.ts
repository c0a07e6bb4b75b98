// Start-up and shutdown on one data folder: a start after an unclean stop repairs the inquiry threads the stopped
// run left half-written (while already answering), and a stop during the search index build ends it between two
// batches, so the stop is quick and clean.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import mongoose from 'mongoose';
import { afterAll, describe, expect, it } from 'vitest';
import type { InquiryDetail } from '../../shared/schemas/inquiries';
import { InquiryModel, MessageModel } from '../../server/modules/inquiries/inquiry.model';
import { rebuildIndexes } from '../../server/modules/search';
import { SupplierModel } from '../../server/modules/suppliers/supplier.model';
import { bearer, signUp, type Account } from './accounts-helpers';
import { startTestServer, type TestServer } from './harness';
import { linkSupplier, makeSupplier, startInquiry } from './inquiries-helpers';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

/** One data folder and database for several runs of the server, as a machine restarting it has. */
async function oneMachine() {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'aibridge-start-stop-'));
  dirs.push(dataDir);
  const settings = { DATA_DIR: dataDir, MONGODB_DB: `t_${randomBytes(6).toString('hex')}`, JWT_SECRET: randomBytes(32).toString('hex') };
  const marker = path.join(dataDir, `running-${settings.MONGODB_DB}`);
  return { marker, start: (options?: Parameters<typeof startTestServer>[1]) => startTestServer(settings, options) };
}

/** Stops the server the way kill -9 or a power loss would as far as the next start can tell: its marker stays. */
async function stopUncleanly(server: TestServer, marker: string): Promise<void> {
  const left = await readFile(marker);
  await server.close();
  await writeFile(marker, left);
}

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('a start after an unclean stop', () => {
  it('repairs the threads the stopped run left half-written, answering meanwhile, and a clean stop then leaves no check to do', async () => {
    const machine = await oneMachine();
    const first = await machine.start();
    let sme: Account, supplier: Account, thread: InquiryDetail, emptyThread: mongoose.Types.ObjectId, replyAt: Date;
    try {
      [sme, supplier] = await Promise.all([signUp(first, 'sme', 'Sham Shui Po Textiles'), signUp(first, 'supplier', 'Loom Vision')]);
      const profile = await makeSupplier();
      await linkSupplier(supplier, profile.id);
      thread = await startInquiry(first, sme, { supplierId: profile.id, subject: 'Weaving faults' });
      // Killed between storing the supplier's reply and settling its thread, and while starting another thread.
      ({ createdAt: replyAt } = await MessageModel.create({ inquiryId: thread.id, side: 'supplier', authorId: supplier.user.id, authorName: 'Loom Vision', text: 'We can look at your looms.' }));
      emptyThread = (await InquiryModel.create({ smeOrganisationId: sme.user.organisation!.id, supplierId: profile.id, createdBy: sme.user.id, subject: 'Cutting room', messageCount: 1, lastMessageAt: new Date(), lastMessageSide: 'sme' }))._id;
      expect(await InquiryModel.findById(thread.id).lean()).toMatchObject({ messageCount: 1, status: 'open' });
    } finally {
      await stopUncleanly(first, machine.marker);
    }

    const second = await machine.start();
    try {
      const read = async (id: string) => (await (await second.send('GET', `/api/inquiries/${id}`, undefined, bearer(sme))).json()) as InquiryDetail;
      // It answers at once; the thread's messages are whole even while its marks may still be stale.
      expect((await read(thread.id)).messages.map((m) => m.side)).toEqual(['sme', 'supplier']);
      expect(await eventually(() => read(thread.id), (t) => t.messageCount === 2)).toMatchObject({ messageCount: 2, status: 'answered', lastMessageAt: replyAt.toISOString(), unread: true });
      expect(await eventually(() => read(emptyThread.toHexString()), (t) => t.messageCount === 0)).toMatchObject({ messageCount: 0 });
      await eventually(async () => JSON.parse(await readFile(machine.marker, 'utf8')) as { checkFrom?: string }, (m) => !m.checkFrom);
    } finally {
      await second.close();
    }
    expect(existsSync(machine.marker)).toBe(false);
  });
});

describe('a stop during the search index build', () => {
  it('ends the build between two batches, returns promptly and leaves no marker behind', async () => {
    const machine = await oneMachine();
    const first = await machine.start();
    let fullBuildMs: number;
    try {
      // Enough suppliers for a build of many batches: copies of one imported profile.
      const { id } = await makeSupplier();
      const one = (await SupplierModel.collection.findOne({ _id: new mongoose.Types.ObjectId(id) }))!;
      for (let chunk = 0; chunk < 8; chunk++) {
        await SupplierModel.collection.insertMany(
          Array.from({ length: 500 }, (_, i) => ({ ...one, _id: new mongoose.Types.ObjectId(), externalId: `copy-${chunk}-${i}`, slug: `copy-${chunk}-${i}`, name: `Copy ${chunk} ${i} Vision` })),
        );
      }
      const started = performance.now();
      await rebuildIndexes(first.search);
      fullBuildMs = performance.now() - started;
    } finally {
      await first.close();
    }
    expect(existsSync(machine.marker)).toBe(false);

    const second = await machine.start({ indexWaitMs: 0 });
    const health = (await (await second.get('/api/health')).json()) as { search: { ready: boolean } };
    const started = performance.now();
    await second.close();
    const closeMs = performance.now() - started;
    expect(health.search.ready).toBe(false);
    expect(closeMs).toBeLessThan(fullBuildMs / 2);
    expect(existsSync(machine.marker)).toBe(false);
  });
});
