import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { AccordError } from '../errors';
import { decodeMessage, encodeSyncStep1, encodeUpdate } from './messages';

const frame = (...parts: (number | Uint8Array | string)[]) => {
  const e = encoding.createEncoder();
  for (const p of parts) {
    if (typeof p === 'number') encoding.writeVarUint(e, p);
    else if (typeof p === 'string') encoding.writeVarString(e, p);
    else encoding.writeVarUint8Array(e, p);
  }
  return encoding.toUint8Array(e);
};

const malformed = (f: Uint8Array) => {
  try {
    decodeMessage(f);
  } catch (e) {
    return e instanceof AccordError && e.code === 'malformed_message';
  }
  return false;
};

describe('decodeMessage', () => {
  it('reads what a stock client sends: sync step 1, updates, awareness, query-awareness', () => {
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'hi');
    expect(decodeMessage(encodeSyncStep1(doc)).kind).toBe('sync-step1');
    const update = decodeMessage(encodeUpdate(Y.encodeStateAsUpdate(doc)));
    expect(update).toMatchObject({ kind: 'update', step2: false });
    const awareness = new awarenessProtocol.Awareness(doc);
    awareness.setLocalState({ user: { name: 'Ana' } });
    const raw = awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID]);
    const msg = decodeMessage(frame(1, raw));
    expect(msg).toMatchObject({
      kind: 'awareness',
      entries: [{ clientID: doc.clientID, state: { user: { name: 'Ana' } } }],
    });
    expect(decodeMessage(frame(3)).kind).toBe('query-awareness');
    awareness.destroy();
  });

  it('rejects what no honest client sends', () => {
    expect(malformed(new Uint8Array())).toBe(true);
    expect(malformed(Uint8Array.of(0x80, 0x80))).toBe(true);
    expect(malformed(frame(0, 2, Uint8Array.of(5, 200, 1, 2, 3)))).toBe(true);
    expect(malformed(Uint8Array.of(0, 2, 0x7f, 1))).toBe(true);
    expect(malformed(frame(0, 9, Uint8Array.of(0)))).toBe(true);
    expect(malformed(frame(2, 0, 'permission denied'))).toBe(true);
    expect(malformed(frame(1, frame(1, 5, 1, '{not json')))).toBe(true);
    expect(malformed(new Uint8Array([...frame(3), 7]))).toBe(true);
  });
});
