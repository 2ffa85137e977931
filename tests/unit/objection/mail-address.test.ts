import { describe, expect, it } from 'vitest';
import { mailtoHref, strictMailAddress } from '@/utils/mail';
import { parseContact, pickContact } from '@/utils/objection/contact';
import { mailtoLink } from '@/utils/objection/mail';
import { contactLink, safeHref } from '@/utils/sanitize';

/** Addresses a register record could carry to add a recipient, a header or a body to a mailto: link. */
const HOSTILE = [
  'attacker%40evil.example%2Cinfo@gemeente.nl',
  'info@gemeente.nl%2Cattacker@evil.example',
  'info@gemeente.nl?cc=attacker@evil.example',
  'info@gemeente.nl&cc=attacker@evil.example',
  'info@gemeente.nl,attacker@evil.example',
  'info@gemeente.nl;attacker@evil.example',
  'info@gemeente.nl attacker@evil.example',
  'info@gemeente.nl\nbcc: attacker@evil.example',
  '"info"@gemeente.nl',
  '<info@gemeente.nl>',
  'Gemeente <info@gemeente.nl>',
  'info@attacker@gemeente.nl',
  'info@gemeente.nl%0Abcc:attacker@evil.example',
  "info'@gemeente.nl",
  '.info@gemeente.nl',
  'in..fo@gemeente.nl',
];

/** The recipients a mail client would read from a mailto: href (comma-separated, percent-decoded). */
function recipients(href: string): string[] {
  const to = decodeURIComponent(href.slice('mailto:'.length).split('?')[0]);
  const extra = [...new URL(href).searchParams].filter(([k]) => /^(to|cc|bcc)$/i.test(k)).map(([, v]) => v);
  return [...to.split(/[,;]/), ...extra].map((s) => s.trim()).filter(Boolean);
}

describe('one strict mail-address check for every mailto: link', () => {
  it.each(HOSTILE)('refuses %j everywhere', (raw) => {
    expect(strictMailAddress(raw)).toBeNull();
    expect(mailtoHref(raw)).toBeNull();
    expect(parseContact(raw)).toBeNull();
    expect(contactLink(raw)).toBeNull();
    expect(safeHref(`mailto:${raw}`) === null || recipients(safeHref(`mailto:${raw}`)!).length <= 1).toBe(true);
    expect(pickContact([{ contact_email: raw }])).toBeNull();
    // Even a contact that did not come from parseContact cannot reach the letters' link.
    expect(mailtoLink({ kind: 'email', address: raw, href: `mailto:${raw}` }, 'Bezwaar', 'Naam: Piet, Straat 1', 'kort')).toBeNull();
  });

  it.each(['info@gemeente.nl', 'Bezwaar.Zaken+avg@uwv.nl', 'privacy_office@sub.domein-x.nl', 'MAILTO:info@gemeente.nl'])(
    'accepts %s',
    (raw) => {
      const address = strictMailAddress(raw)!;
      expect(address).toBe(raw.replace(/^mailto:/i, ''));
      expect(parseContact(raw)).toEqual({ kind: 'email', address, href: `mailto:${address}` });
      expect(contactLink(raw)?.href).toBe(`mailto:${address}`);
    },
  );

  it('encodes subject and body: letter text cannot add headers or recipients', () => {
    const contact = parseContact('info@gemeente.nl');
    const link = mailtoLink(contact, 'Bezwaar & uitleg?', 'Naam: Piet\n&cc=attacker@evil.example&bcc=x@y.nl\n100% zeker #1', 'kort')!;
    const url = new URL(link.href);
    expect([...url.searchParams.keys()]).toEqual(['subject', 'body']);
    expect(url.searchParams.get('subject')).toBe('Bezwaar & uitleg?');
    expect(url.searchParams.get('body')).toContain('&cc=attacker@evil.example');
    expect(recipients(link.href)).toEqual(['info@gemeente.nl']);
  });

  it('keeps one recipient and no prefilled headers in register-supplied mailto: links', () => {
    expect(safeHref('mailto:info@gemeente.nl?cc=attacker@evil.example&body=x')).toBe('mailto:info@gemeente.nl');
    expect(safeHref('mailto:attacker%40evil.example%2Cinfo@gemeente.nl')).toBeNull();
  });
});
