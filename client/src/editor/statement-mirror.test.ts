import {
  $createClauseNode,
  $isClauseNode,
  clauseHash,
  registerStatement,
  STATEMENT_NODES,
} from '@accord/statement';
import {
  $createTextNode,
  $getRoot,
  createEditor,
  ElementNode,
  type LexicalEditor,
  type TextNode,
} from 'lexical';
import { describe, expect, it, vi } from 'vitest';
import type { MappedClause } from '../lint/clause-text-map';
import { registerStatementMirror } from './statement-mirror';

/** Texts hashed by the mirror (clauseHash counted, its result unchanged). */
const hashed = vi.hoisted(() => ({ texts: [] as string[] }));
vi.mock('@accord/statement', async (original) => {
  const real = await original<typeof import('@accord/statement')>();
  return {
    ...real,
    clauseHash: (text: string) => {
      hashed.texts.push(text);
      return real.clauseHash(text);
    },
  };
});

function statementEditor(texts: string[]): LexicalEditor {
  const editor = createEditor({
    namespace: 'mirror-test',
    nodes: STATEMENT_NODES,
    onError: (e) => {
      throw e;
    },
  });
  let n = 0;
  registerStatement(editor, { newId: () => `c${++n}` });
  editor.update(
    () => {
      for (const t of texts) $getRoot().append($createClauseNode().append($createTextNode(t)));
    },
    { discrete: true },
  );
  return editor;
}

function follow(editor: LexicalEditor) {
  const seen: { clauses: MappedClause[]; outline: MappedClause[] }[] = [];
  const stop = registerStatementMirror(editor, (cache) => seen.push(cache));
  return { last: () => seen.at(-1)!, count: () => seen.length, stop };
}

/** What a first read of the statement gives (the mirror's full step, nothing cached). */
function freshRead(editor: LexicalEditor): MappedClause[] {
  let out: MappedClause[] = [];
  registerStatementMirror(editor, (cache) => {
    out = cache.clauses;
  })();
  return out;
}

const plain = (cs: MappedClause[]) =>
  cs.map(({ id, index, text, hash, key }) => ({ id, index, text, hash, key }));

function $clauseText(index: number): TextNode {
  const clause = $getRoot().getChildAtIndex(index);
  if (!$isClauseNode(clause)) throw new Error('no clause');
  return clause.getFirstChildOrThrow<TextNode>();
}

describe('statement mirror (#18)', () => {
  it('the first read hashes no clause: a hash is computed when asked, once, and a copy carries it', () => {
    const editor = statementEditor(['one', 'two', 'three']);
    const expected = clauseHash('two');
    hashed.texts.length = 0;
    const clauses = follow(editor).last().clauses;
    expect(clauses.map((c) => c.text)).toEqual(['one', 'two', 'three']);
    expect(hashed.texts).toEqual([]);
    const two = clauses[1]!;
    expect(two.hash).toBe(expected);
    expect({ ...two, index: 9 }.hash).toBe(expected);
    expect(two.hash).toBe(expected);
    expect(hashed.texts).toEqual(['two']);
  });

  it('a keystroke re-reads the typed clause only: the others and the outline keep their objects', () => {
    const editor = statementEditor(['one', 'two', 'three', 'four']);
    const mirror = follow(editor);
    const before = mirror.last();
    editor.update(() => void $clauseText(2).setTextContent('three and more'), { discrete: true });
    const after = mirror.last();
    expect(after.clauses).not.toBe(before.clauses);
    expect(after.clauses[2]!.text).toBe('three and more');
    for (const i of [0, 1, 3]) expect(after.clauses[i]).toBe(before.clauses[i]);
    expect(after.outline).toBe(before.outline);
    expect(plain(after.clauses)).toEqual(plain(freshRead(editor)));
    mirror.stop();
  });

  it('clauses inserted, removed and moved between keystrokes: the mirror reads as a fresh read does', () => {
    const editor = statementEditor(['a', 'b', 'c', 'd', 'e']);
    const mirror = follow(editor);
    const steps: (() => void)[] = [
      () => void $clauseText(1).setTextContent('b typed'),
      () =>
        void $getRoot()
          .getChildAtIndex(1)!
          .insertAfter($createClauseNode().append($createTextNode('new'))),
      () => void $clauseText(2).setTextContent('new typed'),
      () => void $getRoot().getChildAtIndex(0)!.remove(),
      () => void $clauseText(0).setTextContent('b typed again'),
      () => void $getRoot().append($getRoot().getChildAtIndex(0)!),
      () => void $clauseText(4).setTextContent('b at the end'),
      () => void $clauseText(0).setTextContent('new typed again'),
    ];
    for (const step of steps) {
      const outlineBefore = mirror.last().outline;
      const sizeBefore = mirror.last().clauses.length;
      editor.update(step, { discrete: true });
      const now = mirror.last();
      expect(plain(now.clauses)).toEqual(plain(freshRead(editor)));
      expect(now.clauses.map((c) => c.index)).toEqual(now.clauses.map((_, i) => i + 1));
      // the outline follows the structure: new after an insert, removal or move, kept after typing
      if (now.clauses.length !== sizeBefore) expect(now.outline).not.toBe(outlineBefore);
      const shape = (cs: MappedClause[]) => cs.map(({ id, index, key }) => ({ id, index, key }));
      expect(shape(now.outline)).toEqual(shape(now.clauses));
    }
    expect(mirror.last().clauses.map((c) => c.text)).toEqual([
      'new typed again',
      'c',
      'd',
      'e',
      'b at the end',
    ]);
    mirror.stop();
  });

  it('an update that changes no text tells no one', () => {
    const editor = statementEditor(['one', 'two']);
    const mirror = follow(editor);
    const n = mirror.count();
    editor.update(() => void $clauseText(0).setTextContent('one'), { discrete: true });
    expect(mirror.count()).toBe(n);
    mirror.stop();
  });

  it('typing lists no clauses although the root is written on every update (the reconciler caches its text there)', () => {
    const editor = statementEditor(['one', 'two', 'three']);
    const mirror = follow(editor);
    const listed = vi.spyOn(ElementNode.prototype, 'getChildrenKeys');
    for (const text of ['t', 'tw', 'two'])
      editor.update(
        () => {
          $getRoot().getWritable();
          $clauseText(1).setTextContent(text);
        },
        { discrete: true },
      );
    expect(listed).not.toHaveBeenCalled();
    listed.mockRestore();
    expect(plain(mirror.last().clauses)).toEqual(plain(freshRead(editor)));
    mirror.stop();
  });
});
