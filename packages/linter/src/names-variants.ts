import { escapeRegExp } from './escape-regexp';

/** Letters with the accented and transliterated forms a name may be written with. */
const LETTER_FORMS: Record<string, string> = {
  a: 'aáàâäãåāą',
  c: 'cçćč',
  e: 'eéèêëēėęě',
  i: 'iíìîïīį',
  l: 'lłļľ',
  n: 'nñńņň',
  o: 'oóòôöõøō',
  r: 'rřŕ',
  s: 'sśšş',
  u: 'uúùûüūůų',
  y: 'yý',
  z: 'zźżž',
  g: 'gģğ',
  k: 'kķ',
  t: 'tťţ',
  d: 'dď',
};

/**
 * A regular expression for one name part in the spellings it may take: accents folded ("Ozoliņa"), v/w
 * ("Woronin"), single or double consonants ("Branikov"), ch/tch/č ("Talmatch", "Talmač"), and for given names
 * the -y/-i/-iy/-ii endings of transliteration ("Arkadiy", "Yury").
 */
function spellings(part: string, given: boolean): string {
  let out = '';
  const lower = part.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i]!;
    const next = lower[i + 1];
    const last = i === lower.length - 1;
    // German, French and Baltic transliterations: Shevchuk → Schewtschuk, Chevtchouk, Ševčuk; Yuri → Juri, Iouri
    if (ch === 's' && next === 'h') {
      out += '(?:sh|sch|ch|š)';
      i++;
      continue;
    }
    if (ch === 'c' && next === 'h') {
      out += '(?:t?ch|tsch|č|ć|ç)';
      i++;
      continue;
    }
    if (ch === 'y' && i === 0 && next && /[aeiou]/.test(next)) {
      out += '(?:y|j|i|io)';
      continue;
    }
    if (ch === 'u') {
      out += '(?:ou|[uúùûüūůų])';
      continue;
    }
    // -ov/-ev endings spelt -off, -ow, -eff; -in spelt -ine; a feminine -a after n spelt -ya, -ia
    if (!given && last && ch === 'v') {
      out += '(?:v|ff|f|w)';
      continue;
    }
    if (!given && last && ch === 'a' && lower[i - 1] === 'n') {
      out += '(?:[yi]?a)';
      continue;
    }
    if (ch === next && /[bcdfgklmnprst]/.test(ch)) {
      out += `[${LETTER_FORMS[ch] ?? ch}]{1,2}`;
      i++;
      continue;
    }
    if (given && i === lower.length - 1 && (ch === 'y' || ch === 'i')) {
      out += '(?:y|i|iy|ii|ij|ei)';
      continue;
    }
    if (ch === 'v' || ch === 'w') {
      out += '[vw]';
      continue;
    }
    const forms = LETTER_FORMS[ch];
    out += forms ? `[${forms}]` : escapeRegExp(ch);
  }
  return out;
}

/**
 * One pattern for a restricted name in any form: full name, surname alone, initial plus surname
 * ("A. Voronin", "A Voronin"), possessive ("Voronin's"), a hyphenated surname's parts spelt with a space, and
 * the spelling variants of transliteration and accents (see spellings()).
 */
export function namePattern(fullName: string): string {
  const parts = fullName.trim().split(/\s+/);
  const surname = parts[parts.length - 1] ?? fullName;
  const given = parts.slice(0, -1);
  const surnameParts = surname.split('-');
  // a Latvian -s ending ("Brannikovs") or a French -e ("Voronine") is the same surname
  const surnameForms = [`${surnameParts.map((p) => spellings(p, false)).join('[-\\s]?')}(?:s|e)?`];
  // the first part of a double-barrelled surname identifies the person on its own ("Shevchuk")
  if (surnameParts.length > 1 && surnameParts[0] && surnameParts[0].length >= 5)
    surnameForms.push(spellings(surnameParts[0], false));
  const givenForms = given.length
    ? `(?:(?:${given.map((g) => spellings(g, true)).join('\\s+')}|${given.map((g) => `${escapeRegExp(g[0] ?? '')}(?:\\.|\\p{Ll}\\.)?`).join('\\s*')})\\s+)?`
    : '';
  const full = `${givenForms}(?:${surnameForms.join('|')})(?:['’]s)?`;
  if (given.length === 0) return full;
  // the given name with the surname's initial ("Vera O.", "Oleg B."), and both initials ("A.V.", "A. V.")
  const initial = escapeRegExp(surname[0] ?? '');
  const givenSpelt = given.map((g) => spellings(g, true)).join('\\s+');
  const initials = `${given.map((g) => `${escapeRegExp(g[0] ?? '')}\\.\\s?`).join('')}${initial}\\.`;
  return `${full}|${givenSpelt}\\s+${initial}\\.|${initials}`;
}
