import { describe, expect, it } from 'vitest';
import { evidenceDomain, labelFits, registerEvidenceRows } from '../../../scripts/domains/evidence';
import type { Algorithm } from '../../../utils/register/model';

const alg = (organization: string, contact_email: string | null, website: string | null = null) =>
  ({ organization, contact_email, website }) as Algorithm;

describe('register contact/website evidence', () => {
  it('reads the registrable domain of an e-mail address or URL', () => {
    expect(evidenceDomain('datashop@denhaag.nl')).toBe('denhaag.nl');
    expect(evidenceDomain('https://algoritmeregister.amsterdam.nl/p/1')).toBe('amsterdam.nl');
    expect(evidenceDomain('mailto:Privacy@Gemeente-Oss.NL')).toBe('gemeente-oss.nl');
    expect(evidenceDomain('bel ons')).toBeNull();
    expect(evidenceDomain('javascript:alert(1)')).toBeNull();
  });

  it('accepts a domain only when it names the organisation', () => {
    expect(labelFits('denhaag.nl', 'Gemeente Den Haag')).toBe(true);
    expect(labelFits('gemeentebeek.nl', 'Gemeente Beek')).toBe(true);
    expect(labelFits('nza.nl', 'Nederlandse Zorgautoriteit (NZa)')).toBe(true);
    expect(labelFits('rdwkrh.nl', 'Regionale Dienst Werk en Inkomen Kromme Rijn Heuvelrug')).toBe(false);
    expect(labelFits('zivver.com', 'Gemeente Den Haag')).toBe(false);
    expect(labelFits('gmail.com', 'Gemeente Ede')).toBe(false);
  });

  it('skips shared domains and vendor domains', () => {
    const { rows, rejected } = registerEvidenceRows([
      alg('Gemeente Ede', 'privacy@ede.nl'),
      alg('Gemeente Ede', null, 'https://www.leverancier.nl/product'),
      alg('Gemeente Ede', 'info@samen.nl'),
      alg('Gemeente Oss', 'info@samen.nl'),
    ]);
    expect(rows.map((r) => [r.host, r.name, r.strength])).toEqual([['ede.nl', 'Gemeente Ede', 20]]);
    expect(rejected.sort()).toEqual(['leverancier.nl (Gemeente Ede)', 'samen.nl (Gemeente Ede; Gemeente Oss)']);
  });
});
