/**
 * Generates src/gazetteer-data.ts from maintained sources: states (common and official names, alternative
 * spellings, capitals, demonyms) from the world-countries package, adjusted by gazetteers/states.yaml; agencies,
 * leaders and threat groups from gazetteers/agencies.yaml and gazetteers/threat-groups.yaml. The output is checked in (the
 * browser bundle needs no dataset) and a test fails when it is stale. Run: pnpm --filter @accord/linter generate
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { declineAdjective } from '../src/cyrillic-declension';

const PACKAGE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
export const GAZETTEER_OUTPUT = join(PACKAGE_DIR, 'src', 'gazetteer-data.ts');

const byCode = z.record(z.string().regex(/^[A-Z]{3}$/), z.array(z.string().min(1)));
const StatesFile = z
  .object({
    source: z.string(),
    include: z.array(z.string()),
    ambiguousCapitals: z.array(z.string()),
    ignoreNames: z.array(z.string()),
    extraNames: byCode,
    extraDemonyms: byCode,
    seats: byCode,
    euMembers: z.array(z.string()),
    translations: z.array(z.string().regex(/^[a-z]{3}$/)),
    foreignNames: byCode,
    foreignDemonyms: byCode,
  })
  .strict();
const AgenciesFile = z
  .object({ source: z.string(), institutions: z.array(z.string()), agencies: byCode, leaders: byCode })
  .strict();
const GroupsFile = z
  .object({
    source: z.string(),
    groups: z.array(
      z
        .object({ id: z.string(), state: z.string().regex(/^[A-Z]{3}$/), names: z.array(z.string()).min(1) })
        .strict(),
    ),
  })
  .strict();

interface Country {
  cca3: string;
  independent?: boolean;
  unMember?: boolean;
  name: { common: string; official: string };
  altSpellings: string[];
  capital?: string[];
  demonyms?: { eng?: { m: string; f: string }; fra?: { m: string; f: string } };
  translations?: Record<string, { common: string }>;
}

function load<T>(schema: z.ZodType<T>, file: string): T {
  const path = join(PACKAGE_DIR, 'gazetteers', file);
  const result = schema.safeParse(parse(readFileSync(path, 'utf8')));
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`gazetteers/${file}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return result.data;
}

const LATIN = /^[\p{Script=Latin}\p{N}\s.'’()-]+$/u;
/** LT117: a threat state's foreign names and adjectives may also be written in Cyrillic or Greek. */
const FOREIGN_SCRIPT = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}\s.'’()-]+$/u;
const uniq = (xs: string[]): string[] => [...new Set(xs)];

export interface StateRecord {
  code: string;
  state: string;
  names: string[];
  demonyms: string[];
  capitals: string[];
  eu?: true;
  threat?: true;
}

export function buildGazetteerData() {
  const require = createRequire(import.meta.url);
  const countries = require('world-countries/countries.json') as Country[];
  const states = load(StatesFile, 'states.yaml');
  const agencies = load(AgenciesFile, 'agencies.yaml');
  const groups = load(GroupsFile, 'threat-groups.yaml');
  const ignore = new Set(states.ignoreNames.map((n) => n.toLowerCase()));
  const ambiguous = new Set(states.ambiguousCapitals.map((n) => n.toLowerCase()));
  const threatCodes = new Set([...groups.groups.map((g) => g.state), ...Object.keys(agencies.agencies)]);
  const keepIn = (script: RegExp) => (n: string) =>
    script.test(n) && !n.includes(',') && !ignore.has(n.toLowerCase());
  const keep = keepIn(LATIN);
  const keepForeign = keepIn(FOREIGN_SCRIPT);

  const records: StateRecord[] = countries
    .filter((c) => c.independent || c.unMember || states.include.includes(c.cca3))
    .map((c) => {
      const extra = states.extraNames[c.cca3] ?? [];
      const alt = c.altSpellings.filter((n) => n.length >= 3 || extra.includes(n));
      const names = uniq([c.name.common, c.name.official, ...alt, ...extra]).filter(
        (n) => keep(n) || extra.includes(n),
      );
      const dem = c.demonyms?.eng;
      const demonyms = uniq([...(dem ? [dem.m, dem.f] : []), ...(states.extraDemonyms[c.cca3] ?? [])]).filter(
        (n) => keep(n) || (states.extraDemonyms[c.cca3] ?? []).includes(n),
      );
      // a threat state in a French, German, Polish or Spanish draft: its names in those languages (world-countries),
      // its French demonyms (world-countries) and the inflected forms and adjectives listed in states.yaml, a Cyrillic
      // adjective in all its forms (LT119)
      const threat = threatCodes.has(c.cca3);
      const foreignNames = threat
        ? uniq([
            ...states.translations.flatMap((l) => c.translations?.[l]?.common ?? []),
            ...(states.foreignNames[c.cca3] ?? []),
          ]).filter((n) => keepForeign(n) && !names.includes(n))
        : [];
      const fra = c.demonyms?.fra;
      const foreignDemonyms = threat
        ? uniq([
            ...(fra ? [fra.m, fra.f] : []),
            ...(states.foreignDemonyms[c.cca3] ?? []).flatMap((d) => [d, ...declineAdjective(d)]),
          ]).filter((n) => keepForeign(n) && !demonyms.includes(n))
        : [];
      // the people in the plural stand for the state in prose ("the Russians did the wiper"): demonyms in -an or -i
      const peoples = demonyms
        .filter((d) => /(?:an|i)$/.test(d) && !/\s/.test(d.replace(/^North |^South /, '')) && d.length > 3)
        .map((d) => `${d}s`);
      const capitals = uniq([
        ...(c.capital ?? []).filter((n) => keep(n) && !ambiguous.has(n.toLowerCase())),
        ...(states.seats[c.cca3] ?? []),
      ]);
      return {
        code: c.cca3,
        state: c.name.common,
        names: uniq([...names, ...peoples.filter(keep), ...foreignNames]),
        demonyms: uniq([...demonyms, ...foreignDemonyms]),
        capitals,
        ...(states.euMembers.includes(c.cca3) ? { eu: true as const } : {}),
        ...(threatCodes.has(c.cca3) ? { threat: true as const } : {}),
      };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
  const stateOf = (code: string): string => {
    const r = records.find((x) => x.code === code);
    if (!r) throw new Error(`unknown state code ${code}`);
    return r.state;
  };
  return {
    sources: [states.source, agencies.source, groups.source],
    states: records,
    institutions: agencies.institutions,
    agencies: Object.entries(agencies.agencies).map(([code, names]) => ({ state: stateOf(code), names })),
    leaders: Object.entries(agencies.leaders).map(([code, names]) => ({ state: stateOf(code), names })),
    groups: groups.groups.map((g) => ({ id: g.id, state: stateOf(g.state), names: g.names })),
  };
}

export function renderGazetteerModule(): string {
  const data = buildGazetteerData();
  return [
    '// Generated by scripts/generate-gazetteer.ts from world-countries and gazetteers/*.yaml; do not edit.',
    '// Run `pnpm --filter @accord/linter generate` after changing a data file.',
    `// Sources: ${data.sources.join('; ')}.`,
    '',
    `export const STATE_DATA: readonly { code: string; state: string; names: readonly string[]; demonyms: readonly string[]; capitals: readonly string[]; eu?: true; threat?: true }[] = ${JSON.stringify(data.states)};`,
    '',
    `export const INSTITUTION_DATA: readonly string[] = ${JSON.stringify(data.institutions)};`,
    '',
    `export const AGENCY_DATA: readonly { state: string; names: readonly string[] }[] = ${JSON.stringify(data.agencies)};`,
    '',
    `export const LEADER_DATA: readonly { state: string; names: readonly string[] }[] = ${JSON.stringify(data.leaders)};`,
    '',
    `export const GROUP_DATA: readonly { id: string; state: string; names: readonly string[] }[] = ${JSON.stringify(data.groups)};`,
    '',
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(GAZETTEER_OUTPUT, renderGazetteerModule());
  console.log(`wrote ${GAZETTEER_OUTPUT}`);
}
