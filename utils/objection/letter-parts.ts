import type { LetterAlgorithm, LetterInput, MissingField } from './letters';
import { cleanText, formatDate } from './format';
import { dayNumber } from './dates';

/** Hints shown in the letter where the user has not filled something in yet. */
export const HINTS: Record<MissingField | 'date', string> = {
  organization: '[naam van de organisatie]',
  name: '[uw naam]',
  address: '[uw adres]',
  decision: '[kenmerk of omschrijving van het besluit]',
  grounds: '[waarom u het niet eens bent met het besluit]',
  description: '[wat er is gebeurd]',
  date: '[datum]',
};

/** Collects missing fields while a letter is put together. */
export class Parts {
  missing: MissingField[] = [];
  constructor(readonly input: LetterInput) {}

  /** A one-line field, or its hint when empty. */
  line(value: string, field: MissingField, max = 200, required = true): string {
    const v = cleanText(value, max);
    if (!v && required && !this.missing.includes(field)) this.missing.push(field);
    return v || HINTS[field];
  }

  /** A multi-line field, or its hint when empty. */
  block(value: string, field: MissingField, max = 5000, required = true): string {
    const v = cleanText(value, max, true);
    if (!v && required && !this.missing.includes(field)) this.missing.push(field);
    return v || HINTS[field];
  }

  organization(): string {
    return this.line(this.input.organization?.name ?? '', 'organization');
  }
}

/** A long Dutch date, or the hint when the value is not a date. */
export function dutchDate(iso: string): string {
  return dayNumber(iso) === null ? HINTS.date : formatDate(iso, 'nl');
}

/** The register page of an algorithm: its own https register_url, else built from lars. */
export function registerLink(a: LetterAlgorithm): string {
  const own = cleanText(a.register_url, 300);
  if (/^https:\/\/algoritmes\.overheid\.nl\/[^\s]*$/.test(own)) return own;
  const lars = cleanText(a.lars, 20);
  return /^\d{1,12}$/.test(lars) ? `https://algoritmes.overheid.nl/nl/algoritme/${lars}` : 'https://algoritmes.overheid.nl/';
}

/** One line per algorithm: name, register number and link. */
export function algorithmLines(algorithms: readonly LetterAlgorithm[]): string {
  return algorithms.map((a) => `- ${cleanText(a.name, 200)} (registernummer ${cleanText(a.lars, 20)}): ${registerLink(a)}`).join('\n');
}

/** Sender block, recipient block, place and date: the top of every letter. */
export function letterHead(p: Parts, recipientLine: string): string {
  const { sender, place, date } = p.input;
  const name = p.line(sender.name, 'name');
  // An address is required for the signed Awb letters; AVG and Woo requests can be answered by e-mail.
  const optional = p.input.kind === 'avg-inzage' || p.input.kind === 'woo';
  const address = p.block(sender.address, 'address', 300, !optional);
  const email = cleanText(sender.email, 254);
  const from = [name, address === HINTS.address && optional ? '' : address, email].filter(Boolean).join('\n');
  const where = cleanText(place, 100);
  return `${from}\n\n${p.organization()}\n${recipientLine}\n\n${where ? `${where}, ` : ''}${dutchDate(date)}`;
}

/** Head, subject line and salutation: how every letter opens. */
export function letterOpening(head: string, subject: string): string[] {
  return [head, '', `Onderwerp: ${subject}`, '', 'Geachte heer/mevrouw,', ''];
}

/** Closing with the sender's name; Awb letters get a signature line. */
export function letterClose(p: Parts, signature: boolean): string {
  const name = cleanText(p.input.sender.name, 200) || HINTS.name;
  return `Met vriendelijke groet,\n\n${name}${signature ? '\n\n(handtekening)' : ''}`;
}
