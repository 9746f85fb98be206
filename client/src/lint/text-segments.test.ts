import { describe, expect, it } from 'vitest';
import { piecesForSpan, type TextSegment } from './text-segments';

// "We note [carried out by X] today": the bracket's "[" is offset 8 and "]" offset 25 (no text nodes).
const segments: TextSegment[] = [
  { key: 'a', start: 0, end: 8 },
  { key: 'b', start: 9, end: 25 },
  { key: 'c', start: 26, end: 32 },
];

describe('piecesForSpan', () => {
  it('maps a span inside one text node to node-relative offsets', () => {
    expect(piecesForSpan(segments, 12, 19)).toEqual([{ key: 'b', from: 3, to: 10 }]);
  });

  it('splits a span across a bracket boundary and skips the bracket characters', () => {
    expect(piecesForSpan(segments, 3, 12)).toEqual([
      { key: 'a', from: 3, to: 8 },
      { key: 'b', from: 0, to: 3 },
    ]);
  });

  it('returns nothing for an empty span or one past the end', () => {
    expect(piecesForSpan(segments, 5, 5)).toEqual([]);
    expect(piecesForSpan(segments, 40, 50)).toEqual([]);
  });
});
