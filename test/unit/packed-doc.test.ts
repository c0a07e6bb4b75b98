// The embedded engine keeps case studies packed: what it hands back must equal what it was given, key for key and
// value for value (types included), whatever the text holds.
import { describe, expect, it } from 'vitest';
import { DocPacker, packedField, unpack } from '../../server/platform/search/embedded/packed-doc';

const sectors = Object.freeze(['retail', 'finance']);
const caseStudy = {
  id: '65a1f0c2e4b0a1b2c3d4e5f6',
  externalId: undefined,
  slug: 'a-retailers-chatbot',
  supplierId: '65a1f0c2e4b0a1b2c3d4e5f7',
  title: 'A retailer’s chatbot',
  titleZh: '零售商的聊天機械人',
  problem: 'Staff answered the same questions all day.',
  solution: undefined,
  outcome: 'Replies in 3 seconds; 40% fewer calls.',
  textZh: '員工整天回答同樣的問題。\n聊天機械人回答常見問題，全日無休。\n回覆只需三秒，來電減少四成。',
  clientSector: 'retail',
  applicationAreas: sectors,
  year: 2024,
  verified: true,
  createdAt: 1_733_550_000_123,
  outcomeZh: '聊天機械人回答常見問題，全日無休。\n回覆只需三秒，來電減少四成。'.split('\n')[1],
  publishedAt: undefined,
  updatedAt: 1_733_550_000_999.5,
  page: '{"zh":[12,17],"createdAt":1733550000000}',
};

describe('packed documents', () => {
  const packer = new DocPacker((key) => key === 'supplierId' || key === 'clientSector');

  it('unpack gives back the same keys in the same order, with equal values of the same types', () => {
    const doc = unpack(packer.pack(caseStudy));
    expect(Object.keys(doc)).toEqual(Object.keys(caseStudy));
    expect(doc).toStrictEqual(caseStudy);
    expect(doc['applicationAreas']).toBe(sectors);
    expect(JSON.stringify(doc)).toBe(JSON.stringify(caseStudy));
  });

  it('keeps odd values as they are: separators, empty strings, -0, null, nested objects, absent keys', () => {
    const odd = { id: 'x', ['__proto__']: 'own',  a: 'one\u0000two', b: '', c: -0, d: null, e: { nested: [1, 2] }, f: false, g: Number.NaN, h: 'ß and é', i: '' };
    const doc = unpack(packer.pack(odd));
    expect(doc).toStrictEqual(odd);
    expect(Object.is(doc['c'], -0)).toBe(true);
    expect('solution' in unpack(packer.pack({ id: 'y' }))).toBe(false);
  });

  it('reads one field without unpacking the rest', () => {
    const packed = packer.pack(caseStudy);
    for (const key of Object.keys(caseStudy)) expect(packedField(packed, key)).toStrictEqual(caseStudy[key as keyof typeof caseStudy]);
    expect(packedField(packed, 'missing')).toBeUndefined();
  });

  it('shares one shape among documents with the same keys and kinds', () => {
    const other = { ...caseStudy, id: '65a1f0c2e4b0a1b2c3d4e5f8', title: 'A bank’s assistant' };
    expect(packer.pack(other).shape).toBe(packer.pack(caseStudy).shape);
  });
});
