import { escapeRegExp } from './escape-regexp';

/**
 * One pattern for a restricted name in any form: full name, surname alone, initial plus surname
 * ("A. Voronin", "A Voronin"), possessive ("Voronin's"), and a hyphenated surname's parts spelt with a space.
 */
export function namePattern(fullName: string): string {
  const parts = fullName.trim().split(/\s+/);
  const surname = parts[parts.length - 1] ?? fullName;
  const given = parts.slice(0, -1);
  const surnameParts = surname.split('-');
  const surnameForms = [surnameParts.map(escapeRegExp).join('[-\\s]?')];
  // the first part of a double-barrelled surname identifies the person on its own ("Shevchuk")
  if (surnameParts.length > 1 && surnameParts[0] && surnameParts[0].length >= 5)
    surnameForms.push(escapeRegExp(surnameParts[0]));
  const givenForms = given.length
    ? `(?:(?:${given.map(escapeRegExp).join('\\s+')}|${given.map((g) => `${escapeRegExp(g[0] ?? '')}\\.?`).join('\\s*')})\\s+)?`
    : '';
  return `${givenForms}(?:${surnameForms.join('|')})(?:['’]s)?`;
}
