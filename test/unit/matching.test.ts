// Ranking properties of the matcher, on the real embedded engine with documents built for each test.
import { beforeEach, describe, expect, it } from 'vitest';
import type { NeedForMatching } from '../../shared/schemas/needs';
import { analyseNeed, matchSuppliers, vocabularyOf } from '../../server/modules/matching/match.service';
import { foundOf, scorePair } from '../../server/modules/matching/match.score';
import { DEFAULT_SYNONYMS } from '../../server/modules/search/synonyms.defaults';
import { EmbeddedSearchEngine } from '../../server/platform/search/embedded/engine';
import type { SupplierSearchDoc } from '../../server/platform/search/port';
import { buildSupplierDoc } from '../search/fixtures';

let engine: EmbeddedSearchEngine;
beforeEach(async () => {
  engine = new EmbeddedSearchEngine();
  await engine.init();
  await engine.setSynonyms(DEFAULT_SYNONYMS);
});

const need = (overrides: Partial<NeedForMatching> = {}): NeedForMatching => ({
  title: 'Automatic defect detection on our production line',
  description: 'We want cameras to find defects in printed circuit boards.',
  sector: 'manufacturing',
  applicationAreas: ['operations'],
  budgetBand: '300k-500k',
  readiness: 'aware',
  difficulties: [],
  benefits: [],
  markets: [],
  languages: [],
  ...overrides,
});

const visionSupplier = (overrides: Partial<SupplierSearchDoc>) =>
  buildSupplierDoc({
    description: 'Computer vision inspection that finds defects on production lines.',
    capabilities: ['computer vision', 'defect detection'],
    layers: ['application'],
    technologies: ['solutions'],
    sectors: ['manufacturing'],
    applicationAreas: ['operations'],
    budgetMin: 100_000,
    budgetMax: 600_000,
    ...overrides,
  });

describe('matching', () => {
  it('ranks a supplier with a case study in the need’s sector and an overlapping budget above an otherwise identical one without', async () => {
    const proven = visionSupplier({ id: 'proven', name: 'Vision Works A', caseSectors: ['manufacturing'], caseStudyCount: 1, measuredCaseCount: 1 });
    const unproven = visionSupplier({ id: 'unproven', name: 'Vision Works B', budgetMin: 900_000, budgetMax: 3_000_000 });
    await engine.replaceAll('suppliers', [unproven, proven]);
    const matches = await matchSuppliers(engine, need(), { limit: 10, lang: 'en' });
    expect(matches.map((m) => m.supplier.id)).toEqual(['proven', 'unproven']);
    const texts = matches[1]!.reasons.map((r) => r.text);
    expect(texts).toContain('Serves Manufacturing, but no case study in your sector yet');
    expect(texts).toContain('Typical project starts at HK$900,000, above your budget');
  });

  it('finds suppliers described only in English for a Chinese need, through synonyms', async () => {
    await engine.replaceAll('suppliers', [
      buildSupplierDoc({ id: 'bot', name: 'Harbour Bots', description: 'Conversational AI for shops that answers customers on WhatsApp.', capabilities: ['chatbot'], sectors: ['trade-retail'] }),
      buildSupplierDoc({ id: 'other', name: 'Harbour Ledgers', description: 'Bookkeeping software for accountants.', sectors: ['professional-services'] }),
    ]);
    const matches = await matchSuppliers(engine, need({ title: '客戶服務聊天機械人', description: '我們想用聊天機械人回答顧客查詢。', sector: 'healthcare', applicationAreas: ['customer-service'] }), { limit: 5, lang: 'zh-Hant' });
    expect(matches[0]!.supplier.id).toBe('bot');
    expect(matches[0]!.reasons.map((r) => r.text)).toContain('其簡介及個案研究與你描述的需要吻合：聊天機械人、顧客');
  });

  it('reads a mixed Cantonese-English need: English words inside Chinese found, particles ignored', async () => {
    const chatbot = buildSupplierDoc({
      id: 'lamma', name: 'Lamma Semantic Solutions', description: 'Bilingual chatbots for restaurant groups.', capabilities: ['chatbot', 'Cantonese NLP'],
      caseText: 'Cantonese WhatsApp chatbot takes table bookings for a cha chaan teng\n廣東話聊天機械人處理餐廳訂位', caseStudyCount: 3, sectors: ['food-beverage'], caseSectors: ['food-beverage'],
    });
    // Writes the same particles the need does, and nothing it asks for.
    const particles = buildSupplierDoc({ id: 'chatty', name: '我哋嘅公司', description: '我哋係一間好專業嘅公司，想同你一齊搵出路。', sectors: ['food-beverage'], caseSectors: ['food-beverage'], caseStudyCount: 4 });
    await engine.replaceAll('suppliers', [chatbot, particles]);
    const mixed = need({ title: '餐廳 WhatsApp chatbot', description: '我哋間餐廳想搵個 chatbot 喺 WhatsApp 用廣東話答客人嘅 booking 同 menu 問題', sector: 'food-beverage', applicationAreas: ['customer-service'] });
    const [first, second] = await matchSuppliers(engine, mixed, { limit: 5, lang: 'en' });
    expect(first!.supplier.id).toBe('lamma');
    expect(first!.fit).not.toBe('weak');
    const said = first!.reasons.find((r) => r.code === 'text-match')!.text;
    for (const word of ['chatbot', 'whatsapp', '廣東話', 'booking']) expect(said.toLowerCase()).toContain(word);
    expect(second!.reasons.map((r) => r.code)).toContain('text-weak');
    expect(second!.components.find((c) => c.key === 'relevance')!.points).toBe(0);
  });

  it('scores relevance absolutely: a supplier’s score for a need does not depend on who else is listed', async () => {
    const second = visionSupplier({ id: 'second', description: 'Machine vision for factories.', capabilities: ['machine vision'] });
    await engine.replaceAll('suppliers', [second]);
    const [alone] = await matchSuppliers(engine, need(), { limit: 5, lang: 'en' });
    await engine.replaceAll('suppliers', [second, visionSupplier({ id: 'best', description: 'Automatic defect detection with cameras on printed circuit board production lines.' })]);
    const ranked = await matchSuppliers(engine, need(), { limit: 5, lang: 'en' });
    expect(ranked.map((m) => m.supplier.id)).toEqual(['best', 'second']);
    expect(ranked[1]!.score).toBe(alone!.score);
    expect(ranked[1]!.components).toEqual(alone!.components);
  });

  it('does not let sector case studies alone outrank a supplier that does the work', async () => {
    const sectorOnly = buildSupplierDoc({ id: 'pos', name: 'Till Analytics', description: 'Point-of-sale sales reports for retail chains.', capabilities: ['sales reporting'], sectors: ['trade-retail'], caseSectors: ['trade-retail'], caseStudyCount: 4, measuredCaseCount: 4, verified: true, applicationAreas: ['customer-service'], budgetMin: 100_000, budgetMax: 400_000 });
    const doer = buildSupplierDoc({ id: 'bot', name: 'Answer Bots', description: 'Chatbots that answer customer enquiries on WhatsApp.', capabilities: ['chatbot'], sectors: ['hospitality-tourism'], applicationAreas: ['customer-service'] });
    await engine.replaceAll('suppliers', [sectorOnly, doer]);
    const ranked = await matchSuppliers(engine, need({ title: 'Chatbot for customer enquiries', description: 'Our shops want a chatbot to answer customer enquiries on WhatsApp.', sector: 'trade-retail', applicationAreas: ['customer-service'] }), { limit: 5, lang: 'en' });
    expect(ranked.map((m) => m.supplier.id)).toEqual(['bot', 'pos']);
    expect(ranked[1]!.fit).not.toMatch(/strong|good/);
  });

  it('explains every match with named components that add up to its score, in both languages', async () => {
    await engine.replaceAll('suppliers', [visionSupplier({ id: 'a', verified: true }), visionSupplier({ id: 'b', sectors: ['education'] })]);
    for (const lang of ['en', 'zh-Hant'] as const) {
      const matches = await matchSuppliers(engine, need(), { limit: 10, lang });
      expect(matches).toHaveLength(2);
      for (const m of matches) {
        expect(m.reasons.length).toBeGreaterThan(0);
        expect(m.reasons.some((r) => r.kind === 'strength')).toBe(true);
        const sum = m.components.reduce((s, c) => s + c.points, 0);
        expect(m.score).toBeCloseTo(Math.max(0, sum), 0);
        expect(m.components.reduce((s, c) => s + c.max, 0)).toBe(100);
      }
      const gaps = matches.find((m) => m.supplier.id === 'b')!.reasons.filter((r) => r.kind === 'gap');
      expect(gaps.map((g) => g.code)).toContain('sector-missing');
    }
  });

  it('says what it does not know instead of guessing', async () => {
    await engine.replaceAll('suppliers', [visionSupplier({ id: 'quiet', budgetMin: undefined, budgetMax: undefined })]);
    const [match] = await matchSuppliers(engine, need({ readiness: undefined }), { limit: 1, lang: 'en' });
    const unknowns = match!.reasons.filter((r) => r.kind === 'unknown').map((r) => r.code);
    expect(unknowns).toEqual(expect.arrayContaining(['budget-unknown', 'readiness-unknown', 'no-cases']));
  });

  it('matches a need’s data constraints against the due-diligence card: met, unknown, or a conflict that costs the match', async () => {
    const meets = visionSupplier({ id: 'meets', diligence: { dataLocations: ['hong-kong'], aiSources: ['own-models', 'third-party-apis'], dataProcessingTerms: true, deletionOnRequest: true } });
    const overseas = visionSupplier({ id: 'overseas', diligence: { dataLocations: ['hong-kong', 'overseas'], aiSources: ['third-party-apis'], dataProcessingTerms: true, deletionOnRequest: false } });
    const silent = visionSupplier({ id: 'silent' });
    await engine.replaceAll('suppliers', [overseas, silent, meets]);
    const ranked = await matchSuppliers(engine, need({ dataConstraints: ['data-in-hong-kong', 'no-overseas-ai-apis', 'personal-data'] }), { limit: 5, lang: 'en' });
    expect(ranked.map((m) => m.supplier.id)).toEqual(['meets', 'silent', 'overseas']);
    const codes = (id: string) => ranked.find((m) => m.supplier.id === id)!.reasons.filter((r) => r.code.startsWith('constraints')).map((r) => `${r.kind}:${r.code}`);
    expect(codes('meets')).toEqual(['strength:constraints-fit']);
    expect(codes('silent')).toEqual(['unknown:constraints-unknown']);
    expect(codes('overseas')).toEqual(['gap:constraints-conflict']);
    expect(ranked[2]!.components.find((c) => c.key === 'constraints')!.points).toBe(-30);
  });

  it('counts reviews from real engagements as evidence, and says a low rating as a gap', async () => {
    await engine.replaceAll('suppliers', [
      visionSupplier({ id: 'praised', reviewCount: 3, reviewAverage: 4.6 }),
      visionSupplier({ id: 'plain' }),
      visionSupplier({ id: 'panned', reviewCount: 2, reviewAverage: 2 }),
    ]);
    const ranked = await matchSuppliers(engine, need(), { limit: 5, lang: 'en' });
    expect(ranked.map((m) => m.supplier.id)).toEqual(['praised', 'plain', 'panned']);
    const said = (id: string) => ranked.find((m) => m.supplier.id === id)!.reasons.filter((r) => r.code.startsWith('reviews'));
    expect(said('praised').map((r) => [r.kind, r.text])).toEqual([['strength', 'Rated 4.6 / 5 by 3 SMEs that hired it through AI Bridge']]);
    expect(said('panned').map((r) => [r.kind, r.text])).toEqual([['gap', 'Rated only 2 / 5 by 2 SMEs that hired it through AI Bridge']]);
    expect(said('plain')).toEqual([]);
  });

  it('reads American and British spellings as one word, whichever side writes which', async () => {
    await engine.replaceAll('suppliers', [
      buildSupplierDoc({ id: 'routes', name: 'Harbour Fleet', description: 'Route optimisation that plans each van’s deliveries.', capabilities: ['route optimisation'], sectors: ['logistics'] }),
      buildSupplierDoc({ id: 'photos', name: 'Harbour Photo', description: 'We optimize product photos for online shops.', capabilities: ['photo optimization'], sectors: ['trade-retail'] }),
    ]);
    const [routes] = await matchSuppliers(engine, need({ title: 'Optimize our delivery routes', description: 'We want software to optimize the routes of our six vans.', sector: 'logistics' }), { limit: 5, lang: 'en' });
    expect(routes!.supplier.id).toBe('routes');
    expect(routes!.concepts.matched).toContain('optimize');
    const photos = await matchSuppliers(engine, need({ title: 'Better product photos', description: 'We want our product photos optimised for our online shop.', sector: 'trade-retail' }), { limit: 5, lang: 'en' });
    expect(photos.find((m) => m.supplier.id === 'photos')!.concepts.matched).toEqual(expect.arrayContaining(['optimised']));
  });

  describe('reading what is not there', () => {
    const counters = () => [
      buildSupplierDoc({ id: 'filming', name: 'Door Camera Analytics', description: 'Cameras at the shop door count visitors and show traffic by hour.', capabilities: ['people counting', 'camera analytics'], sectors: ['trade-retail'] }),
      buildSupplierDoc({ id: 'sensing', name: 'Door Sensor Count', description: 'Counts visitors at the shop door with thermal sensors and shows traffic by hour. No cameras and no images are recorded.', capabilities: ['people counting'], sectors: ['trade-retail'] }),
    ];
    const counting = (title: string, description: string) => need({ title, description, sector: 'trade-retail', budgetBand: 'below-100k' });

    it('does not credit a profile with what it says it does not do', async () => {
      await engine.replaceAll('suppliers', counters());
      const matches = await matchSuppliers(engine, counting('Camera footfall counting for our shop', 'We want cameras to count the visitors of our shop.'), { limit: 10, lang: 'en' });
      const sensing = matches.find((m) => m.supplier.id === 'sensing')!;
      expect(matches[0]!.supplier.id).toBe('filming');
      expect(sensing.concepts.missing).toContain('camera');
      // What others do not do is no limit of its own
      await engine.replaceAll('suppliers', [buildSupplierDoc({ id: 'proud', name: 'Door Count Pro', description: 'We count visitors with cameras at the door and others do not.', capabilities: ['people counting'], sectors: ['trade-retail'] })]);
      const [proud] = await matchSuppliers(engine, counting('Camera footfall counting for our shop', 'We want cameras to count the visitors of our shop.'), { limit: 10, lang: 'en' });
      expect(proud!.concepts.matched).toContain('camera');
    });

    it('ranks a supplier offering what the need rules out below one that does not, and says why in both languages', async () => {
      await engine.replaceAll('suppliers', counters());
      const ruledOut = counting('數人流', '想知每個鐘有幾多人入舖，但唔想裝 camera 影到啲客。');
      const [en, zh] = await Promise.all((['en', 'zh-Hant'] as const).map((lang) => matchSuppliers(engine, ruledOut, { limit: 10, lang })));
      expect(en!.map((m) => m.supplier.id)).toEqual(['sensing', 'filming']);
      expect(en![1]!.reasons.map((r) => r.text)).toContain('Offers what you ruled out: camera');
      expect(zh![1]!.reasons.map((r) => r.text)).toContain('提供你表明不要的：camera');
      expect(en![0]!.reasons.some((r) => r.code === 'text-excluded')).toBe(false);
    });

    it('holds a ruled-out channel against a supplier only when it offers none of the channels the need asks for', async () => {
      await engine.replaceAll('suppliers', [
        buildSupplierDoc({ id: 'both', name: 'Shop Helper', description: 'A chatbot that answers order questions on your website and on WhatsApp.', capabilities: ['order tracking chatbot'], sectors: ['trade-retail'] }),
        buildSupplierDoc({ id: 'whatsapp-only', name: 'Chat Orders', description: 'A chatbot that answers order questions on WhatsApp.', capabilities: ['order tracking chatbot'], sectors: ['trade-retail'] }),
      ]);
      const websiteOnly = need({ title: 'Order chatbot for our website', description: 'We want a chatbot on our website that answers where an order is. We do not use WhatsApp.', sector: 'trade-retail' });
      const matches = await matchSuppliers(engine, websiteOnly, { limit: 10, lang: 'en' });
      expect(matches.map((m) => m.supplier.id)).toEqual(['both', 'whatsapp-only']);
      expect(matches[0]!.reasons.some((r) => r.code === 'text-excluded')).toBe(false);
      expect(matches[1]!.reasons.map((r) => r.text)).toContain('Offers what you ruled out: whatsapp');
      // A means is different: cameras are ruled out even beside what the need asks for.
      await engine.replaceAll('suppliers', [buildSupplierDoc({ id: 'mixed-kit', name: 'Count All', description: 'Counts visitors at the shop door with thermal sensors or cameras.', capabilities: ['people counting'], sectors: ['trade-retail'] })]);
      const [counted] = await matchSuppliers(engine, counting('Count visitors with sensors', 'We want thermal sensors to count visitors. Our landlord will not accept cameras.'), { limit: 10, lang: 'en' });
      expect(counted!.reasons.some((r) => r.code === 'text-excluded')).toBe(true);
    });

    it('reads a problem told without the vendor’s word, in either language, and not the district the SME is in', async () => {
      await engine.replaceAll('suppliers', [
        buildSupplierDoc({ id: 'shield', name: 'Office Shield', description: 'Phishing email filtering and account takeover alerts for small offices.', capabilities: ['phishing detection'], sectors: ['professional-services'] }),
        buildSupplierDoc({ id: 'it', name: 'Sai Kung Office IT', description: 'Laptops, printers and Wi-Fi set up for small offices.', capabilities: ['IT support'], sectors: ['professional-services'] }),
        buildSupplierDoc({ id: 'proctor', name: 'ExamEye', description: 'Online exam proctoring with face verification for professional bodies.', capabilities: ['online proctoring'], sectors: ['professional-services'] }),
      ]);
      const scam = need({ title: 'Fake emails', description: 'Our office in Sai Kung got fake emails with new bank details, and one colleague was hacked. We want to stop this.', sector: 'professional-services' });
      expect((await matchSuppliers(engine, scam, { limit: 3, lang: 'en' }))[0]!.supplier.id).toBe('shield');
      const exams = need({ title: '網上監考', description: '本會擬改為網上考試，需要核實考生身份。', sector: 'professional-services' });
      expect((await matchSuppliers(engine, exams, { limit: 3, lang: 'zh-Hant' }))[0]!.supplier.id).toBe('proctor');
      await engine.replaceAll('suppliers', [
        buildSupplierDoc({ id: 'guard', name: 'Night Guard', description: 'Video analytics for building security: intrusion alerts without face recognition.', capabilities: ['video analytics'], sectors: ['real-estate'] }),
        buildSupplierDoc({ id: 'helmets', name: 'Site Safe', description: 'Site safety on construction sites: helmet and harness detection.', capabilities: ['PPE detection'], sectors: ['construction'] }),
      ]);
      const breakIns = need({ title: '地盤夜晚俾人爆入', description: '地盤夜晚成日有人爆入偷電線同工具，想有人爬圍板嘅時候即刻通知看更。', sector: 'construction' });
      const [guard] = await matchSuppliers(engine, breakIns, { limit: 3, lang: 'zh-Hant' });
      expect(guard!.supplier.id).toBe('guard');
      expect(guard!.concepts.matched).toContain('爆入');
    });

    it('reads a water leak told in Cantonese everyday words against an English-only profile', async () => {
      await engine.replaceAll('suppliers', [
        buildSupplierDoc({ id: 'leaks', name: 'Pipe Sense', description: 'Leak detection and water quality prediction from pipe sensors.', capabilities: ['leak detection'], sectors: ['water-waste'] }),
        buildSupplierDoc({ id: 'estate', name: 'Estate Desk', description: 'Property management software for estates: fees, repairs and residents’ complaints.', capabilities: ['property management'], sectors: ['real-estate'] }),
      ]);
      const water = need({ title: '總水錶同住戶水錶差三成', description: '我哋係屋苑管理公司，地底喉管唔知邊度漏水，啲水又黃。想知邊段喉管漏水。', sector: 'real-estate' });
      const matches = await matchSuppliers(engine, water, { limit: 10, lang: 'zh-Hant' });
      expect(matches[0]!.supplier.id).toBe('leaks');
      expect(matches[0]!.concepts.matched.length).toBeGreaterThan(0);
    });

    it('finds the supplier that names the need’s main work in other words, outside the need’s sector and words', async () => {
      await engine.replaceAll('suppliers', [
        buildSupplierDoc({ id: 'advisory', name: 'Harbour Advisory', description: 'Management consultancy: AI roadmaps and vendor selection for public bodies.', capabilities: ['AI transformation'], sectors: ['government'] }),
      ]);
      const formal = need({ title: '規劃引入人工智能', description: '本局為一法定機構，轄下設有牌照申請、公眾查詢及巡查等服務。管理層擬聘請外間專家全面檢視工作流程。', sector: 'public-administration' });
      expect((await matchSuppliers(engine, formal, { limit: 3, lang: 'zh-Hant' })).map((m) => m.supplier.id)).toEqual(['advisory']);
    });

    it('reaches the supplier of the need’s main work past sixty that share its words, by the lexicon’s words as written', async () => {
      const decoys = Array.from({ length: 60 }, (_, i) =>
        buildSupplierDoc({ id: `decoy-${i}`, name: `Vision Works ${i}`, description: 'Working with your team: computer vision models trained on your own photos, with staff training and courses.', capabilities: ['computer vision'], sectors: ['manufacturing'] }),
      );
      await engine.replaceAll('suppliers', [
        ...decoys,
        buildSupplierDoc({ id: 'transform', name: 'Central Transform', description: 'Business transformation consultancy: process redesign and change management across industries.', capabilities: ['process redesign'], sectors: ['hospitality-tourism'] }),
      ]);
      const merger = need({ title: 'Three plants, three ways of working', description: 'Our laundry bought two competitors and each plant still works its own way. We want an experienced advisory team to map our processes and design one way of working.', sector: 'admin-support-services' });
      const matches = await matchSuppliers(engine, merger, { limit: 5, lang: 'en' });
      expect(matches[0]!.supplier.id).toBe('transform');
    });

    it('keeps the words of a problem told in the negative: machines that break down without warning still want a warning', async () => {
      await engine.replaceAll('suppliers', [
        buildSupplierDoc({ id: 'warns', name: 'Machine Health', description: 'Sensors on factory machines warn of failures weeks ahead.', capabilities: ['predictive maintenance'], sectors: ['manufacturing'] }),
      ]);
      const [match] = await matchSuppliers(engine, need({ title: 'Machines stop without warning', description: 'Our moulding machines break down without warning. We want to know before they fail.' }), { limit: 10, lang: 'en' });
      expect(match!.reasons.some((r) => r.code === 'text-excluded')).toBe(false);
      expect(match!.concepts.matched).toContain('break down');
    });

    it('does not read a wish to be spared work, or a problem to stop, as ruling out the means that would do it', async () => {
      await engine.replaceAll('suppliers', [
        buildSupplierDoc({ id: 'bot', name: 'Reply Bot', description: 'A chatbot that replies to customers on WhatsApp in Cantonese.', capabilities: ['WhatsApp chatbot'], sectors: ['trade-retail'] }),
        buildSupplierDoc({ id: 'forecast', name: 'Stock Forecast', description: 'Demand forecasting that stops shops running out of stock.', capabilities: ['demand forecasting'], sectors: ['trade-retail'] }),
      ]);
      for (const [title, description] of [
        ['Replies on WhatsApp', "We don't want staff replying to WhatsApp all day."],
        ['自動覆 WhatsApp', '唔想再人手覆WhatsApp，唔使同事成日覆。'],
        ['唔想斷貨', '間舖唔想斷貨，想知每樣貨要入幾多。'],
      ] as const) {
        const matches = await matchSuppliers(engine, counting(title, description), { limit: 10, lang: 'en' });
        expect(matches.flatMap((m) => m.reasons).some((r) => r.code === 'text-excluded'), description).toBe(false);
        expect(matches[0]!.reasons.some((r) => r.code === 'text-match' || r.code === 'text-partial'), description).toBe(true);
      }
    });

    it('reads a word with two meanings by its company: CV in a hiring need is a résumé, not computer vision', async () => {
      await engine.replaceAll('suppliers', [
        buildSupplierDoc({ id: 'vision', name: 'Factory Eyes', description: 'Computer vision that finds defects on production lines.', capabilities: ['computer vision'], sectors: ['food-beverage'] }),
        buildSupplierDoc({ id: 'hiring', name: 'Shortlist', description: 'CV screening and interview scheduling for employers hiring at volume.', capabilities: ['CV screening'], sectors: ['food-beverage'] }),
      ]);
      const hiring = need({ title: '睇 CV 睇到眼花', description: 'HR日日睇幾百份CV，想AI幫手篩同約interview。', sector: 'food-beverage', applicationAreas: ['human-resources'] });
      const matches = await matchSuppliers(engine, hiring, { limit: 10, lang: 'en' });
      expect(matches[0]!.supplier.id).toBe('hiring');
      expect(matches[0]!.concepts.matched).toContain('cv');
      expect(matches.find((m) => m.supplier.id === 'vision')?.concepts.matched ?? []).not.toContain('cv');
      const [inspection] = await matchSuppliers(engine, need({ title: 'CV for QC', description: 'Use CV to check our production line for defects.' }), { limit: 1, lang: 'en' });
      expect(inspection!.supplier.id).toBe('vision');
    });

    it('reads a typing slip as the word meant, and a short word as itself rather than a longer one with the same stem', async () => {
      await engine.replaceAll('suppliers', [
        buildSupplierDoc({ id: 'booking', name: 'Table Bot', description: 'Takes restaurant reservations on WhatsApp in Cantonese.', capabilities: ['reservations'], sectors: ['food-beverage'] }),
        buildSupplierDoc({ id: 'recs', name: 'Recommend Co', description: 'Personalisation and product recommendations for online shops.', capabilities: ['personalisation'], sectors: ['food-beverage'] }),
      ]);
      const matches = await matchSuppliers(engine, need({ title: 'Bot for resevations', description: 'Our 8-person restaurant wants a bot for resevations in cantonse.', sector: 'food-beverage' }), { limit: 10, lang: 'en' });
      expect(matches[0]!.supplier.id).toBe('booking');
      expect(matches[0]!.concepts.matched).toEqual(expect.arrayContaining(['resevations', 'cantonse']));
      expect(matches.find((m) => m.supplier.id === 'recs')?.concepts.matched ?? []).not.toContain('person');
    });
  });

  describe('the work a need asks for before its setting', () => {
    const restaurant = (title: string, description: string) => need({ title, description, sector: 'food-beverage', applicationAreas: ['customer-service'], budgetBand: 'below-100k' });
    const bot = buildSupplierDoc({ id: 'bot', name: 'Dim Sum Bots', description: 'Cantonese chatbots for restaurants on WhatsApp Business: bookings and menu questions.', capabilities: ['restaurant chatbot', 'WhatsApp'], sectors: ['food-beverage'], caseSectors: ['food-beverage'], caseStudyCount: 2 });
    const scribe = buildSupplierDoc({ id: 'scribe', name: 'Call Notes', description: 'Records phone calls and writes Cantonese transcripts with a summary of each call.', capabilities: ['call recording', 'call transcription'], sectors: ['professional-services'] });

    it('does not let a need’s sector, channel and language make a supplier relevant without the work asked for', async () => {
      await engine.replaceAll('suppliers', [bot, scribe]);
      const matches = await matchSuppliers(engine, restaurant('Cantonese phone calls to text', 'We are a Cantonese restaurant in Mong Kok with WhatsApp Business and a busy phone line. Customers call to book. We want our phone calls recorded and transcribed in Cantonese.'), { limit: 10, lang: 'en' });
      expect(matches[0]!.supplier.id).toBe('scribe');
      const chatbot = matches.find((m) => m.supplier.id === 'bot')!;
      expect(chatbot.fit).toBe('weak');
      expect(chatbot.reasons.some((r) => r.code === 'text-match')).toBe(false);
    });

    it('rules out what a need says it does not need, in English and in Cantonese', async () => {
      await engine.replaceAll('suppliers', [
        buildSupplierDoc({ id: 'translate', name: 'Lex Translate', description: 'Contract translation between English and Chinese by legal translators.', capabilities: ['contract translation'], sectors: ['trade-retail'] }),
        buildSupplierDoc({ id: 'review', name: 'Clause Check', description: 'Contract review that flags unusual clauses in English and Chinese contracts.', capabilities: ['contract review'], sectors: ['trade-retail'] }),
      ]);
      for (const [title, description] of [
        ['Flag risky clauses', 'We do not need translation; we want each supply contract read and unusual clauses flagged.'],
        ['份 lease 想 check 吓 clause', '想 AI 幫手 check 份合約有冇唔妥嘅 clause，唔使翻譯。'],
        ['份 lease 想 check 吓 clause', '想 AI 幫手 check 份合約有冇唔妥嘅 clause，唔係要搞翻譯。'],
      ] as const) {
        const matches = await matchSuppliers(engine, need({ title, description, sector: 'trade-retail', applicationAreas: ['legal'] }), { limit: 10, lang: 'en' });
        expect(matches[0]!.supplier.id, description).toBe('review');
        expect(matches.find((m) => m.supplier.id === 'translate')!.reasons.some((r) => r.code === 'text-excluded'), description).toBe(true);
      }
    });

    it('rules out what a need says it does not need even when its story names it, and reads crashes in a fleet as driver safety', async () => {
      await engine.replaceAll('suppliers', [
        buildSupplierDoc({ id: 'routes', name: 'Route Desk', description: 'Route planning and dispatch for truck fleets, with GPS tracking.', capabilities: ['route planning', 'dispatch'], sectors: ['logistics'] }),
        buildSupplierDoc({ id: 'dashcam', name: 'Safe Drive', description: 'AI dashcams that detect driver fatigue, phone use and tailgating for truck fleets.', capabilities: ['driver fatigue detection'], sectors: ['logistics'] }),
      ]);
      const crashes = need({ title: 'Three crashes this year', description: 'We run 40 concrete trucks. The trucks already have GPS and our dispatch system shows where each truck is, so we do not need tracking or route planning. We want to know when a driver is nodding off or on the phone while driving.', sector: 'construction' });
      const matches = await matchSuppliers(engine, crashes, { limit: 10, lang: 'en' });
      expect(matches.map((m) => m.supplier.id)).toEqual(['dashcam', 'routes']);
      expect(matches[1]!.reasons.some((r) => r.code === 'text-excluded')).toBe(true);
      expect(matches[0]!.concepts.matched).toContain('crashes');
    });

    it('rules out what follows 不是想 and 唔想再加', async () => {
      await engine.replaceAll('suppliers', [
        buildSupplierDoc({ id: 'tours', name: 'Trip Builder', description: 'Itinerary planning and tour quotes for travel agencies.', capabilities: ['itinerary planning', 'tour quoting'], sectors: ['hospitality-tourism'] }),
        buildSupplierDoc({ id: 'chat', name: 'Travel Chat', description: 'A chatbot that answers travellers’ enquiries for travel agencies.', capabilities: ['travel chatbot'], sectors: ['hospitality-tourism'] }),
        buildSupplierDoc({ id: 'plates', name: 'Plate Gate', description: 'Licence plate recognition for car parks, with monthly passes.', capabilities: ['licence plate recognition'], sectors: ['real-estate'] }),
        buildSupplierDoc({ id: 'cctv', name: 'Guard Eye', description: 'AI CCTV monitoring screens for security guards in car parks.', capabilities: ['CCTV monitoring'], sectors: ['real-estate'] }),
      ]);
      const tours = await matchSuppliers(engine, need({ title: '行程報價太慢', description: '我們是旅行社，每份行程及報價要兩天。我們不是想做聊天機械人，只想同事更快做好行程和報價。', sector: 'hospitality-tourism', applicationAreas: ['administrative-support'] }), { limit: 10, lang: 'zh-Hant' });
      expect(tours[0]!.supplier.id).toBe('tours');
      expect(tours.find((m) => m.supplier.id === 'chat')!.reasons.some((r) => r.code === 'text-excluded')).toBe(true);
      const parking = await matchSuppliers(engine, need({ title: '月租客借卡俾朋友', description: '停車場想閘口自動認車牌，冇登記嘅車唔開閘。唔想再加 CCTV。', sector: 'real-estate' }), { limit: 10, lang: 'zh-Hant' });
      expect(parking[0]!.supplier.id).toBe('plates');
      expect(parking.find((m) => m.supplier.id === 'cctv')!.reasons.some((r) => r.code === 'text-excluded')).toBe(true);
    });

    it('reads someone else’s remedy that the SME doubts as the story, in English and in Cantonese', async () => {
      await engine.replaceAll('suppliers', [
        buildSupplierDoc({ id: 'bot', name: 'Shop Bot', description: 'A WhatsApp chatbot that answers shop customers.', capabilities: ['chatbot'], sectors: ['trade-retail'] }),
        buildSupplierDoc({ id: 'dashboards', name: 'Shop Numbers', description: 'Sales dashboards for retail chains: sales by shop and by hour.', capabilities: ['sales dashboard'], sectors: ['trade-retail'] }),
      ]);
      const doubting = [
        need({ title: 'Which shop is losing sales?', description: 'Our manager says we need a chatbot to bring customers back. But honestly we first need a sales dashboard by shop.', sector: 'trade-retail' }),
        need({ title: '邊間舖跌緊生意？', description: '老細話要整個 chatbot 叫啲客返嚟，但我想先要一個 sales dashboard 睇每間舖。', sector: 'trade-retail' }),
        need({ title: 'Which shop is losing sales?', description: 'The director asked me to look for a chatbot for our customers. I think we need a sales dashboard by shop first.', sector: 'trade-retail' }),
      ];
      for (const told of doubting) {
        const matches = await matchSuppliers(engine, told, { limit: 10, lang: 'en' });
        expect(matches.map((m) => m.supplier.id)).toEqual(['dashboards', 'bot']);
        expect(matches[1]!.fit).toBe('weak');
      }
      // A condition on the proposal is no doubt about it
      const agreed = need({ title: 'Help for our shop', description: 'Our manager wants a chatbot, but it must answer in Cantonese. A sales dashboard would be nice one day.', sector: 'trade-retail' });
      const [kept] = await matchSuppliers(engine, agreed, { limit: 10, lang: 'en' });
      expect(kept!.supplier.id).toBe('bot');
      expect(kept!.fit).not.toBe('weak');
    });

    it('reads work put off until later (之後再考慮, can wait) as the story, not the ask', async () => {
      await engine.replaceAll('suppliers', [
        buildSupplierDoc({ id: 'forecast', name: 'Sales Ahead', description: 'Demand forecasting for distributors, by product and by customer.', capabilities: ['demand forecasting'], sectors: ['trade-retail'] }),
        buildSupplierDoc({ id: 'data', name: 'Data Tidy', description: 'Data cleaning and master data: one product code across every system, data pipelines and sales reports.', capabilities: ['data cleaning', 'master data'], sectors: ['trade-retail'] }),
      ]);
      const later = [
        need({ title: '先整理數據', description: '同一個產品有三個編號。想搵人整理數據同主數據，之後再考慮預測銷量。', sector: 'trade-retail' }),
        need({ title: 'Tidy our data first', description: 'One product has three codes. We want data cleaning and master data; sales forecasting can wait.', sector: 'trade-retail' }),
      ];
      for (const told of later) {
        const matches = await matchSuppliers(engine, told, { limit: 10, lang: 'en' });
        expect(matches.map((m) => m.supplier.id)).toEqual(['data', 'forecast']);
        expect(matches[1]!.fit).toBe('weak');
      }
    });

    it('reads "how many to bake", "how many we will sell tomorrow" and 「整幾多」 as a forecast, though the need never says the word', async () => {
      await engine.replaceAll('suppliers', [
        buildSupplierDoc({ id: 'forecast', name: 'Oven Numbers', description: 'Demand forecasting for bakeries and food shops, by product and by shop.', capabilities: ['demand forecasting'], sectors: ['food-beverage'] }),
        buildSupplierDoc({ id: 'pos', name: 'Bakery Till', description: 'A POS for bakeries with loyalty stamps for each shop.', capabilities: ['POS'], sectors: ['food-beverage'] }),
      ]);
      const guessing = [
        need({ title: 'Too much bread thrown away', description: 'Every night we guess how many loaves of each kind to bake for each shop.', sector: 'food-beverage' }),
        need({ title: '麵包成日掉', description: '每晚都係估聽日每間舖整幾多個麵包。', sector: 'food-beverage' }),
        need({ title: 'Too much bread thrown away', description: 'We want to know how many loaves each shop will sell tomorrow.', sector: 'food-beverage' }),
        need({ title: '麵包成日掉', description: '想知聽日每間舖大概賣到幾多個麵包。', sector: 'food-beverage' }),
      ];
      for (const told of guessing) {
        const [first] = await matchSuppliers(engine, told, { limit: 10, lang: 'en' });
        expect(first!.supplier.id).toBe('forecast');
        expect(first!.fit).not.toBe('weak');
      }
    });

    it('reads a care home as where the work is done, not the work: robots that carry meals before fall alarms for care homes', async () => {
      await engine.replaceAll('suppliers', [
        buildSupplierDoc({ id: 'falls', name: 'Care Watch', description: 'Fall detection for care homes and elderly people living alone.', capabilities: ['fall detection'], sectors: ['social-care'] }),
        buildSupplierDoc({ id: 'delivery', name: 'Butler Bots', description: 'Delivery and floor-cleaning robots for hotels and restaurants: meal delivery and dish return.', capabilities: ['service robots'], sectors: ['hospitality-tourism'] }),
        buildSupplierDoc({ id: 'companion', name: 'Chat Pal', description: 'Social robots that chat in Cantonese with elderly people in care homes.', capabilities: ['social robot'], sectors: ['social-care'] }),
      ]);
      const robots = need({ title: '院舍請唔到人', description: '院舍想搵機械人幫手送飯、收碗同夜晚拖地，唔係要陪老人家傾偈嗰種。', sector: 'social-care' });
      const matches = await matchSuppliers(engine, robots, { limit: 10, lang: 'zh-Hant' });
      expect(matches[0]!.supplier.id).toBe('delivery');
      expect(matches.find((m) => m.supplier.id === 'companion')!.reasons.some((r) => r.code === 'text-excluded')).toBe(true);
    });

    it('rules out what follows "so no" (NDAs, so no cloud) and finds workstations sold in instalments', async () => {
      await engine.replaceAll('suppliers', [
        buildSupplierDoc({ id: 'cloud', name: 'GPU Cloud', description: 'GPU cloud by the hour in a Hong Kong data centre.', capabilities: ['GPU cloud'], sectors: ['professional-services'] }),
        buildSupplierDoc({ id: 'kit', name: 'Box Shop', description: 'GPU workstations and servers: supply, installation and financing in monthly instalments.', capabilities: ['AI workstations', 'hardware financing'], sectors: ['education'] }),
      ]);
      const workstations = need({ title: 'Our PCs are too slow for 3D work', description: 'Our drawings are under NDA, so no cloud. We need 12 GPU workstations installed, paid in instalments.', sector: 'professional-services' });
      const matches = await matchSuppliers(engine, workstations, { limit: 10, lang: 'en' });
      expect(matches[0]!.supplier.id).toBe('kit');
      expect(matches.find((m) => m.supplier.id === 'cloud')!.reasons.some((r) => r.code === 'text-excluded')).toBe(true);
    });

    it('does not read what the SME already has as what it asks for, and keeps an ask in the same clause', async () => {
      await engine.replaceAll('suppliers', [
        buildSupplierDoc({ id: 'ordering', name: 'Order Hub', description: 'QR ordering, POS and WhatsApp orders for restaurants, with stock counts.', capabilities: ['QR ordering', 'POS', 'stock control'], sectors: ['food-beverage'] }),
        buildSupplierDoc({ id: 'cold', name: 'Cold Watch', description: 'Temperature alerts for freezers and fridges, with logs for the inspector.', capabilities: ['temperature monitoring'], sectors: ['logistics'] }),
      ]);
      const freezer = need({ title: 'Our freezer died', description: 'The freezer stopped on Sunday and everything in it went in the bin. We already use QR ordering, a POS and stock counts on WhatsApp.', sector: 'food-beverage' });
      expect((await matchSuppliers(engine, freezer, { limit: 10, lang: 'en' }))[0]!.supplier.id).toBe('cold');
      const [asked] = await matchSuppliers(engine, need({ title: '雪櫃', description: '我哋用緊 POS 想知雪櫃幾多度', sector: 'food-beverage' }), { limit: 10, lang: 'zh-Hant' });
      expect(asked!.supplier.id).toBe('cold');
      expect(asked!.concepts.matched).toContain('雪櫃');
    });

    it('rules out what a union bans and what a need says it is not looking for, and a Chinese cue with nothing after it rules out the clause before', async () => {
      await engine.replaceAll('suppliers', [
        buildSupplierDoc({ id: 'scale', name: 'Waste Scale', description: 'A scale for food waste: staff pick the dish when they tip the waste, and each week it says what to cook less of.', capabilities: ['food waste tracking'], sectors: ['food-beverage'] }),
        buildSupplierDoc({ id: 'camera', name: 'Bin Eye', description: 'Cameras over the bins that recognise food waste and write the ESG report.', capabilities: ['food waste cameras', 'ESG reports'], sectors: ['food-beverage'] }),
        buildSupplierDoc({ id: 'phish', name: 'Mail Guard', description: 'Filters phishing emails and watches office PCs for odd behaviour around the clock.', capabilities: ['phishing detection'], sectors: ['professional-services'] }),
        buildSupplierDoc({ id: 'orders', name: 'Order Desk', description: 'Online ordering and delivery orders for restaurants, with phishing-safe logins.', capabilities: ['online ordering'], sectors: ['food-beverage'] }),
      ]);
      const canteen = need({ title: '飯堂日日倒幾桶餸，但工會唔俾裝 camera', description: '員工飯堂每晚都倒幾桶廚餘。ESG report 總公司自己寫，唔使幫手。想倒廚餘嗰陣記低係咩餸、幾多斤。', sector: 'logistics' });
      const waste = await matchSuppliers(engine, canteen, { limit: 10, lang: 'zh-Hant' });
      expect(waste[0]!.supplier.id).toBe('scale');
      expect(waste.find((m) => m.supplier.id === 'camera')!.reasons.find((r) => r.code === 'text-excluded')?.text).toMatch(/camera.*esg|esg.*camera/i);
      const phishing = need({ title: 'A fake email took our payouts', description: 'A manager typed our login into a fake email. I want phishing emails filtered and our PCs watched. We are not looking for anything for ordering.', sector: 'food-beverage' });
      const mail = await matchSuppliers(engine, phishing, { limit: 10, lang: 'en' });
      expect(mail[0]!.supplier.id).toBe('phish');
      expect(mail.find((m) => m.supplier.id === 'orders')!.reasons.some((r) => r.code === 'text-excluded')).toBe(true);
    });

    it('weighs the words of the story below the words of the ask', async () => {
      await engine.replaceAll('suppliers', [
        buildSupplierDoc({ id: 'yards', name: 'Yard Desk', description: 'Software for van and lorry rental yards: movers, families and weekend hires in Kwai Chung and Chai Wan.', capabilities: ['rental yard software'], sectors: ['logistics'] }),
        buildSupplierDoc({ id: 'reader', name: 'ID Reader', description: 'Document extraction: reads ID cards and licences into your system.', capabilities: ['document extraction'], sectors: ['logistics'] }),
      ]);
      const rental = need({
        title: 'ID cards at our counter',
        description: 'We rent vans and lorries from two yards in Kwai Chung and Chai Wan, to movers and to families at weekends. Every hire comes with an ID card and a licence to check. We want document extraction for the ID cards and licences.',
        sector: 'logistics',
      });
      const matches = await matchSuppliers(engine, rental, { limit: 10, lang: 'en' });
      expect(matches[0]!.supplier.id).toBe('reader');
    });

    it('does not read what the SME says works as what it asks for, in English and in Cantonese', async () => {
      await engine.replaceAll('suppliers', [
        buildSupplierDoc({ id: 'tables', name: 'Table Desk', description: 'Table reservations and a booking system for restaurants, with CCTV at the door.', capabilities: ['reservations', 'booking system'], sectors: ['food-beverage'] }),
        buildSupplierDoc({ id: 'margins', name: 'Dish Margins', description: 'Menu costing: shows which dishes lose money at today’s food costs.', capabilities: ['menu costing', 'food cost'], sectors: ['food-beverage'] }),
      ]);
      const content = [
        need({ title: 'Which dishes make money?', description: 'Bookings go through a booking system we are happy with, and the CCTV was upgraded last year, so none of that needs work. We want menu costing for our dishes.', sector: 'food-beverage' }),
        need({ title: '邊味餸賺錢？', description: '訂位系統用開都OK，閉路電視冇問題。想知每味餸嘅食材成本同毛利。', sector: 'food-beverage' }),
      ];
      for (const told of content) {
        const matches = await matchSuppliers(engine, told, { limit: 10, lang: 'en' });
        expect(matches.map((m) => m.supplier.id)).toEqual(['margins', 'tables']);
        expect(matches[1]!.fit).toBe('weak');
      }
    });

    it('reads a new website as web design, what works 「都 OK」 as nothing asked, and 「我覺得完全唔需要」 as ruling out the clause before', async () => {
      await engine.replaceAll('suppliers', [
        buildSupplierDoc({ id: 'booking', name: 'Clinic Bot', description: 'A WhatsApp chatbot for clinics: bookings, reminders and symptom questions.', capabilities: ['chatbot', 'booking'], sectors: ['healthcare'] }),
        buildSupplierDoc({ id: 'clinic-it', name: 'Clinic IT', description: 'IT for clinics: website design, networks and backups.', capabilities: ['website design', 'IT support'], sectors: ['healthcare'] }),
      ]);
      const moved = need({ title: '診所搬咗舖', description: '啲病人仲行去舊舖。WhatsApp 預約由姑娘處理，病人都 OK。想搵人整個新網站，再執好個網絡同備份。有 vendor 話可以整個 AI chatbot，我覺得完全唔需要。', sector: 'healthcare' });
      const matches = await matchSuppliers(engine, moved, { limit: 10, lang: 'zh-Hant' });
      expect(matches[0]!.supplier.id).toBe('clinic-it');
      expect(matches[0]!.concepts.matched).toEqual(expect.arrayContaining(['新網站', '執好個網絡']));
      expect(matches[1]!.reasons.some((r) => r.code === 'text-excluded')).toBe(true);
    });

    it('rules out a pitch the SME would rather not have, and 「我哋唔要」 said of the clause before', async () => {
      await engine.replaceAll('suppliers', [
        buildSupplierDoc({ id: 'bot', name: 'Reply Bot', description: 'A WhatsApp chatbot that replies to residents’ enquiries.', capabilities: ['chatbot'], sectors: ['public-administration'] }),
        buildSupplierDoc({ id: 'cases', name: 'Case Desk', description: 'Case management: logs every resident’s request, flags the ones waiting too long and drafts letters to departments.', capabilities: ['case management'], sectors: ['public-administration'] }),
      ]);
      const pitched = [
        need({ title: 'Requests from residents', description: 'A vendor keeps pitching a WhatsApp chatbot, which we would rather not have. We want casework logged and draft letters to departments.', sector: 'public-administration' }),
        need({ title: '街坊求助', description: '有公司推銷 WhatsApp chatbot 自動覆街坊，我哋唔要，街坊要同真人傾。想跟進個案同起草信件俾部門。', sector: 'public-administration' }),
      ];
      for (const told of pitched) {
        const matches = await matchSuppliers(engine, told, { limit: 10, lang: 'en' });
        expect(matches[0]!.supplier.id).toBe('cases');
        expect(matches.find((m) => m.supplier.id === 'bot')!.reasons.find((r) => r.code === 'text-excluded')?.text).toMatch(/ruled out: .*chatbot/);
      }
    });

    it('reads a contract the need names as its setting, and a small test on its own data as a consultancy’s work', async () => {
      await engine.replaceAll('suppliers', [
        buildSupplierDoc({ id: 'speaking', name: 'Speak Up', description: 'English speaking practice with instant feedback on pronunciation, on the phone.', capabilities: ['speaking practice'], sectors: ['education'] }),
        buildSupplierDoc({ id: 'clauses', name: 'Clause Check', description: 'Contract review: flags unusual clauses in contracts.', capabilities: ['contract review'], sectors: ['admin-support-services'] }),
        buildSupplierDoc({ id: 'poc', name: 'First Step AI', description: 'Quick proofs of concept for SMEs: we test whether AI works on your own data in a few weeks.', capabilities: ['AI strategy'], sectors: ['manufacturing'] }),
      ]);
      const guards = need({ title: 'The mall may cut our contract', description: 'Our security guards fail the English part of the mall contract. We want them to practise speaking with feedback on pronunciation.', sector: 'admin-support-services' });
      const matches = await matchSuppliers(engine, guards, { limit: 10, lang: 'en' });
      expect(matches[0]!.supplier.id).toBe('speaking');
      expect(matches.find((m) => m.supplier.id === 'clauses')!.reasons.some((r) => r.code === 'text-match')).toBe(false);
      const quotes = need({ title: 'Can AI tell which quotes we will win?', description: 'We have 6 years of quotes in Excel. Before buying any system we want a small test on our own data.', sector: 'manufacturing' });
      expect((await matchSuppliers(engine, quotes, { limit: 3, lang: 'en' }))[0]!.supplier.id).toBe('poc');
    });

    it('reads grading as marking in a school, and not elsewhere (grading jade by colour is no essay marking)', async () => {
      await engine.replaceAll('suppliers', [
        buildSupplierDoc({ id: 'marker', name: 'Mark Mate', description: 'Marks essays and homework for school teachers.', capabilities: ['essay marking'], sectors: ['education', 'trade-retail'] }),
      ]);
      const concepts = (title: string, description: string, sector: NeedForMatching['sector']) =>
        matchSuppliers(engine, need({ title, description, sector }), { limit: 1, lang: 'en' }).then(([m]) => m?.concepts.matched ?? []);
      expect(await concepts('AI grading', 'Our school teachers spend weekends grading essays.', 'education')).toContain('grading');
      expect(await concepts('Jade grading', 'We sort jade bangles into grades by colour, from photos.', 'trade-retail')).not.toContain('grading');
    });

    it('reads 質檢 in a call centre as a check of calls, and an order placed with suppliers as purchasing', async () => {
      await engine.replaceAll('suppliers', [
        buildSupplierDoc({ id: 'factory-qc', name: 'Line Vision', description: 'Quality inspection of products on factory lines with cameras.', capabilities: ['quality inspection'], sectors: ['admin-support-services', 'food-beverage'] }),
        buildSupplierDoc({ id: 'call-qa', name: 'Call Checker', description: 'Checks every customer-service call for script compliance and tone, and scores each agent.', capabilities: ['call quality assurance'], sectors: ['admin-support-services'] }),
        buildSupplierDoc({ id: 'orders-in', name: 'Order Desk', description: 'Takes customer orders on WhatsApp and sends them to the kitchen.', capabilities: ['online ordering'], sectors: ['food-beverage'] }),
        buildSupplierDoc({ id: 'buying', name: 'Buy Right', description: 'Purchasing for cafés: sends purchase orders to your suppliers and reminds you when to reorder.', capabilities: ['purchase orders', 'procurement'], sectors: ['food-beverage'] }),
      ]);
      const [qc] = await matchSuppliers(engine, need({ title: 'AI 質檢', description: '客服中心有三十位同事，想用人工智能做質檢，檢查每通電話的服務質素。', sector: 'admin-support-services', applicationAreas: ['customer-service'] }), { limit: 1, lang: 'en' });
      expect(qc!.supplier.id).toBe('call-qa');
      expect(qc!.concepts.matched).toContain('質檢');
      const ordering = await matchSuppliers(engine, restaurant('落 order 俾 supplier', '每個禮拜要 WhatsApp 幾個 supplier 落 order，想自動出 PO。'), { limit: 10, lang: 'en' });
      expect(ordering[0]!.supplier.id).toBe('buying');
      expect(ordering.find((m) => m.supplier.id === 'orders-in')?.concepts.matched ?? []).not.toContain('order');
    });
  });

  it('explains a ranked pair from where its concepts were found exactly as from the supplier’s words', async () => {
    const suppliers = [
      visionSupplier({ id: 'vision', name: 'Vision Works', caseSectors: ['manufacturing'], caseText: 'Defect detection for a PCB plant; 電路板瑕疵檢測' }),
      buildSupplierDoc({ id: 'bot', name: 'Harbour Bots', description: 'Conversational AI for shops that answers customers on WhatsApp. No cameras.', capabilities: ['chatbot'], sectors: ['trade-retail'] }),
      buildSupplierDoc({ id: 'ledgers', name: '港灣會計', description: 'Bookkeeping software for accountants.', descriptionZh: '會計師用的簿記軟件', sectors: ['professional-services'] }),
    ];
    const needs = [
      need(),
      need({ title: '用聊天機械人回覆WhatsApp查詢', description: '我們想自動回答顧客的廣東話查詢，不要雲端服務。', sector: 'trade-retail', languages: ['zh-Hant'] }),
      need({ title: 'Bookkeeping help', description: 'Automate invoices and reconciliation for our accounts team, without cameras.', sector: 'professional-services', dataConstraints: ['data-in-hong-kong'] }),
    ];
    const vocabulary = vocabularyOf(engine);
    const levels = new Set<number>();
    for (const n of needs) {
      const read = analyseNeed(vocabulary, n);
      for (const s of suppliers) foundOf(read, s).forEach((level) => levels.add(level));
      for (const s of suppliers) expect(scorePair(read, s, { medianHours: 5, replyRate: 0.8 }, foundOf(read, s))).toEqual(scorePair(read, s, { medianHours: 5, replyRate: 0.8 }));
    }
    // Concepts found nowhere and in more than one field: every way `coverage` reads them is exercised.
    expect(levels.size).toBeGreaterThanOrEqual(3);
  });
});
