import { describe, expect, it } from 'vitest';
import { isMessage, PROTOCOL, type Message, type MessageType } from '@/utils/protocol';

const HASH = 'a'.repeat(64);
// One valid request per message type: a new type in PROTOCOL does not compile until it has one here.
const VALID: { [T in MessageType]: Message<T> } = {
  'tab-view': { type: 'tab-view', tabId: 3 },
  'sync-state': { type: 'sync-state' },
  'sync-now': { type: 'sync-now' },
  'accept-suspect': { type: 'accept-suspect', hash: HASH },
  'confirm-host': { type: 'confirm-host', host: 'x.nl', organization: { name: 'Gemeente X', org_id: null } },
  'forget-host': { type: 'forget-host', host: 'x.nl' },
  'set-paused': { type: 'set-paused', host: 'x.nl', paused: true },
};

describe('the message guard, derived from the protocol', () => {
  it.each(Object.keys(PROTOCOL))('accepts a well-formed %s', (type) => {
    expect(isMessage(VALID[type as MessageType])).toBe(true);
  });

  it.each([
    ['no object', 'tab-view'],
    ['an unknown type', { type: 'delete-everything' }],
    ['an inherited name as type', { type: 'toString' }],
    ['a fractional tab id', { type: 'tab-view', tabId: 1.5 }],
    ['a short hash', { type: 'accept-suspect', hash: 'abc' }],
    ['an organisation without a name', { type: 'confirm-host', host: 'x.nl', organization: { name: '', org_id: null } }],
    [
      'an organisation with an overlong name',
      { type: 'confirm-host', host: 'x.nl', organization: { name: 'x'.repeat(300), org_id: null } },
    ],
    ['an organisation without org_id', { type: 'confirm-host', host: 'x.nl', organization: { name: 'X' } }],
    ['a missing host', { type: 'forget-host' }],
    ['paused as text', { type: 'set-paused', host: 'x.nl', paused: 'yes' }],
  ])('rejects %s', (_, message) => {
    expect(isMessage(message)).toBe(false);
  });

  it('accepts a rejection (organization null)', () => {
    expect(isMessage({ type: 'confirm-host', host: 'x.nl', organization: null })).toBe(true);
  });
});
