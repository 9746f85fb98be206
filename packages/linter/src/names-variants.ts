import { declineGiven, declineSurname } from './cyrillic-declension';
import { escapeRegExp } from './escape-regexp';
import { CYRILLIC_SPELLINGS } from './names-cyrillic-data';

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
  z: 'zźżžs',
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
function spellings(part: string, given: boolean, strict = false): string {
  let out = '';
  const lower = part.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i]!;
    const next = lower[i + 1];
    const last = i === lower.length - 1;
    // German, French, Polish, Dutch and Baltic transliterations: Shevchuk → Schewtschuk, Chevtchouk, Szewczuk,
    // Sjevtsjoek (LT96), Ševčuk;
    // Yuri → Juri, Iouri
    if (ch === 's' && next === 'h') {
      out += '(?:sh|sch|ch|š|sz|sj)';
      i++;
      continue;
    }
    // (LT77: and the kh of a transliteration that reads the letter as Russian х: "Talmakh")
    if (ch === 'c' && next === 'h') {
      out += '(?:t?ch|tsch|tsj|č|ć|ç|cz|kh)';
      i++;
      continue;
    }
    if (ch === 'y' && i === 0 && next && /[aeiou]/.test(next)) {
      out += '(?:y|j|i|io)';
      continue;
    }
    if (ch === 'u') {
      out += '(?:ou|oe|[uúùûüūůų])';
      continue;
    }
    // LT101: a given name as Polish romanises е after a consonant ("Wiera", "Wiery"), and a final -ia as Latvian,
    // Lithuanian and Serbo-Croatian write it ("Lidija", "Lidiya")
    if (given && ch === 'e' && i > 0 && !/[aeiouy]/.test(lower[i - 1]!)) {
      out += `i?[${LETTER_FORMS.e}]`;
      continue;
    }
    if (given && ch === 'i' && next === 'a' && i === lower.length - 2) {
      out += `[${LETTER_FORMS.i}](?:j|y)?`;
      continue;
    }
    // -ov/-ev endings spelt -off, -ow, -eff; -in spelt -ine; a feminine -a after n spelt -ya, -ia
    if (!given && last && ch === 'v') {
      out += '(?:v|ff|f|w)';
      continue;
    }
    if (!given && last && ch === 'a' && lower[i - 1] === 'n') {
      out += '(?:[yij]?a)';
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
    // LT67: Ukrainian transliteration — a given name's g is h ("Oleh"), a surname's i may be y ("Brannykov")
    if (given && ch === 'g' && last) {
      out += '[gh]';
      continue;
    }
    if (
      !given &&
      !strict &&
      ch === 'i' &&
      i > 0 &&
      !/[aeiouy]/.test(lower[i - 1]!) &&
      next &&
      !/[aeiouy]/.test(next)
    ) {
      out += `[${LETTER_FORMS.i}y]`;
      continue;
    }
    // a name already cut short keeps its letters: "Vera Osolin" is someone else, "Vera Ozolin" is not
    if (strict && ch === 'z') {
      out += '[zźżž]';
      continue;
    }
    const forms = LETTER_FORMS[ch];
    out += forms ? `[${forms}]` : escapeRegExp(ch);
  }
  return out;
}

/** Latin letter groups and their Cyrillic spellings (Russian, Ukrainian, Belarusian), longest first. */
const CYRILLIC_GROUPS: [string, string][] = [
  ['shch', 'щ'],
  ['sch', '(?:ш|щ)'],
  ['tch', 'ч'],
  ['sh', 'ш'],
  ['ch', 'ч'],
  ['zh', 'ж'],
  ['kh', 'х'],
  ['ts', 'ц'],
  ['yu', 'ю'],
  ['iu', 'ю'],
  ['ya', 'я'],
  ['yo', '[ёе]'],
  ['ye', '[еє]'],
];
const CYRILLIC_LETTERS: Record<string, string> = {
  a: 'а',
  b: 'б',
  c: '[кц]',
  d: 'д',
  e: '[еэє]',
  f: 'ф',
  g: '[гґ]',
  h: '[хг]',
  i: '[иі]',
  j: 'й',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  v: 'в',
  w: 'в',
  x: 'кс',
  y: '[иы]',
  z: 'з',
};

/**
 * One name part in Cyrillic script, as units (one per letter group): "Voronin" → Воронин, "Shevchuk" → Шевчук,
 * "Yuri" → Юрий / Юрій, "Lidia" → Лидия / Лідія. A given name's -y/-i ending is -ий, -ій, -и or -й; a final -ia
 * is -ия or -ія; double consonants may be single.
 */
function cyrillicUnits(part: string, given: boolean): string[] {
  const lower = part.toLowerCase();
  const units: string[] = [];
  for (let i = 0; i < lower.length; ) {
    const rest = lower.length - i;
    if (given && rest === 2 && lower.endsWith('ia')) {
      units.push('(?:ия|ія|иа)');
      break;
    }
    if (given && (rest === 1 || (rest === 2 && /i[iy]$/.test(lower))) && /[iy]/.test(lower[i]!)) {
      units.push('(?:ий|ій|и|і|й)');
      break;
    }
    const group = CYRILLIC_GROUPS.find(([latin]) => lower.startsWith(latin, i));
    if (group) {
      units.push(group[1]);
      i += group[0].length;
      continue;
    }
    const ch = lower[i]!;
    const letter =
      ch === 'y' && i > 0 && /[aeiou]/.test(lower[i - 1]!) ? 'й' : (CYRILLIC_LETTERS[ch] ?? escapeRegExp(ch));
    if (lower[i + 1] === ch && /[bcdfgklmnprst]/.test(ch)) {
      units.push(`${letter}{1,2}`);
      i += 2;
      continue;
    }
    units.push(letter);
    i++;
  }
  return units;
}

/** A restricted name written in Cyrillic: full name, surname (with a case ending), initial plus surname. */
function cyrillicPattern(given: string[], surnameParts: string[]): string {
  const surname = `${surnameParts.map((p) => cyrillicUnits(p, false).join('')).join('[-\\s]?')}`;
  const forms = [surname];
  if (surnameParts.length > 1 && surnameParts[0] && surnameParts[0].length >= 5)
    forms.push(cyrillicUnits(surnameParts[0], false).join(''));
  // Russian and Ukrainian oblique case endings: Воронину, Ворониным, Шевчуком (not -а: Воронина is also a woman's name)
  const feminine = surnameParts.length === 1 && /[^aeiou]a$/i.test(surnameParts[0] ?? '');
  // LT77: the genitive in -а of a man's surname ("компании Воронина") where the word before is no woman's given
  // name (those end in -а/-я: "Ольга Воронина" is someone else); a feminine surname's oblique cases (Озолиной, Озолину)
  const oblique = feminine
    ? `|${cyrillicUnits(surnameParts[0]!.slice(0, -1), false).join('')}(?:ой|у|ы)`
    : `|(?<=\\p{L}(?<![ая])\\s)(?:${forms.join('|')})а`;
  const surnames = `(?:${forms.join('|')})(?:у|ым|ом|е)?${oblique}`;
  if (given.length === 0) return surnames;
  const givenFull = given.map((g) => cyrillicUnits(g, true).join('')).join('\\s+');
  const initials = given.map((g) => `${cyrillicUnits(g, true)[0] ?? ''}\\.\\s?`).join('');
  // LT93: a man's full name in the genitive ("Пресс-служба Аркадия Воронина"): his given name's genitive (-ий → -ия,
  // a consonant + -а) before the surname's -а, which LT77 otherwise reads after -я as a woman's name
  const givenGenitive = feminine ? [] : given.map(genitiveGiven);
  const genitive =
    givenGenitive.length > 0 && givenGenitive.every((g) => g !== undefined)
      ? `${givenGenitive.join('\\s+')}\\s+(?:${forms.join('|')})а|`
      : '';
  return `(?:${genitive}(?:(?:${givenFull})\\s+|${initials})?${surnames})`;
}

/** A man's given name in the Cyrillic genitive (Аркадий → Аркадия, Олег → Олега); none for a vowel ending. */
function genitiveGiven(g: string): string | undefined {
  const units = cyrillicUnits(g, true);
  if (units[units.length - 1] === '(?:ий|ій|и|і|й)') return `${units.slice(0, -1).join('')}(?:ия|ія|я)`;
  return /[aeiouy]$/i.test(g) ? undefined : `${units.join('')}а`;
}

/** Prepositions (Russian, Ukrainian) after which a surname in -а is a man's genitive or accusative, not a woman's name. */
const CYRILLIC_PREPOSITIONS =
  '(?:от|у|для|без|до|из|с|со|на|про|за|против|около|возле|при|к|від|біля|з|із|зі|щодо|проти|коло|поруч\\s+з)';

const alternatives = (words: Iterable<string>) => [...new Set(words)].map(escapeRegExp).join('|');

/**
 * LT96: a restricted name in Cyrillic in its case forms, from the spellings generated from the iuliia schemas
 * (src/names-cyrillic-data.ts) and the declension table (src/cyrillic-declension.ts): the full name with either part
 * declined ("Аркадия Воронина", "Юрієм Талмачем", "Олега Браннікова"), the surname alone in an oblique case
 * ("Вороніним", "Озоліної"), and a man's surname in -а after a preposition ("на Вороніна"), where it cannot be a woman's
 * name. Undefined for a name whose parts have no generated spellings (the hand table of cyrillicPattern still reads it).
 */
function cyrillicDeclinedPattern(given: string[], surnameParts: string[]): string | undefined {
  const spelt = (part: string) => CYRILLIC_SPELLINGS[part.toLowerCase()];
  if (given.length > 1 || surnameParts.some((p) => !spelt(p))) return undefined;
  const givenBase = given.length === 1 ? spelt(given[0]!) : [];
  if (givenBase === undefined) return undefined;
  const feminine = given.length === 1 && /a$/i.test(given[0]!);
  // a hyphenated surname: its parts' spellings joined; a man's declines in its last part
  const surnames = surnameParts
    .map((p) => spelt(p) ?? [])
    .reduce<string[]>(
      (acc, forms) => (acc.length === 0 ? [...forms] : acc.flatMap((a) => forms.map((f) => `${a}-${f}`))),
      [],
    );
  const declined = surnames.map((s) => declineSurname(s, feminine));
  const oblique = declined.flatMap((d) => d.forms);
  const ambiguous = declined.flatMap((d) => d.ambiguous);
  const out: string[] = [];
  if (oblique.length > 0) out.push(`(?:${alternatives(oblique)})`);
  if (ambiguous.length > 0)
    out.push(`(?<=(?<!\\p{L})${CYRILLIC_PREPOSITIONS}\\s)(?:${alternatives(ambiguous)})`);
  if (givenBase.length > 0) {
    const givenAll = [...givenBase, ...givenBase.flatMap(declineGiven)];
    out.push(`(?:${alternatives(givenAll)})\\s+(?:${alternatives([...surnames, ...oblique, ...ambiguous])})`);
  }
  return out.length > 0 ? out.join('|') : undefined;
}

/** Words a file name or URL slug adds after a person's name ("voronin-evidence-pack.pdf"); never a surname. */
const DOCUMENT_WORD =
  '(?:evidence|pack|dossier|file|files|draft|final|notes?|report|assets|memo|cv|scan|copy|list|annex|statement|profile|photos?|docs?|data|export|summary|case|sor|accounts|holdings|vessels|companies)(?![\\p{L}\\p{N}])';

/**
 * LT77: a restricted name inside an identifier — a file name, an e-mail address, a URL path, a handle, a hashtag —
 * where the letters, digits and underscores around it keep the whole-word patterns from seeing it:
 * "talmach_y_assets_draft.xlsx", "SoR_OZOLINA_final_clean.pdf", "people/oleg-brannikov/assets", the mailbox
 * "lshevchukmarr@" or "avoronin@" (an initial run into the surname, before the @ only), "#FreeVoronin". The
 * identifier is taken whole (its span is what the writer would remove). Inside it the surname still ends at a
 * separator (_ . / @ -, a hyphen only before an initial or a digit), so "voronina_olga_cv.pdf" and "ozolina-kalns.pdf"
 * are other people; in a hashtag, where case alone separates words, a feminine -a or a patronymic's -ev/-ov/-ich
 * after the surname is someone else ("#OlgaVoronina", "#VoroninaOlga", "#Talmachev").
 */
function identifierForms(given: string[], surnames: string): string {
  const initials = given.map((g) => escapeRegExp(g[0] ?? '')).join('');
  const givenSpelt = given.map((g) => spellings(g, true)).join('[._\\-]?');
  // an initial after the surname needs its separator: "voronin_a" is the man, "voronina" a woman's name
  const person = given.length
    ? `(?:(?:${givenSpelt}|${initials})[._\\-]?)?${surnames}(?:[._\\-]?${givenSpelt}|[._\\-]${initials})?`
    : surnames;
  const part = '[\\p{L}\\p{N}]+';
  // a separator that ends the surname inside an identifier
  // (or a hyphen before a digit, an initial or a document word: "talmach-dossier-v2.pdf", "ozolina-assets.xlsx")
  const after = `(?:[._/@]|[-–](?=\\p{N}|\\p{L}(?![\\p{L}\\p{N}])|${DOCUMENT_WORD}))`;
  // only a word that is an identifier: it holds an underscore, a slash or an @, or ends in a file extension
  const rest = `(?:[._/@\\-–]${part})*[/@]?`;
  // the name opens the identifier or follows a separator that is no word character (". / - @"): it ends at a
  // separator; after a document word or a number joined by an underscore ("SoR_", "draft_", "2025_": a fixed word, so a plain word costs little) it may also end it
  const opening = `${person}(?=${after})${rest}`;
  const afterUnderscore = `(?:${DOCUMENT_WORD}|\\d{2,8})[_\\-](?:[\\p{L}\\p{N}]{1,12}[._\\-]){0,2}?${person}(?=${after}|(?![\\p{L}\\p{N}_\\-–]))${rest}`;
  const inside = `${opening}|${afterUnderscore}`;
  const mailbox = given.length ? `${initials}[._]?${surnames}(?=@)` : '';
  // a hashtag or a handle ("#FreeVoronin", "@arkvoronin": a shortened given name run into the surname)
  const hashtag = `(?<=[#@])[\\p{L}\\p{N}_]*?${surnames}(?!a|ev|ov|ich)[\\p{L}\\p{N}_]*`;
  return [inside, mailbox, hashtag].filter(Boolean).join('|');
}

/**
 * LT77: the full name declined in Latin script, as Polish, Czech, Slovak and Lithuanian write it ("Arkadego
 * Woronina", "Olega Brannikova", "Jurija Talmacha", "Veros Ozolinos", "Arkadym Woroninem"): after the man's or the
 * woman's own given name, a case ending on the surname is no other person (alone, "Voronina" may be: it is not
 * matched). Either part may be declined, the other as listed.
 */
function inflectedFullName(given: string[], surname: string): string {
  if (given.length !== 1 || surname.includes('-')) return '(?!)';
  const g = given[0]!;
  const declined = (word: string, isGiven: boolean): string => {
    const last = word.slice(-1).toLowerCase();
    if (last === 'a')
      return `${spellings(word.slice(0, -1), isGiven)}(?:y|i|os|ai|ą|ę|ie|oj|ej|ou|u|e|ii|ji)`;
    if (isGiven && (last === 'y' || last === 'i'))
      return `${spellings(word.slice(0, -1), true)}(?:ego|emu|ym|im|ija|iju|ijem|ije|ijam|ijui|ijus|iem|ja|ju|jem|ia|iu|a|u|em)`;
    return `${spellings(word, isGiven)}(?:a|u|em|owi|ovi|om|ym|as|ui|am|e|ą|o|ie)`;
  };
  const givenAny = `(?:${declined(g, true)}|${spellings(g, true)})`;
  // (LT96: a Czech woman's surname takes -ová on the man's form: "Věra Ozolinová", "Věry Ozolinové")
  const czechFeminine = /[^aeiou]a$/i.test(surname)
    ? `|${spellings(surname.slice(0, -1), false)}(?:ová|ova|ové|ovou)`
    : '';
  const surnameAny = `(?:${declined(surname, false)}|${spellings(surname, false)}${czechFeminine})`;
  return `(?:${declined(g, true)}\\s+${surnameAny}|${givenAny}\\s+(?:${declined(surname, false)}${czechFeminine}))`;
}

/** LT112: Finnish, Estonian and Hungarian case endings after a surname's final consonant, longest first. */
const FINNIC_AFTER_CONSONANT =
  'ille|illa|ilta|ista|issa|iin|ile|ilt|iga|ist|nak|nek|nál|nal|ról|ről|tól|től|hoz|hez|ért|in|ia|il|it|is|ot|et|öt|ra|re|i';
/** LT112: the same after a surname's final -a (Hungarian lengthens it to -á, which the spellings already allow). */
const FINNIC_AFTER_VOWEL = 'lle|lla|lta|sta|ssa|nak|val|ról|tól|hoz|ért|le|lt|ga|st|ra|n|a|l|t';

/**
 * LT82: the case endings a man's surname takes alone in Polish, Czech and Slovak, by class, each followed by "|"
 * (empty for a surname that ends in a vowel): dative, instrumental and locative (-owi, -ovi, -em, -iem, -ie:
 * "Talmachowi", "Woroninem", "o Woroninie") never make a woman's name; the genitive in -a and locative in -u
 * ("Talmacha", "Talmachu", "Szewczuka") only where the surname has no feminine in -a — not after -in, -yn, -ov, -ev
 * or -sky, whose -a form is someone else ("Voronina", "Brannikova").
 */
function latinCaseEndings(surname: string): string {
  // (LT112: the Finnish, Estonian and Hungarian case endings of a surname in -a: "Ozolinalle", "Ozolinale", "Ozolinát")
  if (!/[^aeiouy]$/i.test(surname)) return surname ? `${FINNIC_AFTER_VOWEL}|` : '';
  // (LT96: the Lithuanian dative -ui and Latvian -am, "Voroninui", "Talmačam", are no woman's name either)
  // (LT112: nor the Finnish, Estonian and Hungarian endings, "Voroninille", "Voroninile", "Voroninnak"; the
  // Lithuanian accusative -ą is not read, since Polish writes a woman's instrumental so: "z Olgą Woroniną")
  const oblique = `owi|ovi|iem|em|ie|ui|am|${FINNIC_AFTER_CONSONANT}|`;
  // (LT101: the Lithuanian genitive -o, "Talmačo", where -ovo/-ino is no village's name)
  return /(?:in|yn|ov|ev|ski|sky|skiy)$/i.test(surname) ? oblique : `${oblique}a|u|o|`;
}

/**
 * One pattern for a restricted name in any form: full name, surname alone, initial plus surname
 * ("A. Voronin", "A Voronin", "A.Voronin"), list order ("VORONIN, Arkady", "Voronin A."), possessive
 * ("Voronin's"), case endings ("Woronins", "Ozolinas", "Воронину"), a hyphenated surname's parts spelt with a
 * space and its first part alone (never its second: "Lidia Marr" is someone else), the name run together ("VeraOzolina", "vera.ozolina"), Cyrillic script ("Аркадий Воронин") and the spelling variants of
 * transliteration and accents (see spellings()).
 */
export function namePattern(fullName: string): string {
  const parts = fullName.trim().split(/\s+/);
  const surname = parts[parts.length - 1] ?? fullName;
  const given = parts.slice(0, -1);
  const surnameParts = surname.split('-');
  // a Latvian -s or -as ending ("Brannikovs", "Ozolinas"), a French -e ("Voronine") are the same surname; a Latin
  // -a is not ("Olga Voronina" is someone else)
  // (LT101: a woman's double-barrelled surname takes a feminine ending on each part, Latvian -a, -u, -as, -ai or -ā,
  // Czech -ová: "Ševčuka-Mara", "Lidiju Ševčuku-Maru", "Ševčuková-Marrová")
  const feminineParts = (p: string) =>
    surnameParts.length > 1 && /[^aeiouy]$/i.test(p) ? '(?:a|u|as|ai|ā|ová|ové|ovou)?' : '';
  const surnameForms = [
    `${surnameParts.map((p) => `${spellings(p, false)}${feminineParts(p)}`).join('\\s?[-–—\\s]?\\s?')}(?:${latinCaseEndings(surnameParts.length === 1 ? surname : '')}s|e|as)?`,
  ];
  // (LT112: Hungarian lengthens a final -a before its case endings: "Ozolinát", "Ozolinának")
  if (surnameParts.length === 1 && /[^aeiou]a$/i.test(surname))
    surnameForms.push(`${spellings(surname.slice(0, -1), false)}á(?:${FINNIC_AFTER_VOWEL})`);
  // the first part of a double-barrelled surname identifies the person on its own ("Shevchuk", "Szewczuka")
  if (surnameParts.length > 1 && surnameParts[0] && surnameParts[0].length >= 5)
    surnameForms.push(
      `${spellings(surnameParts[0], false)}(?:${latinCaseEndings(surnameParts[0]).replace(/\|$/, '')})?`,
    );
  const givenSpelt = given.map((g) => spellings(g, true)).join('\\s+');
  const givenInitials = given.map((g) => `${escapeRegExp(g[0] ?? '')}(?:\\.|\\p{Ll}\\.)?`).join('\\s*');
  const givenForms = given.length
    ? `(?:(?:${givenSpelt})(?:\\s+|[._]?)|${givenInitials}(?:\\s+|(?<=\\.)))?`
    : '';
  const surnames = `(?:${surnameForms.join('|')})`;
  // (LT67: not the first part of someone else's double-barrelled surname: "Vera Ozoliņa-Kalns")
  // (LT77: a hyphen and one letter is an initial, "OZOLINA-V", not a second surname)
  const full = `${givenForms}${surnames}(?![-–](?!(?:controlled|owned|linked|backed|run|related|affiliated|led|funded|connected|associated|tied|held|managed|operated|financed|sponsored)\\b|\\p{L}(?![\\p{L}\\p{N}]))\\p{L})(?:['’]s)?`;
  const cyrillic = cyrillicPattern(given, surnameParts);
  const forms: string[] = [];
  const embedded = identifierForms(given, surnames);
  // LT96: the full name as a URL path segment ("/persons/brannikov-oleg", "/investigations/vera-ozolina-tankers"),
  // either order, and the surname spelt out in spaced capitals ("V O R O N I N", five letters or more)
  const givenSlug = given.map((g) => spellings(g, true)).join('[-_]');
  const slug = given.length
    ? `(?<=/)(?:${givenSlug}[-_]${surnames}|${surnames}[-_]${givenSlug})(?![\\p{L}\\p{N}])`
    : '';
  const spaced =
    surnameParts.length === 1 && surname.length >= 5
      ? `${[...surname.toUpperCase()].map(escapeRegExp).join('[ .]')}(?![\\p{L}\\p{N}])`
      : '';
  const declinedCyrillic = cyrillicDeclinedPattern(given, surnameParts);
  if (given.length === 0)
    return [full, cyrillic, embedded, declinedCyrillic, spaced].filter(Boolean).join('|');
  const initial = escapeRegExp(surname[0] ?? '');
  const initials = `${given.map((g) => `${escapeRegExp(g[0] ?? '')}\\.\\s?`).join('')}${initial}\\.`;
  // (LT96: the declined Cyrillic full name first, so it wins over its surname alone)
  if (declinedCyrillic) forms.push(declinedCyrillic);
  forms.push(...[slug, spaced].filter(Boolean));
  forms.push(inflectedFullName(given, surname));
  // list order, as in annexes: "TALMACH, Yuri", "VORONIN Arkady", "Voronin, A.", "Voronin A."
  const listOrder = `${surnames},?\\s+(?:${givenSpelt}|${given.map((g) => `${escapeRegExp(g[0] ?? '')}\\.`).join('\\s?')})`;
  // (the second part of a double-barrelled surname is someone else's name: "Lidia Marr", "L. Marr" are not listed)
  forms.push(listOrder, full, `${givenSpelt}\\s+${initial}\\.?`, initials, cyrillic, embedded);
  // LT55: a surname cut short after the given name ("Arkady Vor.", "Yuri Talm."), and a double-barrelled surname
  // whose first part is cut short ("Lidia Sh.-Marr", "L. Shev.-Marr"): the cut part keeps its spellings
  const cut = (part: string, from: number) =>
    Array.from({ length: Math.max(0, Math.min(4, part.length - 1) - from + 1) }, (_, k) =>
      spellings(part.slice(0, from + k), false),
    ).join('|');
  const [firstPart, secondPart] = surnameParts;
  if (surnameParts.length === 1 && surname.length >= 5)
    forms.push(`${givenSpelt}\\s+(?:${cut(surname, 2)})\\.`);
  if (surnameParts.length === 2 && firstPart && secondPart)
    forms.push(
      `(?:${givenSpelt}\\s+|${givenInitials}\\s*)?(?:${cut(firstPart, 1)})\\.\\s?[-–]\\s?${spellings(secondPart, false)}(?:['’]s)?`,
    );
  // a feminine surname written without its ending after the full given name ("Vera Ozolin")
  // (LT67: not with a Latvian man's -s, "Vera Ozolins", nor with a second change of spelling, "Vera Osolin": both
  // are other people in the development sets)
  if (surnameParts.length === 1 && /[^aeiou]a$/i.test(surname))
    forms.push(`${givenSpelt}\\s+${spellings(surname.slice(0, -1), false, true)}`);
  return forms.join('|');
}
