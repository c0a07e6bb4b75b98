// Memory freed by a burst of work goes back to the system: V8 on its own kept freed heap pages resident.
import { createServer } from 'node:http';
import { describe, expect, it } from 'vitest';
import { returnFreedMemory, returnFreedMemoryWhenQuiet } from '../../server/platform/memory';

const rssMb = () => process.memoryUsage().rss / 1048576;

/** Makes ~300 MB of short-lived objects, the kind a rebuild or a burst of searches leaves behind. */
function churn(): number {
  let kept = 0;
  for (let round = 0; round < 10; round++) {
    const junk = Array.from({ length: 300_000 }, (_, i) => ({ i, text: `record ${i} of round ${round}` }));
    kept += junk.length;
  }
  return kept;
}

describe('returning freed memory', () => {
  it('gives back the pages a burst of garbage left resident', () => {
    returnFreedMemory();
    const before = rssMb();
    churn();
    const grown = rssMb();
    returnFreedMemory();
    const after = rssMb();
    expect(grown - before).toBeGreaterThan(100);
    expect(grown - after).toBeGreaterThan((grown - before) / 2);
  });

  it('does it by itself once a server has been quiet after serving requests', async () => {
    const server = createServer((_req, res) => res.end(String(churn())));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const stop = returnFreedMemoryWhenQuiet(server, 300);
    try {
      returnFreedMemory();
      const before = rssMb();
      const { port } = server.address() as { port: number };
      await fetch(`http://127.0.0.1:${port}/`).then((r) => r.text());
      const grown = rssMb();
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(grown - before).toBeGreaterThan(100);
      expect(grown - rssMb()).toBeGreaterThan((grown - before) / 2);
    } finally {
      stop();
      server.close();
    }
  });
});
