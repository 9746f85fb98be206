import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createHeadlessStatement } from './headless';
import { sequentialIds } from './test-support';
import { clauseHash } from './text';

function syncBoth(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('headless statement over a Y.Doc', () => {
  it('ST13: appendClauses writes synchronously: the doc holds the change when the call returns', () => {
    const doc = new Y.Doc();
    const statement = createHeadlessStatement(doc, { newId: sequentialIds('s') });
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    expect(statement.appendClauses(['First.', 'Second\nline.'])).toEqual(['s1', 's2']);
    expect(updates.length).toBeGreaterThan(0);
    expect(statement.read()).toEqual([
      { id: 's1', index: 1, text: 'First.', hash: clauseHash('First.'), brackets: [] },
      { id: 's2', index: 2, text: 'Second\nline.', hash: clauseHash('Second line.'), brackets: [] },
    ]);
    statement.destroy();
  });

  it('ST12: a view opened on an existing doc reads what another view wrote', () => {
    const doc = new Y.Doc();
    const writer = createHeadlessStatement(doc, { newId: sequentialIds('w') });
    writer.appendClauses(['Alpha.', 'Beta.']);
    writer.destroy();
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    const reader = createHeadlessStatement(copy);
    expect(reader.read().map((c) => [c.id, c.text])).toEqual([
      ['w1', 'Alpha.'],
      ['w2', 'Beta.'],
    ]);
    reader.destroy();
  });

  it('ST13: setClauseText on one doc shows on the other right after the update is applied', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const sa = createHeadlessStatement(a, { newId: sequentialIds('a') });
    const sb = createHeadlessStatement(b, { newId: sequentialIds('b') });
    a.on('update', (update: Uint8Array) => Y.applyUpdate(b, update));
    sa.appendClauses(['The Parties agree.', 'They meet again.']);
    expect(sb.read().map((c) => c.text)).toEqual(['The Parties agree.', 'They meet again.']);
    expect(sa.setClauseText('a2', 'They will meet again in 2026.')).toBe(true);
    const [, second] = sb.read();
    expect(second).toMatchObject({ id: 'a2', index: 2, text: 'They will meet again in 2026.' });
    expect(second?.hash).toBe(clauseHash('They will meet again in 2026.'));
    sa.destroy();
    sb.destroy();
  });

  it('ST13: setClauseText returns false for an unknown clause and leaves the doc alone', () => {
    const doc = new Y.Doc();
    const statement = createHeadlessStatement(doc);
    statement.appendClauses(['Only clause.']);
    const before = Y.encodeStateVector(doc);
    expect(statement.setClauseText('nope', 'x')).toBe(false);
    expect(Y.encodeStateVector(doc)).toEqual(before);
    statement.destroy();
  });

  it('ST13: plain text with brackets stays plain text (no bracket nodes are created)', () => {
    const doc = new Y.Doc();
    const statement = createHeadlessStatement(doc, { newId: sequentialIds('s') });
    statement.appendClauses(['x']);
    statement.setClauseText('s1', 'We [strongly] agree.');
    expect(statement.read()[0]).toMatchObject({ text: 'We [strongly] agree.', brackets: [] });
    statement.destroy();
  });

  it('ST14: concurrent edits on two docs converge once synced both ways, ids stay unique', () => {
    const a = new Y.Doc();
    const sa = createHeadlessStatement(a, { newId: sequentialIds('a') });
    sa.appendClauses(['One.', 'Two.', 'Three.']);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const sb = createHeadlessStatement(b, { newId: sequentialIds('b') });

    sa.setClauseText('a1', 'One, edited by A.');
    sa.appendClauses(['Four from A.']);
    sb.setClauseText('a3', 'Three, edited by B.');
    sb.appendClauses(['Four from B.']);
    syncBoth(a, b);

    const viewA = sa.read();
    expect(sb.read()).toEqual(viewA);
    expect(viewA.map((c) => c.text).slice(0, 3)).toEqual([
      'One, edited by A.',
      'Two.',
      'Three, edited by B.',
    ]);
    expect(
      viewA
        .map((c) => c.text)
        .slice(3)
        .sort(),
    ).toEqual(['Four from A.', 'Four from B.']);
    const ids = viewA.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    sa.destroy();
    sb.destroy();
  });

  it('ST14: destroy() detaches: later doc changes neither throw nor reach the view, the doc is untouched', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const sa = createHeadlessStatement(a, { newId: sequentialIds('a') });
    const sb = createHeadlessStatement(b);
    sa.appendClauses(['Before.']);
    syncBoth(a, b);
    sb.destroy();
    sa.appendClauses(['After.']);
    expect(() => syncBoth(a, b)).not.toThrow();
    expect(b.get('root', Y.XmlText).toDelta()).toHaveLength(2);
    expect(() => sb.appendClauses(['x'])).toThrow();
    sa.destroy();
  });
});
