import { describe, expect, it, vi } from 'vitest';
import { render } from '@testing-library/preact';
import { capText, contactLink, safeHref, safeText, sanitizeHtml, MAX_TEXT, type SafeNode } from '@/utils/sanitize';
import { RichText } from '@/components/algorithm/RichText';
import { siteDataAlgorithms } from './fixtures';

/** Every tag in a sanitised tree. */
function tags(nodes: SafeNode[]): string[] {
  return nodes.flatMap((n) => (typeof n === 'string' ? [] : [n.tag, ...tags(n.children)]));
}

describe('sanitizeHtml', () => {
  it('keeps the allowed tags and their text', () => {
    const nodes = sanitizeHtml('<p>Doel</p><ul><li>een</li><li>twee<br>drie</li></ul><div><ol><li>x</li></ol></div>');
    expect(tags(nodes)).toEqual(['p', 'ul', 'li', 'li', 'br', 'div', 'ol', 'li']);
    expect(safeText(nodes)).toBe('Doeleentwee\ndriex');
  });

  it.each([
    ['<script>alert(1)</script>Tekst', 'Tekst'],
    ['<img src=x onerror="alert(1)">Tekst', 'Tekst'],
    ['<style>body{display:none}</style>Tekst', 'Tekst'],
    ['<object>y</object><noscript>z</noscript>Tekst', 'Tekst'],
    ['<p>Tekst</p><svg><script>alert(1)</script></svg>', 'Tekst'],
    ['<a href="javascript:alert(1)">klik</a>', 'klik'],
    ['<b><i>vet</i></b>', 'vet'],
    ['&lt;script&gt;alert(1)&lt;/script&gt;', '<script>alert(1)</script>'],
  ])('makes %s inert', (input, text) => {
    const nodes = sanitizeHtml(input);
    expect(tags(nodes).every((t) => ['div', 'br', 'p', 'ul', 'ol', 'li'].includes(t))).toBe(true);
    expect(safeText(nodes)).toBe(text);
  });

  it('drops every attribute, also on allowed tags', () => {
    const { container } = render(
      <RichText html={'<p onclick="alert(1)" style="color:red" class="x" id="y">a</p><div onmouseover="x()">b</div>'} />,
    );
    for (const el of container.querySelectorAll('*')) {
      const attrs = [...el.attributes].map((a) => a.name);
      expect(attrs.filter((a) => a !== 'class' || el !== container.firstElementChild)).toEqual([]);
    }
    expect(container.querySelector('p')?.textContent).toBe('a');
  });

  it('renders a hostile field without any script, handler or link in the DOM', () => {
    const hostile =
      '<p>ok</p><script>window.pwned=1</script><img src=x onerror="window.pwned=1"><a href="javascript:1">x</a><form><input></form><p><p><li>nested</li></p></p>';
    const { container } = render(<RichText html={hostile} />);
    expect(container.querySelectorAll('script, img, a, form, input, iframe').length).toBe(0);
    expect(container.innerHTML).not.toMatch(/on\w+=|javascript:/i);
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined();
    expect(container.textContent).toContain('nested');
  });

  it('keeps line breaks of plain legacy text', () => {
    expect(sanitizeHtml('regel 1\r\nregel 2')).toEqual(['regel 1', { tag: 'br', children: [] }, 'regel 2']);
  });

  it('caps a 1 MB value at MAX_TEXT characters ending in …', () => {
    const huge = '<p>' + 'a'.repeat(1_000_000) + '</p>';
    const text = safeText(sanitizeHtml(huge));
    expect(text.length).toBeLessThanOrEqual(MAX_TEXT);
    expect(text.endsWith('…')).toBe(true);
    const plain = safeText(sanitizeHtml('b'.repeat(1_000_000)));
    expect(plain.length).toBe(MAX_TEXT);
  });

  it('returns nothing for empty values', () => {
    expect(sanitizeHtml(null)).toEqual([]);
    expect(sanitizeHtml('')).toEqual([]);
  });

  it('keeps every word of real register texts (site-data sample)', () => {
    const fields = siteDataAlgorithms()
      .flatMap((a) => [a.goal, a.source_data, a.description_short, a.lawful_basis])
      .filter((f): f is string => !!f && !f.includes('&'));
    expect(fields.length).toBeGreaterThan(2);
    for (const f of fields) {
      const expected = capText(f.replace(/<[^>]+>/g, ''), MAX_TEXT).replace(/\s+/g, '');
      expect(safeText(sanitizeHtml(f)).replace(/\s+/g, '')).toBe(expected);
    }
  });
});

describe('safeHref', () => {
  it.each([
    ['https://wetten.overheid.nl/BWBR0005537', 'https://wetten.overheid.nl/BWBR0005537'],
    ['http://example.nl/a', 'http://example.nl/a'],
    ['mailto:info@uwv.nl', 'mailto:info@uwv.nl'],
    ['  https://x.nl  ', 'https://x.nl/'],
    ['javascript:alert(1)', null],
    ['JaVaScRiPt:alert(1)', null],
    ['java\tscript:alert(1)', null],
    [' javascript:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['vbscript:msgbox', null],
    ['file:///etc/passwd', null],
    ['/relative/path', null],
    ['www.uwv.nl', null],
    ['', null],
    [null, null],
  ])('%s → %s', (input, expected) => {
    expect(safeHref(input)).toBe(expected);
  });
});

describe('contactLink', () => {
  it.each([
    ['algoritmes@uwv.nl', 'mailto:algoritmes@uwv.nl', 'email'],
    ['mailto:privacy@amsterdam.nl', 'mailto:privacy@amsterdam.nl', 'email'],
    ['https://www.amsterdam.nl/contact', 'https://www.amsterdam.nl/contact', 'web'],
    ['www.delft.nl', 'https://www.delft.nl/', 'web'],
  ])('%s → %s', (input, href, kind) => {
    expect(contactLink(input)).toMatchObject({ href, kind });
  });

  it.each(['javascript:alert(1)', 'data:text/html,x', 'a@b', 'foo?subject=x@evil.nl', ''])('rejects %s', (input) => {
    expect(contactLink(input)).toBeNull();
  });
});

describe('capText', () => {
  it('cuts long text with an ellipsis and keeps short text', () => {
    expect(capText('abcdef', 4)).toBe('abc…');
    expect(capText('abc', 4)).toBe('abc');
  });
});

describe('sanitizeHtml when the parser fails', () => {
  it('falls back to the text without tags instead of throwing', () => {
    const spy = vi.spyOn(DOMParser.prototype, 'parseFromString').mockImplementation(() => {
      throw new Error('parser gave up');
    });
    try {
      const nodes = sanitizeHtml('<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>Tekst</style>');
      const text = JSON.stringify(nodes);
      expect(text).toContain('Tekst');
      expect(text).not.toContain('<img');
      expect(text).not.toContain('onerror');
    } finally {
      spy.mockRestore();
    }
  });
});
