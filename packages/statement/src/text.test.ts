import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { CLAUSE_HASH_MEMORY, clauseHash, normaliseClauseText, textToClauses } from './text';

describe('clause text normalisation and hash', () => {
  it('ST1: composes to NFC so precomposed and decomposed accents are the same text', () => {
    const nfc = 'Conf\u00e9rence';
    const nfd = 'Confe\u0301rence';
    expect(nfd).not.toBe(nfc);
    expect(normaliseClauseText(nfd)).toBe(nfc);
  });

  it('ST1: collapses every whitespace run (tabs, newlines, NBSP) to one space and trims', () => {
    expect(normaliseClauseText('  The\tParties \n\n  agree\u00a0 to  ')).toBe('The Parties agree to');
  });

  it('ST2: hash is the SHA-256 hex of the normalised text', () => {
    // sha256("abc") is the FIPS 180-2 test vector.
    expect(clauseHash('  abc ')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('ST2: NFC/NFD and whitespace variants hash equal; a real change does not', () => {
    const base = clauseHash('Les Parties se r\u00e9jouissent');
    expect(clauseHash('Les  Parties\nse re\u0301jouissent ')).toBe(base);
    expect(clauseHash('Les Parties se rejouissent')).not.toBe(base);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
  });

  it('ST2: brackets are part of the hashed text', () => {
    expect(clauseHash('We [strongly] agree')).not.toBe(clauseHash('We strongly agree'));
  });

  it('ST18: a remembered hash is the hash, also for a text hashed again after it was forgotten', () => {
    const direct = (text: string) => bytesToHex(sha256(utf8ToBytes(normaliseClauseText(text))));
    const first = 'Clause 1: the participants\u00a0reaffirm  their commitment.';
    expect(clauseHash(first)).toBe(direct(first));
    expect(clauseHash(first)).toBe(direct(first));
    // More distinct texts than are remembered: the first is forgotten, then hashed again.
    for (let i = 0; i <= CLAUSE_HASH_MEMORY; i++) clauseHash(`Clause ${i}: text ${i}.`);
    expect(clauseHash(first)).toBe(direct(first));
    expect(clauseHash('Clause 7: text 7.')).toBe(direct('Clause 7: text 7.'));
    expect(clauseHash(`${first} more`)).not.toBe(clauseHash(first));
  });

  it('ST3: splits pasted text on blank lines, trims and drops empty parts', () => {
    const text = '\n\nFirst clause\ncontinues.\n\n  \r\n\r\nSecond clause. \n \t \nThird\n\n\n';
    expect(textToClauses(text)).toEqual(['First clause\ncontinues.', 'Second clause.', 'Third']);
    expect(textToClauses('   \n\n ')).toEqual([]);
  });
});
