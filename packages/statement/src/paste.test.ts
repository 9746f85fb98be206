import { describe, expect, it } from 'vitest';
import { pastedParagraphs } from './paste';

describe('pasted text', () => {
  it('ST16: paragraphs separated by blank lines become one clause each, empty ones never', () => {
    expect(pastedParagraphs('First one.\n\n\n  \nSecond,\nwrapped.\r\n\r\nThird.\n\n')).toEqual([
      'First one.',
      'Second, wrapped.',
      'Third.',
    ]);
  });

  it('ST16: text without blank lines has one paragraph per line', () => {
    expect(pastedParagraphs('Line one.\nLine two.\n')).toEqual(['Line one.', 'Line two.']);
  });

  it('ST16: whitespace alone pastes nothing', () => {
    expect(pastedParagraphs(' \n\n\t\n')).toEqual([]);
  });
});
