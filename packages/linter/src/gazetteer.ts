/**
 * Gazetteers for entity-aware rules: data, not logic. The data is generated (src/gazetteer-data.ts) from the
 * world-countries dataset and gazetteers/*.yaml (agencies, leaders, MITRE-style threat groups). Names are matched
 * token by token (case-insensitive, possessive "'s" stripped), so hyphenated names match with spaces or hyphens
 * alike; acronyms match only in upper case, single-word group aliases only when capitalised.
 */
import { AGENCY_DATA, GROUP_DATA, INSTITUTION_DATA, LEADER_DATA, STATE_DATA } from './gazetteer-data';

export const ENTITY_KINDS = ['state', 'capital', 'agency', 'group', 'leader', 'demonym'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export interface GazetteerEntry {
  kind: EntityKind;
  /** The state the name stands for (a capital, agency, group or leader is attributed to its state). */
  state: string;
  names: readonly string[];
}

/** States whose separate national positions the EU speaks for. */
export const EU_MEMBER_STATES: ReadonlySet<string> = new Set(
  STATE_DATA.filter((s) => s.eu).map((s) => s.state),
);

/**
 * States with known state-linked threat groups or cyber agencies in the data: where the analysis cannot tell
 * whether such a state is the author, it reports a warning rather than nothing.
 */
export const THREAT_STATES: ReadonlySet<string> = new Set(
  STATE_DATA.filter((s) => s.threat).map((s) => s.state),
);

function build(): GazetteerEntry[] {
  const entries: GazetteerEntry[] = [];
  for (const s of STATE_DATA) {
    entries.push({ kind: 'state', state: s.state, names: s.names });
    if (s.demonyms.length > 0) {
      entries.push({ kind: 'demonym', state: s.state, names: s.demonyms });
      entries.push({
        kind: 'agency',
        state: s.state,
        names: s.demonyms.flatMap((d) => INSTITUTION_DATA.map((i) => `${d} ${i}`)),
      });
    }
    if (s.capitals.length > 0) entries.push({ kind: 'capital', state: s.state, names: s.capitals });
  }
  for (const a of AGENCY_DATA) entries.push({ kind: 'agency', state: a.state, names: a.names });
  for (const g of GROUP_DATA) entries.push({ kind: 'group', state: g.state, names: g.names });
  for (const l of LEADER_DATA) entries.push({ kind: 'leader', state: l.state, names: l.names });
  return entries;
}

export const GAZETTEER: readonly GazetteerEntry[] = build();
