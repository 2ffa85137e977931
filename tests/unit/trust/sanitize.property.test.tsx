/**
 * Property tests of the sanitiser and the two components that render register
 * text (RichText, SafeLink): whatever the register sends, the DOM gets only
 * bare allowed elements, text, and http(s)/mailto links; nothing runs.
 */
import fc from 'fast-check';
import { render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ALLOWED_TAGS, MAX_TEXT, contactLink, safeHref, safeText, sanitizeHtml, type SafeNode } from '@/utils/sanitize';
import { RichText } from '@/components/algorithm/RichText';
import { SafeLink } from '@/components/algorithm/SafeLink';
import { dangerousLink, garbage, hostileHtml } from './arbitraries';
import { expectInert, resetTrap, trapFired } from './inert';

const SAFE_SCHEMES = ['http:', 'https:', 'mailto:'];

function tags(nodes: SafeNode[]): string[] {
  return nodes.flatMap((n) => (typeof n === 'string' ? [] : [n.tag, ...tags(n.children)]));
}

function textLength(nodes: SafeNode[]): number {
  return nodes.reduce((sum, n) => sum + (typeof n === 'string' ? n.length : textLength(n.children)), 0);
}

afterEach(resetTrap);

function happyDomCanParse(html: string): boolean {
  try {
    new DOMParser().parseFromString(html, 'text/html');
    return true;
  } catch {
    return false;
  }
}

describe('sanitizeHtml', () => {
  it('never throws, keeps only allowed bare tags, and stays within the text cap', () => {
    fc.assert(
      fc.property(garbage, fc.integer({ min: 1, max: 400 }), (input, max) => {
        fc.pre(happyDomCanParse(input)); // see 'render hostile markup inertly'
        const nodes = sanitizeHtml(input, max);
        expect(tags(nodes).every((t) => (ALLOWED_TAGS as readonly string[]).includes(t))).toBe(true);
        expect(textLength(nodes)).toBeLessThanOrEqual(max);
      }),
      { numRuns: 400 },
    );
  });

  it('drops script and style content instead of showing it', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 30 }).filter((s) => !/[<>&]/.test(s) && s.trim().length > 3),
        (secret) => {
          const text = safeText(sanitizeHtml(`<p>zichtbaar</p><script>${secret}</script><style>${secret}</style>`));
          expect(text).toContain('zichtbaar');
          expect(text).not.toContain(secret);
        },
      ),
    );
  });

  it('caps a 1 MB field at MAX_TEXT characters quickly', () => {
    const big = `<p>${'a'.repeat(1_000_000)}</p><script>globalThis.__pwned=1</script>`;
    const start = performance.now();
    const nodes = sanitizeHtml(big);
    expect(textLength(nodes)).toBeLessThanOrEqual(MAX_TEXT);
    expect(safeText(nodes).endsWith('…')).toBe(true);
    // Generous bound: only catches a parse of the whole megabyte in a slow path.
    expect(performance.now() - start).toBeLessThan(5_000);
  });
});

describe('safeHref and contactLink', () => {
  it('return null or an http(s)/mailto URL for any string', () => {
    fc.assert(
      fc.property(fc.oneof(garbage, dangerousLink, fc.webUrl()), (input) => {
        const href = safeHref(input);
        if (href !== null) expect(SAFE_SCHEMES).toContain(new URL(href).protocol);
        const c = contactLink(input);
        if (c) {
          expect(SAFE_SCHEMES).toContain(new URL(c.href).protocol);
          expect(c.kind === 'email').toBe(c.href.startsWith('mailto:'));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('reject javascript:, data:, vbscript: and other schemes however they are disguised', () => {
    fc.assert(
      fc.property(dangerousLink, (input) => {
        expect(safeHref(input)).toBeNull();
        expect(contactLink(input)).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it('keep ordinary web links', () => {
    fc.assert(
      fc.property(fc.webUrl({ validSchemes: ['https'] }), (url) => {
        expect(safeHref(url)).toBe(new URL(url).href);
      }),
    );
  });
});

describe('RichText and SafeLink in the DOM', () => {
  it('render hostile markup inertly', () => {
    fc.assert(
      fc.property(hostileHtml, (html) => {
        // happy-dom's own HTML parser throws on some mutation-XSS markup (a real
        // browser's DOMParser never throws); those inputs are covered by the
        // Chromium e2e test (tests/e2e/hostile.test.ts) instead.
        fc.pre(happyDomCanParse(html));
        const { container, unmount } = render(<RichText html={html} />);
        expectInert(container);
        unmount();
      }),
      { numRuns: 300 },
    );
    expect(trapFired()).toBe(false);
  });

  it('render a dangerous link as plain text, a web link as a link', () => {
    fc.assert(
      fc.property(dangerousLink, (href) => {
        const { container, unmount } = render(<SafeLink href={href}>Bron</SafeLink>);
        expectInert(container);
        expect(container.querySelector('a')).toBeNull();
        expect(container.textContent).toBe('Bron');
        unmount();
      }),
    );
    const { container } = render(<SafeLink href="https://www.uwv.nl/bezwaar">Bezwaar</SafeLink>);
    expect(container.querySelector('a')?.getAttribute('href')).toBe('https://www.uwv.nl/bezwaar');
    expect(container.querySelector('a')?.getAttribute('rel')).toContain('noopener');
  });
});
