import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { emptyLetterInput, type LetterInput } from '@/utils/objection/letters';
import { offersWoo, wooLetter } from '@/utils/objection/letter-woo';

/** A Woo request for an organisation with no register entries (the kind this letter is for). */
function input(more: Partial<LetterInput> = {}): LetterInput {
  return {
    ...emptyLetterInput('avg-inzage', '2026-11-30'),
    organization: { name: 'Gemeente Voorbeeld' },
    sender: { name: 'Sam de Jong', address: '', email: 'sam@example.org' },
    place: 'Voorbeeld',
    ...more,
  };
}

describe('the Woo request', () => {
  it('has what the Woo asks of a request and states the terms the law sets', () => {
    const { body, subject, missing } = wooLetter(input(), { count: 0, serious: 0, unknown: 0, dataDate: '2026-08-06' });
    expect(subject).toBe('Woo-verzoek: algoritmen van Gemeente Voorbeeld');
    expect(missing).toEqual([]);
    expect(body).toContain('artikel 4.1 van de Wet open overheid');
    // 4.1(4): the matter the request is about
    expect(body).toMatch(/overzicht van de algoritmen die Gemeente Voorbeeld gebruikt of ontwikkelt bij besluiten over personen/);
    expect(body).toContain('geen belang te stellen (artikel 4.1, lid 3, Woo)');
    expect(body).toMatch(/uiterlijk binnen vier weken na de dag waarop u het heeft ontvangen/);
    expect(body).toMatch(/ten hoogste twee weken verdagen/);
    expect(body).toContain('kosteloos (artikel 8.6, lid 1, Woo)');
    expect(body).toContain(
      'Op 6 augustus 2026 stond er in het Algoritmeregister van de overheid (algoritmes.overheid.nl) geen algoritme van Gemeente Voorbeeld',
    );
    expect(body).toContain('sam@example.org');
    expect(body).toMatch(/Met vriendelijke groet,\n\nSam de Jong$/);
    expect(body).not.toContain('(handtekening)');
  });

  it('quotes the register exactly for an organisation with entries but none serious', () => {
    const { body } = wooLetter(input(), { count: 3, serious: 0, unknown: 0, dataDate: null });
    expect(body).toContain(
      'stonden er in het Algoritmeregister van de overheid (algoritmes.overheid.nl) 3 algoritmen van Gemeente Voorbeeld die in gebruik of in ontwikkeling zijn. Geen ervan is als hoog-risico AI-systeem of als impactvol algoritme geclassificeerd.',
    );
    expect(wooLetter(input(), { count: 1, serious: 0, unknown: 0, dataDate: null }).body).toContain(
      'stond er in het Algoritmeregister van de overheid (algoritmes.overheid.nl) één algoritme van Gemeente Voorbeeld dat in gebruik of in ontwikkeling is. Het is niet als hoog-risico',
    );
  });

  it('does not claim a classification the data does not have', () => {
    const { body } = wooLetter(input(), { count: 9, serious: 0, unknown: 9, dataDate: null });
    expect(body).toContain(
      'Van al deze algoritmen staat in de gegevens die ik kon inzien niet of ze als hoog-risico AI-systeem of als impactvol algoritme zijn geclassificeerd.',
    );
    expect(body).not.toContain('Geen ervan');
    expect(wooLetter(input(), null).body).not.toContain('Algoritmeregister van de overheid (algoritmes.overheid.nl) ');
  });

  it('marks a missing organisation or name instead of inventing one', () => {
    const { body, missing } = wooLetter(input({ organization: null, sender: { name: '', address: '', email: '' } }), {
      count: 0,
      serious: 0,
      unknown: 0,
      dataDate: null,
    });
    expect(missing).toEqual(expect.arrayContaining(['organization', 'name']));
    expect(body).toContain('[naam van de organisatie]');
  });

  it('keeps typed text inert and on its own lines, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 300 }), (name, email) => {
        const { body } = wooLetter(input({ sender: { name, address: '', email } }), { count: 0, serious: 0, unknown: 0, dataDate: null });
        expect(body).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
        expect(body.split('\n')[0]).not.toContain('\n');
      }),
    );
  });
});

describe('when the popup offers it', () => {
  it.each([
    [{ high_risk: 0, impactful: 0, other: 0, unknown: 0 }, true],
    [{ high_risk: 0, impactful: 0, other: 4, unknown: 0 }, true],
    [{ high_risk: 0, impactful: 1, other: 4, unknown: 0 }, false],
    [{ high_risk: 1, impactful: 0, other: 0, unknown: 0 }, false],
    // Unknown categories: the letter could not truthfully say "none of them is serious".
    [{ high_risk: 0, impactful: 0, other: 2, unknown: 3 }, false],
  ])('%o → %s', (counts, expected) => {
    expect(offersWoo(counts)).toBe(expected);
  });
});
