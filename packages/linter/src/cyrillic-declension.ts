/**
 * LT96: the case forms Russian and Ukrainian give a person's name, by the name's ending (a table of endings, not of
 * names). A masculine surname in -ин/-ов/-ев has a genitive and accusative in -а that is also the nominative of the
 * feminine surname ("Воронина" is his genitive and a woman's name): those forms come back apart as `ambiguous`.
 */
export interface DeclinedForms {
  forms: string[];
  ambiguous: string[];
}

interface Paradigm {
  /** the ending it applies to (on the lower-case Cyrillic word) */
  ending: RegExp;
  /** letters taken off the end before an ending is added */
  cut: number;
  endings: string[];
  ambiguous?: string[];
}

const VOWEL_FINAL = /[аеёиіїоуыэюяєй]$/;

const GIVEN: Paradigm[] = [
  // Аркадий, Юрій: Аркадия, Аркадию, Аркадием, Аркадии; Аркадія, Аркадію, Аркадієм, Аркадії
  { ending: /[иі]й$/, cut: 1, endings: ['я', 'ю', 'ем', 'єм', 'и', 'ї'] },
  // Лидия, Лідія: Лидии, Лидию, Лидией; Лідії, Лідію, Лідією
  { ending: /[иі]я$/, cut: 1, endings: ['и', 'ю', 'ей', 'ї', 'єю', 'ею'] },
  // Вера, Віра: Веры, Вере, Веру, Верой; Віри, Вірі, Віру, Вірою
  { ending: /а$/, cut: 1, endings: ['ы', 'е', 'у', 'ой', 'ою', 'и', 'і'] },
  // Олег: Олега, Олегу, Олегом, Олеге; Олегові, Олезі is left out (a changed stem)
  { ending: /[бвгджзклмнпрстфхцчшщ]$/, cut: 0, endings: ['а', 'у', 'ом', 'е', 'ові', 'еві', 'ем', 'і'] },
];

const SURNAME_MASCULINE: Paradigm[] = [
  // Воронин, Бранников, Воронін: Воронину, Ворониным, Воронине; Вороніну, Вороніним, Вороніні, Воронінові
  {
    ending: /(?:ин|ын|ін|ов|ев|ёв|ів)$/,
    cut: 0,
    endings: ['у', 'ым', 'им', 'е', 'і', 'ові', 'ом'],
    ambiguous: ['а'],
  },
  // Талмач, Шевчук: Талмача, Талмачу, Талмачом, Талмачем, Талмаче, Талмачеві
  { ending: /[бвгджзклмнпрстфхцчшщ]$/, cut: 0, endings: ['а', 'у', 'ом', 'ем', 'е', 'еві', 'ові', 'і'] },
];

const SURNAME_FEMININE: Paradigm[] = [
  // Озолина, Озоліна: Озолиной, Озолину, Озолиною; Озоліної, Озоліній, Озоліну, Озоліною
  { ending: /(?:ина|іна|ова|ева|ына)$/, cut: 1, endings: ['ой', 'у', 'ою', 'ої', 'ій', 'ы'] },
];

function apply(word: string, paradigms: Paradigm[]): DeclinedForms {
  const w = word.toLowerCase();
  const p = paradigms.find((x) => x.ending.test(w));
  if (!p) return { forms: [], ambiguous: [] };
  const stem = w.slice(0, w.length - p.cut);
  return { forms: p.endings.map((e) => stem + e), ambiguous: (p.ambiguous ?? []).map((e) => stem + e) };
}

/** A given name's oblique forms. */
export function declineGiven(word: string): string[] {
  return apply(word, GIVEN).forms;
}

/**
 * A surname's oblique forms. A woman's surname that ends in a consonant does not decline ("Лидии Шевчук-Марр"); a
 * feminine surname in -а takes the feminine endings; a man's surname the masculine ones.
 */
export function declineSurname(word: string, feminine: boolean): DeclinedForms {
  const w = word.toLowerCase();
  if (/а$/.test(w)) return apply(w, SURNAME_FEMININE);
  if (feminine && !VOWEL_FINAL.test(w)) return { forms: [], ambiguous: [] };
  return apply(w, SURNAME_MASCULINE);
}

const ADJECTIVE: Paradigm[] = [
  // Ukrainian російський: російська, російське, російські, російського, російському, російським, російськім,
  // російській, російську, російською, російської, російських, російськими
  {
    ending: /(?:сь|ць)кий$/,
    cut: 2,
    endings: ['ий', 'а', 'е', 'і', 'ого', 'ому', 'им', 'ім', 'ій', 'у', 'ою', 'ої', 'их', 'ими'],
  },
  // Russian российский, русский: российская, российское, российские, российского, российскому, российским,
  // российском, российской, российскую, российскою, российских, российскими
  {
    ending: /[сц]кий$/,
    cut: 2,
    endings: ['ий', 'ая', 'ое', 'ие', 'ого', 'ому', 'им', 'ом', 'ой', 'ую', 'ою', 'их', 'ими'],
  },
  // Bulgarian руски: руска, руско, руските, руския, руският, руската, руското
  { ending: /[сц]ки$/, cut: 1, endings: ['и', 'а', 'о', 'ите', 'ия', 'ият', 'ата', 'ото'] },
];

/**
 * LT119: the forms of a Russian, Ukrainian or Bulgarian adjective of nationality from its masculine nominative
 * ("російський" → "російською", "российский" → "российскую", "руски" → "руският"); nothing for another word.
 */
export function declineAdjective(word: string): string[] {
  return apply(word, ADJECTIVE).forms;
}
