import type { LetterKind } from './routes';
import { avgInzageLetter } from './letter-avg';
import { bezwaarLetter } from './letter-bezwaar';
import { klachtLetter } from './letter-klacht';
import { wooLetter, type RegisterFacts } from './letter-woo';

export type { LetterKind };

/** An algorithm as a letter names it. */
export interface LetterAlgorithm {
  lars: string;
  name: string;
  register_url?: string | null;
}

/** Everything a letter can contain. All strings may be empty; the builder marks what is missing. */
export interface LetterInput {
  kind: LetterKind;
  organization: { name: string } | null;
  algorithms: readonly LetterAlgorithm[];
  sender: { name: string; address: string; email: string };
  place: string;
  /** Date of the letter, 'YYYY-MM-DD'. */
  date: string;
  /** Bezwaar: the decision's reference (kenmerk). */
  reference: string;
  /** Bezwaar: the date of the decision; klacht: the date of what happened ('YYYY-MM-DD' or ''). */
  eventDate: string;
  /** Bezwaar: what the decision is about; klacht: what happened. */
  description: string;
  /** Bezwaar: why you disagree; klacht: what you ask for (optional). */
  grounds: string;
  /** Bezwaar only: object now, send the grounds later. */
  proForma: boolean;
  /** Woo only: what the register says of the organisation (quoted in the letter when known). */
  register?: RegisterFacts | null;
}

/** Fields the user still has to fill in for a complete letter. */
export type MissingField = 'organization' | 'name' | 'address' | 'decision' | 'grounds' | 'description';

/** A finished plain-text letter. */
export interface Letter {
  subject: string;
  body: string;
  missing: MissingField[];
}

/** An empty input for a letter kind, dated today. */
export function emptyLetterInput(kind: LetterKind, date: string): LetterInput {
  return {
    kind,
    organization: null,
    algorithms: [],
    sender: { name: '', address: '', email: '' },
    place: '',
    date,
    reference: '',
    eventDate: '',
    description: '',
    grounds: '',
    proForma: false,
  };
}

/**
 * Builds a Dutch plain-text letter from the input. Pure: nothing is stored or
 * sent. Missing parts appear as a bracketed hint ("[uw naam]") and in `missing`.
 */
export function buildLetter(input: LetterInput): Letter {
  switch (input.kind) {
    case 'avg-inzage':
      return avgInzageLetter(input);
    case 'bezwaar':
      return bezwaarLetter(input);
    case 'klacht':
      return klachtLetter(input);
    case 'woo':
      return wooLetter(input, input.register ?? null);
  }
}
