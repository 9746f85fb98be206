import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  $parseSerializedNode,
  COLLABORATION_TAG,
  type LexicalEditor,
  ParagraphNode,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import { $createBracketNode } from './bracket-node';
import { $createClauseNode, $isClauseNode, type ClauseNode } from './clause-node';
import { $readStatement } from './read';
import { createStatementEditor } from './test-support';

function seed(editor: LexicalEditor, texts: string[]): void {
  editor.update(
    () => {
      for (const text of texts) $getRoot().append($createClauseNode().append($createTextNode(text)));
    },
    { discrete: true },
  );
}

function clauses(editor: LexicalEditor): Array<{ id: string; text: string }> {
  return editor.read(() => $readStatement().map(({ id, text }) => ({ id, text })));
}

function $clause(index: number): ClauseNode {
  const node = $getRoot().getChildAtIndex(index);
  if (!$isClauseNode(node)) throw new Error(`no clause at ${index}`);
  return node;
}

describe('ClauseNode conventions', () => {
  it('ST4: $createParagraphNode yields a clause with an id, so Lexical-made paragraphs are clauses', () => {
    const editor = createStatementEditor();
    editor.update(
      () => {
        const paragraph = $createParagraphNode();
        expect($isClauseNode(paragraph)).toBe(true);
        $getRoot().append(paragraph);
      },
      { discrete: true },
    );
    expect(clauses(editor)).toEqual([{ id: 'c1', text: '' }]);
  });

  it('ST4: a plain paragraph or bare text under the root is turned into a clause, keeping its text', () => {
    const editor = createStatementEditor();
    editor.update(
      () => {
        $getRoot().append(new ParagraphNode().append($createTextNode('from an old client')));
        $getRoot().append($createBracketNode('FR').append($createTextNode('stray')));
      },
      { discrete: true },
    );
    editor.read(() => {
      expect($getRoot().getChildren().every($isClauseNode)).toBe(true);
    });
    expect(clauses(editor).map((c) => c.text)).toEqual(['from an old client', '[stray]']);
  });

  it('ST4: JSON export/import round-trips the clause id', () => {
    const editor = createStatementEditor();
    seed(editor, ['One.', 'Two.']);
    const json = JSON.stringify(editor.getEditorState().toJSON());
    expect(json).toContain('"type":"clause"');
    expect(json).toContain('"clauseId":"c2"');
    const other = createStatementEditor('z');
    other.setEditorState(other.parseEditorState(json));
    expect(clauses(other)).toEqual(clauses(editor));
  });
});

describe('clause ids', () => {
  it('ST5: a duplicate inserted after the original gets a new id; the original keeps its id', () => {
    const editor = createStatementEditor();
    seed(editor, ['Original.']);
    editor.update(
      () => {
        $getRoot().append($createClauseNode('c1').append($createTextNode('Copy.')));
      },
      { discrete: true },
    );
    expect(clauses(editor)).toEqual([
      { id: 'c1', text: 'Original.' },
      { id: 'c2', text: 'Copy.' },
    ]);
  });

  it('ST5: a pasted copy placed before the original does not take its id', () => {
    const editor = createStatementEditor();
    seed(editor, ['Original.']);
    const serialized = editor.read(() => $clause(0).exportJSON());
    editor.update(
      () => {
        const copy = $parseSerializedNode({ ...serialized, children: [] });
        $clause(0).insertBefore(copy);
        if ($isClauseNode(copy)) copy.append($createTextNode('Pasted copy.'));
      },
      { discrete: true },
    );
    expect(clauses(editor)).toEqual([
      { id: 'c2', text: 'Pasted copy.' },
      { id: 'c1', text: 'Original.' },
    ]);
  });

  it('ST5: two new clauses created with one id: the first in document order keeps it', () => {
    const editor = createStatementEditor();
    editor.update(
      () => {
        $getRoot().append(
          $createClauseNode('x').append($createTextNode('A')),
          $createClauseNode('x').append($createTextNode('B')),
        );
      },
      { discrete: true },
    );
    expect(clauses(editor)).toEqual([
      { id: 'x', text: 'A' },
      { id: 'c1', text: 'B' },
    ]);
  });

  it('ST5: duplicates arriving from a peer (transforms skipped) are repaired right after', () => {
    const editor = createStatementEditor();
    seed(editor, ['Original.']);
    editor.update(
      () => {
        $getRoot().append($createClauseNode('c1').append($createTextNode('Remote copy.')));
      },
      { discrete: true, skipTransforms: true, tag: COLLABORATION_TAG },
    );
    expect(clauses(editor)).toEqual([
      { id: 'c1', text: 'Original.' },
      { id: 'c2', text: 'Remote copy.' },
    ]);
  });

  it("ST17: a clause given another clause's id in place (the root's children unchanged) is still repaired", () => {
    const editor = createStatementEditor();
    seed(editor, ['A', 'B', 'C']);
    editor.update(() => $clause(2).setClauseId('c1'), { discrete: true });
    expect(clauses(editor)).toEqual([
      { id: 'c1', text: 'A' },
      { id: 'c2', text: 'B' },
      { id: 'c4', text: 'C' },
    ]);
    // The same from a peer (transforms skipped): checked after commit.
    editor.update(() => $clause(1).setClauseId('c1'), {
      discrete: true,
      skipTransforms: true,
      tag: COLLABORATION_TAG,
    });
    expect(clauses(editor).map((c) => c.id)).toEqual(['c1', 'c5', 'c4']);
  });

  it("ST17: typing inside a clause checks only that clause: a duplicate committed with transforms skipped stays until the root's children change", () => {
    const editor = createStatementEditor();
    seed(editor, ['A', 'B', 'C']);
    editor.update(() => $clause(2).setClauseId('c1'), { discrete: true, skipTransforms: true });
    expect(clauses(editor).map((c) => c.id)).toEqual(['c1', 'c2', 'c1']);
    editor.update(
      () => {
        const text = $clause(1).getFirstChild();
        if ($isTextNode(text)) text.setTextContent('B, edited');
      },
      { discrete: true },
    );
    expect(clauses(editor)).toEqual([
      { id: 'c1', text: 'A' },
      { id: 'c2', text: 'B, edited' },
      { id: 'c1', text: 'C' },
    ]);
    editor.update(() => $clause(1).append($createTextNode(' (remote)')), {
      discrete: true,
      tag: COLLABORATION_TAG,
    });
    // No whole-document pass ran for these keystrokes (it would have repaired the duplicate).
    expect(clauses(editor).map((c) => c.id)).toEqual(['c1', 'c2', 'c1']);
    editor.update(() => $getRoot().append($createClauseNode().append($createTextNode('D'))), {
      discrete: true,
    });
    expect(new Set(clauses(editor).map((c) => c.id)).size).toBe(4);
  });

  it('ST17: a keystroke that also writes the root node (as the browser reconciler caches its text) scans nothing: regression, every remote keystroke scanned all clauses', () => {
    const editor = createStatementEditor();
    seed(editor, ['A', 'B', 'C']);
    editor.update(() => $clause(2).setClauseId('c1'), { discrete: true, skipTransforms: true });
    for (const tag of [undefined, COLLABORATION_TAG]) {
      editor.update(
        () => {
          $getRoot().getWritable();
          const text = $clause(1).getFirstChild();
          if ($isTextNode(text)) text.setTextContent(`${text.getTextContent()}!`);
        },
        { discrete: true, ...(tag ? { tag } : {}) },
      );
    }
    // A whole-document pass would have repaired the duplicate id.
    expect(clauses(editor).map((c) => c.id)).toEqual(['c1', 'c2', 'c1']);
    // A change of the root's children with the same size still is one: two clauses swapped.
    editor.update(
      () => {
        const first = $clause(0);
        $clause(1).insertAfter(first);
      },
      { discrete: true, tag: COLLABORATION_TAG },
    );
    expect(new Set(clauses(editor).map((c) => c.id)).size).toBe(3);
  });

  it('ST5: restoring an earlier editor state (undo) never leaves two clauses with one id', () => {
    const editor = createStatementEditor();
    seed(editor, ['A', 'B']);
    const before = editor.getEditorState();
    editor.update(
      () => {
        $clause(1).remove();
        $getRoot().append($createClauseNode('c2').append($createTextNode('B again')));
      },
      { discrete: true },
    );
    editor.setEditorState(before);
    editor.update(
      () => {
        $getRoot().append($createClauseNode('c2').append($createTextNode('redo')));
      },
      { discrete: true },
    );
    const ids = clauses(editor).map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.slice(0, 2)).toEqual(['c1', 'c2']);
  });

  it('ST6: Enter in the middle of a clause gives the second part a new id; the first keeps its id', () => {
    const editor = createStatementEditor();
    seed(editor, ['Alpha beta']);
    editor.update(
      () => {
        $clause(0).getFirstDescendant()?.selectStart();
        const selection = $getSelection();
        if (!$isRangeSelection(selection)) throw new Error('no selection');
        selection.anchor.offset = 5;
        selection.focus.offset = 5;
        selection.insertParagraph();
      },
      { discrete: true },
    );
    expect(clauses(editor)).toEqual([
      { id: 'c1', text: 'Alpha' },
      { id: 'c2', text: ' beta' },
    ]);
  });

  it('ST6: Enter at the start of a clause leaves its text under its id', () => {
    const editor = createStatementEditor();
    seed(editor, ['Alpha']);
    editor.update(
      () => {
        $clause(0).selectStart();
        const selection = $getSelection();
        if (!$isRangeSelection(selection)) throw new Error('no selection');
        selection.insertParagraph();
      },
      { discrete: true },
    );
    expect(clauses(editor)).toEqual([
      { id: 'c2', text: '' },
      { id: 'c1', text: 'Alpha' },
    ]);
    editor.read(() => {
      const selection = $getSelection();
      expect($isRangeSelection(selection) && selection.anchor.getNode().getTextContent()).toBe('Alpha');
    });
  });

  it('ST6: merging two clauses (Backspace at the start of the second) keeps the first id', () => {
    const editor = createStatementEditor();
    seed(editor, ['First.', ' Second.']);
    editor.update(
      () => {
        $clause(1).selectStart();
        const selection = $getSelection();
        if (!$isRangeSelection(selection)) throw new Error('no selection');
        selection.deleteCharacter(true);
      },
      { discrete: true },
    );
    expect(clauses(editor)).toEqual([{ id: 'c1', text: 'First. Second.' }]);
  });

  it('ST6: deleting a selection across clauses keeps the first id', () => {
    const editor = createStatementEditor();
    seed(editor, ['Keep this', 'drop that', 'and end']);
    editor.update(
      () => {
        const first = $clause(0).getFirstDescendant();
        const last = $clause(2).getFirstDescendant();
        if (first === null || last === null) throw new Error('missing text');
        const selection = first.selectStart();
        selection.anchor.set(first.getKey(), 4, 'text');
        selection.focus.set(last.getKey(), 3, 'text');
        selection.removeText();
      },
      { discrete: true },
    );
    expect(clauses(editor)).toEqual([{ id: 'c1', text: 'Keep end' }]);
  });
});
