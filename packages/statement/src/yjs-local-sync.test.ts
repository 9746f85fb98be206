import { $createTextNode, $getRoot, type LexicalEditor, type TextNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { $createClauseNode, type ClauseNode } from './clause-node';
import { $readStatement } from './read';
import { createStatementEditor } from './test-support';
import { connectEditorToDoc } from './yjs-connection';

// @lexical/yjs is patched (patches/@lexical__yjs@0.52.0.patch, #18): a local update syncs to Yjs only
// the nodes it touched, not every node of the statement. These edits must all still reach the doc.

function peer(prefix: string): { doc: Y.Doc; editor: LexicalEditor; flush(): void } {
  const doc = new Y.Doc();
  const editor = createStatementEditor(prefix);
  const connection = connectEditorToDoc(editor, doc);
  return { doc, editor, flush: () => connection.flush() };
}

function $clause(index: number): ClauseNode {
  return $getRoot().getChildAtIndex(index) as ClauseNode;
}

function edit(editor: LexicalEditor, fn: () => void): void {
  editor.update(fn, { discrete: true });
}

describe('local edits of a long statement reach Yjs', () => {
  it('ST12: typing in one clause of 300, then edits beside and far from it, a new clause and a removal all sync', () => {
    const a = peer('a');
    const b = peer('b');
    edit(a.editor, () => {
      for (let i = 1; i <= 300; i++)
        $getRoot().append($createClauseNode().append($createTextNode(`Clause ${i}.`)));
    });
    const toB = () => {
      Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc)));
      b.flush();
    };
    toB();
    // One keystroke at a time in clause 150.
    for (const ch of 'abc')
      edit(a.editor, () => ($clause(149).getFirstChild() as TextNode).select().insertText(ch));
    toB();
    expect(b.editor.read($readStatement)[149]?.text).toBe('Clause 150.abc');
    // The neighbour, the first and the last clause in one update.
    edit(a.editor, () => {
      for (const i of [148, 150, 0, 299]) {
        const text = $clause(i).getFirstChild() as TextNode;
        text.setTextContent(`${text.getTextContent()} edited`);
      }
    });
    // A new clause after clause 10, a clause removed, a text node added to clause 200.
    edit(a.editor, () => $clause(9).insertAfter($createClauseNode().append($createTextNode('Inserted.'))));
    edit(a.editor, () => $clause(20).remove());
    edit(a.editor, () => $clause(199).append($createTextNode(' More.')));
    toB();
    const expected = a.editor.read($readStatement).map(({ id, text }) => ({ id, text }));
    expect(b.editor.read($readStatement).map(({ id, text }) => ({ id, text }))).toEqual(expected);
    expect(expected).toHaveLength(300);
    expect(expected[10]?.text).toBe('Inserted.');
    expect(expected[0]?.text).toBe('Clause 1. edited');
    expect(expected[299]?.text).toBe('Clause 300. edited');
  });
});
