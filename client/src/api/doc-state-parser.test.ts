import { type DocStateEvent, docStateEventSchema } from '@accord/protocol';
import { describe, expect, it } from 'vitest';
import {
  createDocStateDeltaApplier,
  createDocStateDeltaParser,
  type DocStateParseResult,
} from './doc-state-parser';

/** Both halves of the live state parser on one thread, as the page runs them where there is no worker. */
function createDocStateParser(): (data: string) => DocStateParseResult {
  const parse = createDocStateDeltaParser();
  const apply = createDocStateDeltaApplier();
  return (data) => apply(parse(data));
}

const parties = ['FR', 'DE', 'UK'];

function state(clauses: number, edited = -1, text = 'edited'): DocStateEvent {
  return {
    type: 'state',
    docId: 'd1',
    parties,
    status: 'drafting',
    summary: Object.fromEntries(
      parties.map((p) => [p, { approved: 0, pending: clauses, stale: 0, objection: 0, reserve: 0 }]),
    ),
    blockers: Array.from({ length: clauses }, (_, i) => ({
      clauseId: `c${i}`,
      index: i + 1,
      party: 'FR',
      reason: 'pending',
    })),
    clauses: Array.from({ length: clauses }, (_, i) => ({
      id: `c${i}`,
      index: i + 1,
      text: i === edited ? text : `Clause ${i} of the statement.`,
      hash: i === edited ? `h${i}-${text}` : `h${i}`,
      bracketed: false,
      approvals: Object.fromEntries(parties.map((p) => [p, { state: 'pending', stale: false }])),
    })),
    suppressions: [],
  };
}

describe('the live state parser (#18)', () => {
  it('gives what the protocol schema gives', () => {
    const parse = createDocStateParser();
    const pushed = state(5);
    const result = parse(JSON.stringify(pushed));
    expect(result).toEqual({ success: true, data: docStateEventSchema.parse(pushed) });
  });

  it('keeps the parsed object of every clause a push did not change, and only those', () => {
    const parse = createDocStateParser();
    const first = parse(JSON.stringify(state(300)));
    const second = parse(JSON.stringify(state(300, 150)));
    if (!first.success || !second.success) throw new Error('expected valid states');
    expect(second.data.clauses[150]?.text).toBe('edited');
    expect(second.data.clauses[150]).not.toBe(first.data.clauses[150]);
    const kept = second.data.clauses.filter((c, i) => c === first.data.clauses[i]);
    expect(kept).toHaveLength(299);
    expect(second.data.blockers[7]).toBe(first.data.blockers[7]);
  });

  it('still refuses a push whose changed clause breaks the contract, then recovers', () => {
    const parse = createDocStateParser();
    parse(JSON.stringify(state(10)));
    const bad = JSON.parse(JSON.stringify(state(10))) as { clauses: { text: unknown }[] };
    (bad.clauses[4] as { text: unknown }).text = 42;
    const refused = parse(JSON.stringify(bad));
    expect(refused.success).toBe(false);
    expect(parse(JSON.stringify(state(10, 4))).success).toBe(true);
  });

  it('reads any JSON layout and any clause text as the schema does (spaces, escapes, brackets in text)', () => {
    const parse = createDocStateParser();
    const pushed = state(4, 2, 'a "quoted" [bracket], {brace}: \\ back\nslash');
    (pushed.clauses[0] as { text: string }).text = 'ends in a backslash \\';
    (pushed.clauses[1] as { text: string }).text = 'a quote after backslashes \\\\\\"]';
    pushed.suppressions = [
      {
        ruleId: 'R',
        clauseId: 'c2',
        clauseHash: 'h',
        start: 0,
        end: 1,
        policy: 'FR',
        reason: 'ok',
        by: 'FR',
        at: 'now',
      },
    ];
    expect(parse(JSON.stringify(pushed, null, 2))).toEqual({
      success: true,
      data: docStateEventSchema.parse(pushed),
    });
    expect(parse(JSON.stringify(pushed))).toEqual({ success: true, data: docStateEventSchema.parse(pushed) });
  });

  it('refuses a push whose shell breaks the contract (unknown status) and text that is not JSON', () => {
    const parse = createDocStateParser();
    expect(parse(JSON.stringify({ ...state(2), status: 'finished' })).success).toBe(false);
    expect(parse('{"type":').success).toBe(false);
    expect(parse(JSON.stringify(state(2)).replace(/\}\]/, '},]')).success).toBe(false);
    expect(parse(JSON.stringify({ ...state(2), clauses: null })).success).toBe(false);
  });

  it('sends a changed clause alone between threads: unchanged items are null in the delta, put back by the applier', () => {
    const parse = createDocStateDeltaParser();
    const apply = createDocStateDeltaApplier();
    // structuredClone: what postMessage does to the delta between the worker and the page
    const first = apply(structuredClone(parse(JSON.stringify(state(300)))));
    const delta = parse(JSON.stringify(state(300, 150)));
    if (!delta.success || !first.success) throw new Error('expected valid states');
    expect(delta.data.clauses.filter((c) => c !== null)).toHaveLength(1);
    expect(delta.data.blockers.every((b) => b === null)).toBe(true);
    const second = apply(structuredClone(delta));
    if (!second.success) throw new Error('expected a valid state');
    expect(second.data).toEqual(docStateEventSchema.parse(state(300, 150)));
    expect(second.data.clauses.filter((c, i) => c === first.data.clauses[i])).toHaveLength(299);
  });

  it('keeps both halves in step across a refused push (the refused one changed a clause before its bad blocker)', () => {
    const parse = createDocStateDeltaParser();
    const apply = createDocStateDeltaApplier();
    apply(parse(JSON.stringify(state(10))));
    const bad = JSON.parse(JSON.stringify(state(10, 3, 'changed'))) as { blockers: { reason: unknown }[] };
    (bad.blockers[2] as { reason: unknown }).reason = 42;
    expect(apply(parse(JSON.stringify(bad))).success).toBe(false);
    const after = apply(parse(JSON.stringify(state(10, 3, 'changed'))));
    if (!after.success) throw new Error('expected a valid state');
    expect(after.data.clauses[3]?.text).toBe('changed');
    expect(after.data).toEqual(docStateEventSchema.parse(state(10, 3, 'changed')));
  });
});
