import { describe, expect, it } from 'vitest';
import { createSseParser } from './sse-parser';

describe('createSseParser', () => {
  it('yields one message per blank-line terminated block, with its event name', () => {
    const parse = createSseParser();
    expect(parse('event: state\ndata: {"a":1}\n\n')).toEqual([{ event: 'state', data: '{"a":1}' }]);
  });

  it('joins messages split across chunks, even mid-line', () => {
    const parse = createSseParser();
    expect(parse('event: sta')).toEqual([]);
    expect(parse('te\ndata: {"a"')).toEqual([]);
    expect(parse(':1}\n\n')).toEqual([{ event: 'state', data: '{"a":1}' }]);
  });

  it('skips keep-alive comments and joins multi-line data with newlines', () => {
    const parse = createSseParser();
    expect(parse(': keep-alive\n\ndata: one\ndata: two\r\n\r\n')).toEqual([
      { event: 'message', data: 'one\ntwo' },
    ]);
  });
});
