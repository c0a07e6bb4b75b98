// Search says what it searched: a typo'd query reports the words it was read as (embedded engine; Meilisearch
// does not report its typo corrections, so there the page simply shows no correction).
import { beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedSearchEngine } from '../../server/platform/search/embedded/engine';
import { buildSupplierDoc } from './fixtures';

const engine = new EmbeddedSearchEngine();
beforeAll(async () => {
  await engine.init();
  await engine.replaceAll('suppliers', [
    buildSupplierDoc({ id: 'lamma', name: 'Lamma Semantic', description: 'Cantonese chatbot for restaurants.', capabilities: ['chatbot', 'Cantonese NLP'] }),
    buildSupplierDoc({ name: 'Chatham Analytics', description: 'Sales dashboards.' }),
  ]);
});

describe('typo correction', () => {
  it('reads "chatbto cantonnese" as "chatbot cantonese" (a swap and an extra letter)', async () => {
    const result = await engine.search('suppliers', { q: 'chatbto cantonnese ' });
    expect(result.hits[0]!.id).toBe('lamma');
    expect(result.correctedQuery).toBe('chatbot cantonese');
  });

  it('reports nothing when every word was found as typed, or is still being typed', async () => {
    expect((await engine.search('suppliers', { q: 'cantonese chatbot' })).correctedQuery).toBeUndefined();
    expect((await engine.search('suppliers', { q: 'cantonese chatb' })).correctedQuery).toBeUndefined();
  });

  it('reports nothing when nothing was found', async () => {
    expect((await engine.search('suppliers', { q: 'xylophone' })).correctedQuery).toBeUndefined();
  });
});
