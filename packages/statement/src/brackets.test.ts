import { $createTextNode, $getRoot, type LexicalEditor, type TextNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $createBracketNode, $isBracketNode, type BracketNode } from './bracket-node';
import { $bracketSelection, $removeBracket } from './brackets';
import { $createClauseNode, $isClauseNode } from './clause-node';
import { $readStatement, type ClauseView } from './read';
import { createStatementEditor } from './test-support';
import { clauseHash } from './text';

function seed(editor: LexicalEditor, texts: string[]): void {
  editor.update(
    () => {
      for (const text of texts) $getRoot().append($createClauseNode().append($createTextNode(text)));
    },
    { discrete: true },
  );
}

function $text(clauseIndex: number): TextNode {
  const clause = $getRoot().getChildAtIndex(clauseIndex);
  const text = $isClauseNode(clause) ? clause.getFirstDescendant() : null;
  if (text === null) throw new Error('no text');
  return text as TextNode;
}

function $firstBracket(): BracketNode {
  const found = $getRoot()
    .getAllTextNodes()
    .map((text) => text.getParent())
    .find($isBracketNode);
  if (!found) throw new Error('no bracket');
  return found;
}

function bracket(
  editor: LexicalEditor,
  from: number,
  to: number,
  delegation = 'FR',
  alternatives?: string[],
) {
  let result = false;
  editor.update(
    () => {
      $text(0).select(from, to);
      result = $bracketSelection(delegation, alternatives);
    },
    { discrete: true },
  );
  return result;
}

function read(editor: LexicalEditor): ClauseView[] {
  return editor.read($readStatement);
}

describe('bracketed text', () => {
  it('ST8/ST10: brackets the selected span for a delegation, with alternatives', () => {
    const editor = createStatementEditor();
    seed(editor, ['The Parties shall cooperate closely.']);
    expect(bracket(editor, 12, 17, 'US', ['should', 'may'])).toBe(true);
    const [clause] = read(editor);
    expect(clause?.text).toBe('The Parties [shall] cooperate closely.');
    expect(clause?.brackets).toEqual([
      { delegation: 'US', text: 'shall', start: 12, end: 19, alternatives: ['should', 'may'] },
    ]);
    expect(clause?.hash).toBe(clauseHash('The Parties [shall] cooperate closely.'));
  });

  it('ST7: bracket offsets are UTF-16 offsets into the clause text, incl. the brackets', () => {
    const editor = createStatementEditor();
    seed(editor, ['Ré 🌍 one two three']);
    editor.update(
      () => {
        const text = $text(0);
        text.select(6, 9);
        $bracketSelection('FR');
      },
      { discrete: true },
    );
    editor.update(
      () => {
        const last = $getRoot().getAllTextNodes().at(-1);
        if (!last) throw new Error('no text');
        last.select(5, 10);
        $bracketSelection('EU', ['3']);
      },
      { discrete: true },
    );
    const [clause] = read(editor);
    expect(clause?.text).toBe('Ré 🌍 [one] two [three]');
    for (const b of clause?.brackets ?? []) {
      expect(clause?.text.slice(b.start, b.end)).toBe(`[${b.text}]`);
    }
    expect(clause?.brackets.map((b) => [b.delegation, b.start, b.end])).toEqual([
      ['FR', 6, 11],
      ['EU', 16, 23],
    ]);
  });

  it('ST10: refuses a collapsed selection, a selection across clauses and one overlapping a bracket', () => {
    const editor = createStatementEditor();
    seed(editor, ['First clause', 'Second clause']);
    expect(bracket(editor, 3, 3)).toBe(false);
    let across = true;
    editor.update(
      () => {
        const selection = $text(0).select(2, 2);
        selection.focus.set($text(1).getKey(), 3, 'text');
        across = $bracketSelection('FR');
      },
      { discrete: true },
    );
    expect(across).toBe(false);
    expect(bracket(editor, 0, 5)).toBe(true);
    let overlap = true;
    editor.update(
      () => {
        const inside = $firstBracket().getFirstDescendant() as TextNode;
        inside.select(2, 4);
        overlap = $bracketSelection('US');
      },
      { discrete: true },
    );
    expect(overlap).toBe(false);
    expect(read(editor).map((c) => c.text)).toEqual(['[First] clause', 'Second clause']);
  });

  it('ST8: a clause shows every bracket that stands in it, with its delegation', () => {
    const editor = createStatementEditor();
    seed(editor, ['alpha beta gamma']);
    bracket(editor, 11, 16, 'UK');
    bracket(editor, 0, 5, 'FR');
    expect(read(editor)[0]?.brackets.map((b) => [b.delegation, b.text])).toEqual([
      ['FR', 'alpha'],
      ['UK', 'gamma'],
    ]);
  });

  it('ST11: removing a bracket keeps its text and is an ordinary edit (the hash changes back)', () => {
    const editor = createStatementEditor();
    seed(editor, ['We welcome the agreement.']);
    const plainHash = read(editor)[0]?.hash;
    bracket(editor, 3, 10);
    expect(read(editor)[0]?.hash).not.toBe(plainHash);
    editor.update(() => $removeBracket($firstBracket()), { discrete: true });
    const [clause] = read(editor);
    expect(clause).toMatchObject({ text: 'We welcome the agreement.', brackets: [], hash: plainHash });
    editor.read(() => {
      expect($getRoot().getAllTextNodes()).toHaveLength(1);
    });
  });

  it('ST9: an emptied bracket disappears and a nested bracket is unwrapped', () => {
    const editor = createStatementEditor();
    seed(editor, ['one two']);
    bracket(editor, 0, 3);
    editor.update(
      () => {
        const outer = $firstBracket();
        outer.append($createBracketNode('US').append($createTextNode(' more')));
      },
      { discrete: true },
    );
    expect(read(editor)[0]?.text).toBe('[one more] two');
    editor.update(
      () => {
        const outer = $firstBracket();
        for (const child of outer.getChildren()) child.remove();
      },
      { discrete: true },
    );
    expect(read(editor)[0]).toMatchObject({ text: ' two', brackets: [] });
  });

  it('ST8: JSON round trip keeps delegation and alternatives', () => {
    const editor = createStatementEditor();
    seed(editor, ['Agreed text.']);
    bracket(editor, 0, 6, 'CN', ['Accepted']);
    const json = JSON.stringify(editor.getEditorState().toJSON());
    const other = createStatementEditor('z');
    other.setEditorState(other.parseEditorState(json));
    expect(read(other)).toEqual(read(editor));
    expect(read(other)[0]?.brackets[0]).toMatchObject({ delegation: 'CN', alternatives: ['Accepted'] });
  });
});
