import { describe, expect, it } from 'vitest';
import { decidePartyChange } from './party-change';
import type { Actor } from './permissions';

const pen: Actor = { sub: 'u-pen', name: 'Pat Penholder', delegation: 'US', role: 'penholder' };
const parties = ['US', 'FR'];

describe('decidePartyChange', () => {
  it('AP10: a penholder adds a party and the change is audited', () => {
    expect(decidePartyChange({ actor: pen, parties, change: 'add', party: 'EU' })).toEqual({
      ok: true,
      parties: ['US', 'FR', 'EU'],
      audit: {
        kind: 'party-added',
        actor: { sub: 'u-pen', name: 'Pat Penholder', delegation: 'US' },
        party: 'EU',
      },
    });
  });

  it('AP10: a penholder removes a party and the change is audited', () => {
    const result = decidePartyChange({ actor: pen, parties, change: 'remove', party: 'FR' });
    expect(result).toMatchObject({
      ok: true,
      parties: ['US'],
      audit: { kind: 'party-removed', party: 'FR' },
    });
  });

  it('AP10: drafters and observers cannot manage parties', () => {
    for (const role of ['drafter', 'observer'] as const) {
      const result = decidePartyChange({ actor: { ...pen, role }, parties, change: 'add', party: 'EU' });
      expect(result).toMatchObject({ ok: false, code: 'forbidden' });
    }
  });

  it('AP10: a penholder of a delegation that is not a party cannot manage parties', () => {
    const outsider = { ...pen, delegation: 'CA' };
    expect(decidePartyChange({ actor: outsider, parties, change: 'add', party: 'CA' })).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
  });

  it('AP10: refuses adding a party twice, removing a non-party and removing the last party', () => {
    expect(decidePartyChange({ actor: pen, parties, change: 'add', party: 'FR' })).toMatchObject({
      code: 'already_a_party',
    });
    expect(decidePartyChange({ actor: pen, parties, change: 'remove', party: 'DE' })).toMatchObject({
      code: 'no_such_party',
    });
    expect(decidePartyChange({ actor: pen, parties: ['US'], change: 'remove', party: 'US' })).toMatchObject({
      code: 'last_party',
    });
  });

  it('AP10: does not modify the list it was given', () => {
    const original = ['US', 'FR'];
    decidePartyChange({ actor: pen, parties: original, change: 'remove', party: 'FR' });
    expect(original).toEqual(['US', 'FR']);
  });
});
