import { describe, expect, it } from 'vitest';
import { objectionTexts, parseContact, pickContact } from '@/utils/objection/contact';
import { mailtoLink, letterFileName } from '@/utils/objection/mail';
import { launchAlgorithms } from './fixtures';

describe('contact', () => {
  it.each([
    ['innovatie@amsterdam.nl', 'email', 'mailto:innovatie@amsterdam.nl'],
    ['  mailto:datashop@denhaag.nl ', 'email', 'mailto:datashop@denhaag.nl'],
    ['https://www.amsterdam.nl/contact/', 'url', 'https://www.amsterdam.nl/contact/'],
    ['http://example.nl/x', 'url', 'http://example.nl/x'],
    ['www.denhaag.nl/contact', 'url', 'https://www.denhaag.nl/contact'],
  ])('%j is a valid %s contact', (raw, kind, href) => {
    expect(parseContact(raw)).toMatchObject({ kind, href });
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(document.cookie)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:x',
    'ftp://x.nl/',
    'a@b.nl?cc=spy@evil.example',
    'a@b.nl&body=x',
    'https://user:pw@x.nl/',
    'geen',
    '',
    null,
    'x'.repeat(3000),
  ])('%j is refused', (raw) => {
    expect(parseContact(raw as string | null)).toBeNull();
  });

  it('picks the most common valid contact, e-mail before a web page', () => {
    expect(
      pickContact([{ contact_email: 'https://x.nl/c' }, { contact_email: 'https://x.nl/c' }, { contact_email: 'a@x.nl' }]),
    ).toMatchObject({ href: 'mailto:a@x.nl' });
    expect(pickContact([{ contact_email: 'a@x.nl' }, { contact_email: 'b@x.nl' }, { contact_email: 'B@x.nl' }])).toMatchObject({
      address: 'b@x.nl',
    });
    expect(pickContact([{ contact_email: 'javascript:alert(1)' }, { contact_email: null }])).toBeNull();
  });

  it('collects the real legacy objection texts of Gemeente Den Haag, without trivial ones or duplicates', () => {
    const algorithms = launchAlgorithms('Gemeente Den Haag');
    const texts = objectionTexts(algorithms);
    expect(texts.length).toBeGreaterThan(3);
    expect(texts.some((x) => /n\.v\.t\./i.test(x.text) && x.text.length < 10)).toBe(false);
    expect(texts.filter((x) => x.text === 'Er kan bezwaar gemaakt worden tegen het besluit.')).toHaveLength(1);
    expect(pickContact(algorithms)).toMatchObject({ address: 'datashop@denhaag.nl' });
  });

  it('turns register HTML into inert plain text', () => {
    const [x] = objectionTexts([
      { name: 'X', objection_procedure: '<p>Bel <a href="javascript:alert(1)">ons</a></p><script>evil()</script>' },
    ]);
    expect(x.text).toBe('Bel ons\nevil()');
  });
});

describe('mail', () => {
  const email = parseContact('privacy@uwv.nl');
  it('builds an encoded mailto link only for an e-mail contact', () => {
    const link = mailtoLink(email, 'Verzoek & vraag', 'Regel 1\nRegel 2?', 'kort')!;
    expect(link.complete).toBe(true);
    expect(link.href).toBe('mailto:privacy@uwv.nl?subject=Verzoek%20%26%20vraag&body=Regel%201%0ARegel%202%3F');
    expect(mailtoLink(parseContact('https://www.uwv.nl/contact'), 's', 'b', 'k')).toBeNull();
    expect(mailtoLink(parseContact('javascript:alert(1)'), 's', 'b', 'k')).toBeNull();
  });

  it('falls back to a short body when the letter would make the link too long', () => {
    const link = mailtoLink(email, 'Onderwerp', 'é'.repeat(3000), 'Plak hier de brief')!;
    expect(link.complete).toBe(false);
    expect(link.href.length).toBeLessThanOrEqual(2000);
    expect(decodeURIComponent(link.href)).toContain('Plak hier de brief');
  });

  it('makes safe file names', () => {
    expect(letterFileName('bezwaar', '2026-11-22')).toBe('bezwaar-2026-11-22.txt');
    expect(letterFileName('../../etc', 'x')).toBe('etc-datum.txt');
  });
});
