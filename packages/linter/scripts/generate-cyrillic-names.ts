/**
 * LT96: the Cyrillic spellings of each restricted name's parts, generated from the transliteration schemas of the
 * `iuliia` package (ALA-LC, BGN/PCGN, BS 2979, GOST, ICAO Doc 9303, ISO 9, UNGEGN, Wikipedia, Yandex and more: the
 * schemas Russian names are romanised with), not typed by hand: a Cyrillic word is a spelling of a Latin name part
 * when some schema romanises it to that part. The search inverts each schema's letter tables (a Latin letter group
 * back to the Cyrillic letters it stands for) and keeps the candidates the schema's own `translate` turns back into
 * the part. Ukrainian spellings follow from the Russian ones by the letter Ukrainian writes for Russian и in names (і)
 * and for ы (и). Writes src/names-cyrillic-data.ts.
 *   pnpm exec tsx packages/linter/scripts/generate-cyrillic-names.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Schemas, translate } from 'iuliia';
import { parse } from 'yaml';

const dir = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);

interface SchemaDefinition {
  mapping: Record<string, string>;
  prev_mapping?: Record<string, string> | null;
  next_mapping?: Record<string, string> | null;
  ending_mapping?: Record<string, string> | null;
}

/** The Latin letter groups a schema writes and the Cyrillic letters (or ending) each may stand for. */
function inverseUnits(def: SchemaDefinition): [string, string][] {
  const units = new Set<string>();
  const add = (latin: string, cyrillic: string) => {
    if (latin && /^[a-z]+$/.test(latin)) units.add(`${latin}\u0000${cyrillic}`);
  };
  for (const [c, l] of Object.entries(def.mapping)) add(l.toLowerCase(), c);
  // a letter read after another (prev) or before another (next): the current letter's own value
  for (const [pair, l] of Object.entries(def.prev_mapping ?? {})) add(l.toLowerCase(), pair.slice(-1));
  for (const [pair, l] of Object.entries(def.next_mapping ?? {})) add(l.toLowerCase(), pair.slice(0, 1));
  for (const [ending, l] of Object.entries(def.ending_mapping ?? {})) add(l.toLowerCase(), ending);
  return [...units].map((u) => u.split('\u0000') as [string, string]);
}

/** Cyrillic words the schema romanises to `latin` (lower case), found by inverting its letter tables. */
function spellingsIn(latin: string, schemaName: string, def: SchemaDefinition): string[] {
  const schema = Schemas.get(schemaName);
  if (!schema) return [];
  const units = inverseUnits(def);
  const out = new Set<string>();
  const walk = (at: number, word: string) => {
    if (word.length > latin.length + 2 || out.size > 64) return;
    if (at === latin.length) {
      const back = translate(word, schema).toLowerCase();
      if (back === latin) out.add(word);
      return;
    }
    for (const [l, c] of units) if (latin.startsWith(l, at)) walk(at + l.length, word + c);
  };
  walk(0, '');
  return [...out];
}

/** Russian spellings of a Latin name part in every schema, and the Ukrainian spellings that follow from them. */
export function cyrillicSpellings(part: string): string[] {
  const latin = part.toLowerCase();
  // the Latin endings a romanised given name may have dropped or written otherwise (Yuri for Yuriy, Yurii; Lidia for
  // Lidiya, Lidiia): the search runs on each, and every hit is a spelling of the name as written
  const latins = [latin];
  if (/[iy]$/.test(latin))
    latins.push(`${latin}y`, `${latin}i`, `${latin.slice(0, -1)}iy`, `${latin.slice(0, -1)}ii`);
  if (/ia$/.test(latin))
    latins.push(`${latin.slice(0, -1)}ya`, `${latin.slice(0, -1)}ia`, `${latin.slice(0, -1)}ja`);
  const russian = new Set<string>();
  const votes = new Map<string, number>();
  for (const [name, def] of DEFINITIONS)
    for (const l of latins) for (const w of spellingsIn(l, name, def)) votes.set(w, (votes.get(w) ?? 0) + 1);
  // a spelling Russian orthography allows (no й after a consonant, no hard or soft sign or ы first, no ии or ы at the end, no цх), that three
  // schemas or more agree on (a single lossy schema's reading, "схевчук" for Shevchuk, is left out)
  for (const [w, n] of votes)
    if (n >= 3 && !/[бвгджзклмнпрстфхцчшщ]й|^[ъьый]|[иы][иы]|ы$|цх/.test(w)) russian.add(w);
  const all = new Set(russian);
  for (const w of russian) all.add(w.replace(/и/g, 'і').replace(/ы/g, 'и'));
  return [...all].sort();
}

function readDefinitions(): [string, SchemaDefinition][] {
  const names = Schemas.names();
  return names.map((name) => {
    const mod = require(`iuliia/dist/cjs/generated/${name}.js`) as { default: SchemaDefinition };
    return [name, mod.default];
  });
}

const DEFINITIONS = readDefinitions();
const list = parse(readFileSync(join(dir, 'policies', 'restricted-names.yaml'), 'utf8')) as {
  entries: string[];
};
const parts = [...new Set(list.entries.flatMap((n) => n.trim().split(/[\s-]+/)))].sort();
const table: Record<string, string[]> = {};
for (const p of parts) table[p.toLowerCase()] = cyrillicSpellings(p);
const body = Object.entries(table)
  .map(([k, v]) => `  ${JSON.stringify(k)}: [${v.map((s) => JSON.stringify(s)).join(', ')}],`)
  .join('\n');
writeFileSync(
  join(dir, 'src', 'names-cyrillic-data.ts'),
  `// Generated by scripts/generate-cyrillic-names.ts from policies/restricted-names.yaml and the iuliia schemas (LT96).
// Do not edit: run the script again after changing the list.

/** Cyrillic spellings (lower case) of each restricted name part (lower case Latin), Russian and Ukrainian. */
export const CYRILLIC_SPELLINGS: Readonly<Record<string, readonly string[]>> = {
${body}
};
`,
);
console.log(table);
