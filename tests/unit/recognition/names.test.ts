import { describe, expect, it } from 'vitest';
import { fitsShortForm } from '../../../scripts/domains/directory';
import { compactKey, nameParts, nameVariants, plainKey } from '../../../utils/recognition/names';

describe('organisation name normalisation', () => {
  it.each([
    ['Gemeente Den Haag', { kind: 'gemeente', bare: 'den haag' }],
    ["Gemeente 's-Gravenhage", { kind: 'gemeente', bare: 'den haag' }],
    ['Provincie Fryslân', { kind: 'provincie', bare: 'fryslan' }],
    ['Provincie Friesland', { kind: 'provincie', bare: 'fryslan' }],
    ['Hoogheemraadschap van Delfland', { kind: 'waterschap', bare: 'delfland' }],
    ['Wetterskip Fryslân', { kind: 'waterschap', bare: 'fryslan' }],
    ['Ministerie van Financiën', { kind: 'ministerie', bare: 'financien' }],
    ['Stichting Skal Biocontrole', { kind: null, bare: 'skal biocontrole' }],
    ['Liander N.V.', { kind: null, bare: 'liander' }],
    ['Utrecht (gemeente)', { kind: 'gemeente', bare: 'utrecht' }],
    ['Gemeente Noardeast-Fryslân', { kind: 'gemeente', bare: 'noardeast fryslan' }],
  ])('%s', (name, parts) => expect(nameParts(name)).toEqual(parts));

  it('keeps "Gemeente Utrecht" and "Provincie Utrecht" apart but lets their bare names meet', () => {
    expect(nameParts('Gemeente Utrecht')).not.toEqual(nameParts('Provincie Utrecht'));
    expect(nameParts('Gemeente Utrecht').bare).toBe(nameParts('Provincie Utrecht').bare);
  });

  it('gives abbreviation variants', () => {
    expect(nameVariants('Nederlandse Zorgautoriteit (NZa)')).toEqual([
      'Nederlandse Zorgautoriteit (NZa)',
      'Nederlandse Zorgautoriteit',
      'NZa',
    ]);
    expect(nameVariants('CIZ Centrum Indicatiestelling Zorg')).toContain('Centrum Indicatiestelling Zorg');
    expect(nameVariants('Gemeente Bergen (L)')).toEqual(['Gemeente Bergen (L)']);
  });

  it('takes a leading word for the abbreviation only when it abbreviates the rest', () => {
    expect(nameVariants('CIZ Centrum Indicatiestelling Zorg')).toContain('CIZ');
    expect(nameVariants('HDSR Hoogheemraadschap De Stichtse Rijnlanden')).toContain('HDSR');
    // "ICT" is a word of these names: two ICT bodies must not meet on it
    for (const name of ['ICT Samenwerking West-Brabant-West', 'ICT Noord- en Midden-Limburg']) {
      expect(nameVariants(name)).not.toContain('ICT');
      expect(nameVariants(name)).toContain(name.slice(4));
    }
  });

  it('compacts names for comparing with host labels', () => {
    expect(compactKey(nameParts('Gemeente Bergen (NH.)').bare)).toBe('bergennh');
    expect(compactKey("Gemeente 's-Hertogenbosch")).toBe('gemeentesHertogenbosch'.toLowerCase());
    expect(plainKey('  Gemeente   Súdwest-Fryslân ')).toBe('gemeente sudwest fryslan');
  });

  it('keeps a plus sign, so "Duo+" never meets "DUO"', () => {
    expect(plainKey('Duo+')).not.toBe(plainKey('DUO'));
    expect(compactKey('Duo+')).toBe('duoplus');
  });
});

describe('short forms of names in host labels', () => {
  const words = (name: string) => plainKey(name).split(' ');
  it.each([
    ['vggm', 'Veiligheids- en Gezondheidsregio Gelderland-Midden', true],
    ['veiligheidsregioaa', 'Veiligheidsregio Amsterdam-Amstelland', true],
    ['bwbrabant', 'Belastingsamenwerking West-Brabant', true],
    ['ozhz', 'Omgevingsdienst Zuid-Holland Zuid', true],
    ['veiligheidsregioamsterdamamstelland', 'Veiligheidsregio Amsterdam-Amstelland', false],
    ['vgg', 'Veiligheids- en Gezondheidsregio Gelderland-Midden', false],
    ['ozh', 'Omgevingsdienst Zuid-Holland Zuid', false],
    ['abc', 'Omgevingsdienst Zuid-Holland Zuid', false],
  ])('%s ~ %s: %s', (label, name, fits) => expect(fitsShortForm(label, words(name))).toBe(fits));
});
