import { describe, expect, it } from 'vitest';
import { attributedSpans, mentionedStates as mentioned } from './attribution-spans';
import { tokenize } from './sentences';

// LT117: attribution written in Cyrillic (Russian, Ukrainian, Bulgarian) and Greek, from dev-52's, dev-53's and
// dev-55's misses and the older sets' (paraphrased here, never copied): the words are read as written, not as
// compromise's Latin look-alikes ("Россия" → "poccnr"), the threat states have their names and adjectives in those
// scripts, and the co-occurrence rule has the attack words; the state that is the target, speaks, denies or is not
// involved stays clean.

describe('LT117: threat states and their attacks in Cyrillic and Greek', () => {
  it('LT117: a Cyrillic or Greek word keeps its own letters as its normal form', () => {
    const [s] = tokenize('Россия и Ρωσία.');
    expect(s!.tokens.map((t) => t.norm).slice(0, 3)).toEqual(['россия', 'и', 'ρωσια']);
  });

  it.each([
    ['Кибератаку на порт совершила Россия.', 'Russia:Россия'],
    ['Хакеры ГРУ атаковали сеть.', 'Russia:ГРУ'],
    ['атаку здійснила російська розвідка', 'Russia:російська'],
    ['атаката е извършена от руското разузнаване', 'Russia:руското'],
    ['η ρωσική υπηρεσία πληροφοριών', 'Russia:ρωσική'],
    ['Ο ρόλος της Κίνας', 'China:Κίνας'],
  ])('LT117: "%s" mentions %s', (text, expected) => {
    expect(mentioned(text)).toContain(expected);
  });

  it.each([
    ['По данным союзников, атаку на банки провела Россия.', 'Россия'],
    ['Кібератаку на енергомережу здійснили хакери, пов’язані з ГРУ.', 'ГРУ'],
    ['Според доклада атаката срещу пристанището е дело на руското военно разузнаване.', 'руското'],
    ['Η κυβερνοεπίθεση στο λιμάνι αποδίδεται σε ομάδα που συνδέεται με τη ρωσική κυβέρνηση.', 'ρωσική'],
  ])('LT117: "%s" reads %s as the author', (text, actor) => {
    expect(attributedSpans(text).some((a) => a.includes(actor))).toBe(true);
  });

  it.each([
    'Кибератака против России была отражена за час.',
    'Россия отрицает причастность к атакам на банки.',
    'В Кремле заявили, что Россия не причастна к атакам на порт.',
    'Η Ρωσία αρνείται κάθε εμπλοκή στις επιθέσεις.',
  ])('LT117: no threat state is the author in "%s"', (text) => {
    expect(attributedSpans(text)).toEqual([]);
  });
});
