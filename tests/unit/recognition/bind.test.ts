import { describe, expect, it } from 'vitest';
import { readDomainTable } from '../../../scripts/domains/table-file';
import { defaultSnapshot } from '../../../scripts/domains/register';
import { bindTableToRegister } from '../../../utils/recognition/bind';
import { buildRecognitionIndex } from '../../../utils/recognition/index';
import { recognize } from '../../../utils/recognition/recognize';

const table = readDomainTable();
const register = defaultSnapshot().snapshot.organizations.map((o) => ({ name: o.name, org_id: o.org_id }));

describe('bindTableToRegister', () => {
  it('changes nothing when bound to the register it was generated from', () => {
    expect(bindTableToRegister(table, register)).toEqual(table);
  });

  it('follows a later register: renamed spellings, new org_ids, newly registered organisations', () => {
    const later = register
      .map((o) => (o.name === 'Nederlandse Zorgautoriteit (NZa)' ? { name: 'Nederlandse Zorgautoriteit', org_id: 'zb000999' } : o))
      .filter((o) => o.name !== 'Gemeente Zwolle')
      .concat([{ name: 'Gemeente Alkmaar', org_id: 'gm0361' }]);
    const index = buildRecognitionIndex(bindTableToRegister(table, later));
    expect(recognize('https://www.nza.nl/', index).organization).toEqual({ name: 'Nederlandse Zorgautoriteit', org_id: 'zb000999' });
    expect(recognize('https://www.alkmaar.nl/', index).organization).toEqual({ name: 'Gemeente Alkmaar', org_id: 'gm0361' });
    // an organisation that left the register is still recognised (0 entries), not forgotten
    expect(recognize('https://www.zwolle.nl/', index).organization?.name).toBe('Gemeente Zwolle');
    const bound = bindTableToRegister(table, later);
    expect(bound.organizations.find((o) => o.name === 'Gemeente Zwolle')?.registered).toBe(false);
    expect(bound.organizations.find((o) => o.name === 'Gemeente Alkmaar')?.registered).toBe(true);
  });
});
