import { describe, expect, it } from 'vitest';
import { buildGazetteerData } from '../scripts/generate-gazetteer';
import { findMentions } from './entities';
import { THREAT_STATES } from './gazetteer';
import { AGENCY_DATA, GROUP_DATA, INSTITUTION_DATA, LEADER_DATA, STATE_DATA } from './gazetteer-data';
import { tokenize } from './sentences';

const mentions = (text: string) =>
  tokenize(text).flatMap((s) => findMentions(s).map((m) => [text.slice(m.start, m.end), m.kind, m.state]));

describe('generated gazetteer', () => {
  it('LT7: src/gazetteer-data.ts is what the generator makes from world-countries and gazetteers/*.yaml', () => {
    const data = buildGazetteerData();
    expect({
      states: STATE_DATA,
      institutions: INSTITUTION_DATA,
      agencies: AGENCY_DATA,
      leaders: LEADER_DATA,
      groups: GROUP_DATA,
    }).toEqual({
      states: data.states,
      institutions: data.institutions,
      agencies: data.agencies,
      leaders: data.leaders,
      groups: data.groups,
    });
  });

  it('LT7: knows formal names, capitals and demonyms of every state, and threat groups with their aliases', () => {
    expect(
      mentions("The Democratic People's Republic of Korea, Tehran, Belarusian hackers, Lazarus Group."),
    ).toEqual([
      ["Democratic People's Republic of Korea", 'state', 'North Korea'],
      ['Tehran', 'capital', 'Iran'],
      ['Belarusian', 'demonym', 'Belarus'],
      ['Lazarus Group', 'group', 'North Korea'],
    ]);
    expect(mentions('Ghostwriter, APT41, Volt Typhoon and the RGB.').map((m) => m[2])).toEqual([
      'Belarus',
      'China',
      'China',
      'North Korea',
    ]);
    expect([...THREAT_STATES].sort()).toEqual(['Belarus', 'China', 'Iran', 'North Korea', 'Russia']);
  });

  it('LT7: acronyms match only in upper case, ordinary-word aliases only capitalised', () => {
    expect(mentions('Let us help them; the snake slid by.')).toEqual([]);
    expect(mentions('The US and Snake.').map((m) => m[0])).toEqual(['US', 'Snake']);
  });
});
