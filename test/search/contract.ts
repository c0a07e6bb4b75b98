// The behaviour every SearchEngine adapter must show. Run by embedded.test.ts and, when a server is
// configured, meili.test.ts. Each test loads its own documents with replaceAll.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchEngine, SearchQuery, SupplierSearchDoc } from '../../server/platform/search/port';
import { buildCaseDoc, buildSupplierDoc, SYNONYMS } from './fixtures';

export function runSearchContract(name: string, makeEngine: () => SearchEngine | Promise<SearchEngine>): void {
  describe(`search contract: ${name}`, () => {
    let engine: SearchEngine;
    const load = (docs: SupplierSearchDoc[]) => engine.replaceAll('suppliers', docs);
    const ids = async (query: SearchQuery) => (await engine.search('suppliers', query)).hits.map((h) => h.id);
    const sorted = async (query: SearchQuery) => (await ids({ limit: 100, ...query })).sort();

    beforeAll(async () => {
      engine = await makeEngine();
      await engine.init();
      await engine.setSynonyms(SYNONYMS);
    });
    afterAll(async () => engine.close());

    it('is ready after init', async () => {
      expect(await engine.isReady()).toBe(true);
    });

    it('returns stored documents by id, in the order asked, leaving out unknown ids', async () => {
      await load([buildSupplierDoc({ id: 'g1', name: 'Get One' }), buildSupplierDoc({ id: 'g2', name: 'Get Two' })]);
      const docs = await engine.get('suppliers', ['g2', 'missing', 'g1']);
      expect(docs.map((d) => [d.id, d.name])).toEqual([['g2', 'Get Two'], ['g1', 'Get One']]);
    });

    describe('names', () => {
      const docs = () => [
        buildSupplierDoc({ id: 'kvl', name: 'Kowloon Vision Labs' }),
        buildSupplierDoc({ id: 'hdw', name: 'Harbour Data Works' }),
        buildSupplierDoc({ id: 'vr', name: 'Victoria Robotics' }),
        buildSupplierDoc({ id: 'kda', name: 'Kowloon Data Analytics' }),
      ];
      beforeAll(async () => load(docs()));

      it('finds an exact name first', async () => {
        expect((await ids({ q: 'Kowloon Vision Labs' }))[0]).toBe('kvl');
        expect((await ids({ q: 'harbour data works' }))[0]).toBe('hdw');
      });

      it('finds a typo’d name first (substitution, deletion, swapped letters)', async () => {
        expect((await ids({ q: 'Kowlon Vison Labs' }))[0]).toBe('kvl');
        expect((await ids({ q: 'Victorai Robotics' }))[0]).toBe('vr');
        expect((await ids({ q: 'Harbuor Dota Works' }))[0]).toBe('hdw');
      });

      it('reads quotes and minus signs as plain punctuation, not as search operators', async () => {
        expect((await ids({ q: 'Kowloon -Vision' }))[0]).toBe('kvl');
        expect((await ids({ q: '"Labs Kowloon"' }))[0]).toBe('kvl');
      });

      it('matches the word being typed as a prefix', async () => {
        expect((await ids({ q: 'Victo' }))[0]).toBe('vr');
        expect((await ids({ q: 'kowloon vis' }))[0]).toBe('kvl');
      });
    });

    describe('synonyms and Chinese', () => {
      beforeAll(async () =>
        load([
          buildSupplierDoc({ id: 'cv', name: 'Lens Works', capabilities: ['computer vision'], description: 'Defect detection from camera images.' }),
          buildSupplierDoc({ id: 'bot', name: 'Talk Co', description: 'We build a chatbot for retail customer service.' }),
          buildSupplierDoc({ id: 'conv', name: 'Dialogue Ltd', description: 'Conversational AI platform for banks.' }),
          buildSupplierDoc({ id: 'ocr', name: 'Paper Less', capabilities: ['OCR'], description: 'Invoices into data.' }),
          buildSupplierDoc({ id: 'zh', name: 'Jade AI', descriptionZh: '我們提供人工智能解決方案，專注醫療影像分析。' }),
          buildSupplierDoc({ id: 'zhs', name: 'Pearl AI', descriptionZh: '我们为物流企业提供数据平台。' }),
          buildSupplierDoc({ id: 'other', name: 'Plain Co', description: 'Office furniture.' }),
        ]),
      );

      it('expands English synonyms, including multi-word ones', async () => {
        expect(await sorted({ q: 'chatbot' })).toEqual(['bot', 'conv']);
        expect(await ids({ q: 'cv' })).toContain('cv');
        expect(await ids({ q: 'document ai' })).toContain('ocr');
      });

      it('finds English-described suppliers from a Chinese query via synonyms', async () => {
        expect(await ids({ q: '電腦視覺' })).toEqual(['cv']);
        expect(await sorted({ q: '聊天機械人' })).toEqual(['bot', 'conv']);
        expect(await ids({ q: '文件识别' })).toEqual(['ocr']);
      });

      it('folds Simplified and Traditional Chinese', async () => {
        expect(await ids({ q: '解决方案' })).toEqual(['zh']);
        expect(await ids({ q: '數據平台' })).toEqual(['zhs']);
      });

      it('segments Chinese so a two-character word matches inside longer text', async () => {
        expect(await ids({ q: '影像' })).toEqual(['zh']);
        expect(await ids({ q: '智能' })).toEqual(['zh']);
        expect(await ids({ q: '物流' })).toEqual(['zhs']);
      });

      it('highlights the Chinese field that matched', async () => {
        const [hit] = (await engine.search('suppliers', { q: '影像' })).hits;
        expect(hit?.highlights['descriptionZh']).toContain('<mark>影像</mark>');
      });

      it('finds suppliers from a long sentence, whatever words it starts with', async () => {
        const sentence = 'Our small shop gets so many questions every day, we would like someone to build a chatbot for customer service';
        expect((await ids({ q: sentence }))[0]).toBe('bot');
        const cantonese = '我哋間舖頭每日都收到好多客人查詢，想搵人幫手整一個聊天機械人';
        expect((await ids({ q: cantonese })).slice(0, 2).sort()).toEqual(['bot', 'conv']);
      });

      it('marks a match in the text as written when the query is in the other script', async () => {
        const [hit] = (await engine.search('suppliers', { q: '解决方案' })).hits;
        expect(hit?.highlights['descriptionZh']).toMatch(/^我們提供人工智能<mark>解決/);
      });
    });

    describe('filters and facets', () => {
      beforeAll(async () =>
        load([
          buildSupplierDoc({ id: 'a', sectors: ['healthcare'], layers: ['application'], verified: true, description: 'imaging ai' }),
          buildSupplierDoc({ id: 'b', sectors: ['healthcare', 'education'], layers: ['technology'], description: 'imaging ai' }),
          buildSupplierDoc({ id: 'c', sectors: ['education'], layers: ['application'], verified: true, description: 'tutoring ai' }),
          buildSupplierDoc({ id: 'd', sectors: ['finance-insurance'], layers: ['application'], description: 'fraud ai' }),
          buildSupplierDoc({ id: 'e', sectors: ['finance-insurance'], layers: ['basic'], verified: true, description: 'gpu hosting' }),
        ]),
      );

      it('lists everything that passes the filters when q is empty', async () => {
        expect((await engine.search('suppliers', {})).total).toBe(5);
        expect(await sorted({ filter: { terms: { layers: ['application'] } } })).toEqual(['a', 'c', 'd']);
      });

      it('ORs values within a field and ANDs across fields', async () => {
        expect(await sorted({ filter: { terms: { sectors: ['healthcare', 'education'] } } })).toEqual(['a', 'b', 'c']);
        const both = { terms: { sectors: ['healthcare', 'education'], layers: ['application'] } };
        expect(await sorted({ filter: both })).toEqual(['a', 'c']);
      });

      it('filters on verified', async () => {
        expect(await sorted({ filter: { verified: true } })).toEqual(['a', 'c', 'e']);
        expect(await sorted({ filter: { verified: false } })).toEqual(['b', 'd']);
      });

      it('counts facets disjunctively: a field ignores its own filter but not the others', async () => {
        const res = await engine.search('suppliers', {
          filter: { terms: { sectors: ['healthcare'], layers: ['application'] } },
          facets: ['sectors', 'layers', 'verified'],
        });
        expect(res.hits.map((h) => h.id)).toEqual(['a']);
        // sectors: over layers=application → a, c, d
        expect(res.facets['sectors']).toEqual({ healthcare: 1, education: 1, 'finance-insurance': 1 });
        // layers: over sectors=healthcare → a, b
        expect(res.facets['layers']).toEqual({ application: 1, technology: 1 });
        // verified: over both filters → a
        expect(res.facets['verified']).toEqual({ true: 1 });
      });

      it('counts facets over the query result', async () => {
        const res = await engine.search('suppliers', { q: 'imaging', facets: ['sectors'], filter: { terms: { sectors: ['education'] } } });
        expect(res.hits.map((h) => h.id)).toEqual(['b']);
        expect(res.facets['sectors']).toEqual({ healthcare: 2, education: 1 });
      });

      it('counts every value when nothing filters', async () => {
        const res = await engine.search('suppliers', { facets: ['layers'] });
        expect(res.facets['layers']).toEqual({ application: 3, technology: 1, basic: 1 });
      });

      it('rejects a field that is not filterable', async () => {
        await expect(engine.search('suppliers', { filter: { terms: { name: ['x'] } } })).rejects.toThrow(/not a filter/);
      });
    });

    describe('budget overlap', () => {
      beforeAll(async () =>
        load([
          buildSupplierDoc({ id: 'lowmid', budgetMin: 100_000, budgetMax: 300_000 }),
          buildSupplierDoc({ id: 'mid', budgetMin: 300_000, budgetMax: 500_000 }),
          buildSupplierDoc({ id: 'open', budgetMin: 500_000 }),
          buildSupplierDoc({ id: 'upto', budgetMax: 100_000 }),
          buildSupplierDoc({ id: 'none' }),
        ]),
      );
      const budget = (min: number, max: number | null) => sorted({ filter: { budget: { min, max } } });

      it('keeps ranges touching the lower bound and drops ranges starting at the (exclusive) upper bound', async () => {
        expect(await budget(300_000, 500_000)).toEqual(['lowmid', 'mid']);
        expect(await budget(0, 100_000)).toEqual(['upto']);
        expect(await budget(100_000, 300_000)).toEqual(['lowmid', 'upto']);
      });

      it('handles an open maximum on either side, and never matches a supplier without a budget', async () => {
        expect(await budget(500_000, null)).toEqual(['mid', 'open']);
        expect(await budget(5_000_000, null)).toEqual(['open']);
        expect(await budget(0, null)).toEqual(['lowmid', 'mid', 'open', 'upto']);
      });
    });

    describe('sorting and pagination', () => {
      const many = Array.from({ length: 25 }, (_, i) =>
        buildSupplierDoc({ id: `p${String(i).padStart(2, '0')}`, caseStudyCount: (i * 7) % 25, createdAt: Date.UTC(2023, 0, 1 + i), description: 'robotics integrator' }),
      );
      beforeAll(async () => load(many));

      it('sorts by case studies and by newest', async () => {
        const byCases = await ids({ sort: 'caseStudies', limit: 3 });
        expect(byCases).toEqual(['p07', 'p14', 'p21']); // counts 24, 23, 22
        expect(await ids({ sort: 'newest', limit: 2 })).toEqual(['p24', 'p23']);
        expect(await ids({ q: 'robotics', sort: 'newest', limit: 2 })).toEqual(['p24', 'p23']);
      });

      it('sorts by name, A to Z, also from an offset', async () => {
        const names = many.map((d) => d.name).sort();
        const page = await engine.search('suppliers', { sort: 'name', offset: 3, limit: 5 });
        expect(page.hits.map((h) => h.doc?.['name'])).toEqual(names.slice(3, 8));
        expect(page.total).toBe(25);
      });

      it('pages with offset and limit and reports the total', async () => {
        const page = (offset: number) => engine.search('suppliers', { q: 'robotics', sort: 'newest', offset, limit: 10 });
        const [first, second, third] = await Promise.all([page(0), page(10), page(20)]);
        expect([first.total, second.total, third.total]).toEqual([25, 25, 25]);
        expect(third.hits).toHaveLength(5);
        const all = [...first.hits, ...second.hits, ...third.hits].map((h) => h.id);
        expect(new Set(all).size).toBe(25);
      });
    });

    describe('writes', () => {
      beforeAll(async () => load([buildSupplierDoc({ id: 'w1', name: 'Alpha Analytics' }), buildSupplierDoc({ id: 'w2', name: 'Beta Bots' })]));

      it('upsert replaces a document with the same id', async () => {
        await engine.upsert('suppliers', [buildSupplierDoc({ id: 'w1', name: 'Gamma Graphs' })]);
        expect(await ids({ q: 'alpha' })).toEqual([]);
        expect(await ids({ q: 'gamma' })).toEqual(['w1']);
        expect((await engine.search('suppliers', {})).total).toBe(2);
      });

      it('remove deletes documents', async () => {
        await engine.remove('suppliers', ['w2']);
        expect(await ids({ q: 'beta' })).toEqual([]);
        expect((await engine.search('suppliers', {})).total).toBe(1);
      });

      it('replaceAll drops what was there', async () => {
        await load([buildSupplierDoc({ id: 'w3', name: 'Delta Docs' })]);
        expect(await sorted({})).toEqual(['w3']);
      });
    });

    describe('highlights', () => {
      beforeAll(async () =>
        load([
          buildSupplierDoc({ id: 'x', name: 'Evil <script>alert(1)</script> Corp', description: 'Tom & Jerry "safe" <b>bold</b> evil' }),
          buildSupplierDoc({ id: 'y', name: 'Harbour Vision', nameZh: '海港視覺', description: 'We do computer vision. '.repeat(30) }),
        ]),
      );

      it('marks matches and escapes everything else', async () => {
        const [hit] = (await engine.search('suppliers', { q: 'evil' })).hits;
        expect(hit?.highlights['name']).toBe('<mark>Evil</mark> &lt;script&gt;alert(1)&lt;/script&gt; Corp');
        expect(hit?.highlights['description']).toContain('Tom &amp; Jerry &quot;safe&quot; &lt;b&gt;bold&lt;/b&gt; <mark>evil</mark>');
        expect(hit?.highlights['description']).not.toContain('<b>');
      });

      it('crops long descriptions and marks Chinese names when they matched', async () => {
        const [hit] = (await engine.search('suppliers', { q: '海港' })).hits;
        expect(hit?.highlights['nameZh']).toContain('<mark>海港</mark>');
        expect(hit?.highlights['description']!.length).toBeLessThan(400);
      });
    });

    describe('suggest', () => {
      beforeAll(async () =>
        load([
          buildSupplierDoc({ name: 'Kowloon Vision Labs', capabilities: ['computer vision', 'OCR'] }),
          buildSupplierDoc({ name: 'Computer Clinic HK', capabilities: ['computer vision'] }),
          buildSupplierDoc({ name: 'Harbour Data', capabilities: ['forecasting'] }),
        ]),
      );

      it('completes names and capability phrases, deduplicated', async () => {
        const got = await engine.suggest('comp', 10);
        expect(got.map((s) => s.toLowerCase()).sort()).toEqual(['computer clinic hk', 'computer vision']);
        expect(await engine.suggest('kowl', 5)).toEqual(['Kowloon Vision Labs']);
      });

      it('tolerates a light typo in a longer prefix', async () => {
        expect(await engine.suggest('forcasting', 5)).toEqual(['forecasting']);
      });
    });

    describe('cases index', () => {
      beforeAll(async () =>
        engine.replaceAll('cases', [
          buildCaseDoc({ id: 'c1', title: 'Cobot changes 3D print beds overnight', clientSector: 'manufacturing' }),
          buildCaseDoc({ id: 'c2', title: 'Chatbot answers tenant questions', clientSector: 'real-estate', titleZh: '聊天機械人解答租戶查詢' }),
        ]),
      );

      it('searches and filters case studies', async () => {
        const res = await engine.search('cases', { q: 'cobot', facets: ['clientSector'] });
        expect(res.hits.map((h) => h.id)).toEqual(['c1']);
        expect(res.hits[0]?.highlights['title']).toContain('<mark>Cobot</mark>');
        const filtered = await engine.search('cases', { filter: { terms: { clientSector: ['real-estate'] } } });
        expect(filtered.hits.map((h) => h.id)).toEqual(['c2']);
        expect((await engine.search('cases', { q: '租戶' })).hits[0]?.highlights['titleZh']).toContain('<mark>');
      });
    });

    it('is not ready after close', async () => {
      const other = await makeEngine();
      await other.init();
      await other.close();
      expect(await other.isReady()).toBe(false);
    });
  });
}
