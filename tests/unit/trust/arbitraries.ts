/**
 * fast-check generators for hostile input: HTML that tries to run code, links
 * with dangerous schemes, odd unicode, and plain garbage.
 */
import fc from 'fast-check';

/** Pieces of markup seen in XSS payloads (and a few harmless allowed tags). */
export const HOSTILE_FRAGMENTS = [
  '<script>globalThis.__pwned = 1</script>',
  '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
  '<img src=x onerror="globalThis.__pwned=1">',
  '<svg onload=globalThis.__pwned=1>',
  '<svg><script>globalThis.__pwned=1</script></svg>',
  '<a href="javascript:globalThis.__pwned=1">klik</a>',
  '<a href="  JaVaScRiPt:alert(1)">x</a>',
  '<a href="data:text/html,<script>alert(1)</script>">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  '<p onclick="alert(1)" style="background:url(javascript:alert(1))">tekst</p>',
  '<div onmouseover=alert(1)>hover</div>',
  '<body onload=alert(1)>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<form action="javascript:alert(1)"><button>x</button></form>',
  '<input autofocus onfocus=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<template><script>alert(1)</script></template>',
  '<style>@import "http://evil.example/x.css";</style>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<link rel=stylesheet href=http://evil.example/x.css>',
  '<!--<img src=x onerror=alert(1)>-->',
  '<![CDATA[<script>alert(1)</script>]]>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '</textarea><script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '<p>Gewone alinea.</p>',
  '<ul><li>een</li><li>twee</li></ul>',
  '<br>',
  '<div><ol><li>stap</li></ol></div>',
  'tekst met een\nregeleinde',
  '\u0000\u202e\ufeff',
];

/** A string built from hostile fragments and random text in between. */
export const hostileHtml: fc.Arbitrary<string> = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE_FRAGMENTS), fc.string({ maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 10 })), {
    maxLength: 12,
  })
  .map((parts) => parts.join(''));

/** Any string at all, including lone surrogates and control characters. */
export const garbage: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ maxLength: 200 }),
  hostileHtml,
);

/** Link values with dangerous schemes, disguised by case, whitespace, control chars and entities. */
export const dangerousLink: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('', ' ', '\t', '\n', '\u0000', '\u000b', '  '),
    fc.constantFrom(
      'javascript',
      'JavaScript',
      'JAVASCRIPT',
      'java\tscript',
      'java\nscript',
      'jav&#x09;ascript',
      'data',
      'DATA',
      'vbscript',
      'VBScript',
      'file',
      'blob',
      'chrome',
      'about',
      'ftp',
      'livescript',
      'jar',
    ),
    fc.constantFrom(':', ':', '&colon;', '%3A'),
    fc.constantFrom(
      'alert(1)',
      '//evil.example/%0aalert(1)',
      'text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'msgbox(1)',
      '/etc/passwd',
      '',
    ),
  )
  .map(([pre, scheme, colon, rest]) => `${pre}${scheme}${colon}${rest}`);
