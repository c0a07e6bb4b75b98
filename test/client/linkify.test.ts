import { describe, expect, it } from 'vitest';
import { linkify, parseSseBlock, safeHref } from '../../client/lib/linkify';

describe('linkify', () => {
  it('makes http(s) URLs links and leaves everything else as text', () => {
    expect(linkify('See https://example.com/a?b=1. Or http://x.hk')).toEqual([
      { kind: 'text', text: 'See ' },
      { kind: 'link', text: 'https://example.com/a?b=1', href: 'https://example.com/a?b=1' },
      { kind: 'text', text: '. Or ' },
      { kind: 'link', text: 'http://x.hk', href: 'http://x.hk/' },
    ]);
  });

  it('never links javascript:, data: or markup', () => {
    for (const text of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', '<a href="javascript:alert(1)">x</a>', 'JaVaScRiPt:alert(1)']) {
      expect(linkify(text).every((s) => s.kind === 'text')).toBe(true);
    }
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('https://ok.hk')).toBe('https://ok.hk/');
  });

  it('stops a URL at quotes and angle brackets', () => {
    const [link] = linkify('https://evil.hk/"onmouseover="x').filter((s) => s.kind === 'link');
    expect(link?.text).toBe('https://evil.hk/');
  });
});

describe('parseSseBlock', () => {
  it('reads the event name and data, ignoring comments', () => {
    expect(parseSseBlock('id: 3\nevent: message\ndata: {"a":1}')).toEqual({ event: 'message', data: '{"a":1}' });
    expect(parseSseBlock(': ping')).toBeNull();
  });
});
