import { $clauseTextSpans, $isClauseNode, $renderClause, clauseHash } from '@accord/statement';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, $getRoot, type EditorState, type LexicalEditor } from 'lexical';
import { startTransition, useEffect, useState } from 'react';
import type { MappedClause } from '../lint/clause-text-map';

/**
 * The statement mirrored into React state, incrementally (#18): an update re-reads (and re-hashes)
 * only the clauses Lexical marked dirty; the others keep their objects. `outline` changes only when
 * the structure does (clauses added, removed, reordered, bracketed or not), so what sits beside
 * every clause (the approval gutter, its positions) is not re-rendered per keystroke.
 */
export interface StatementMirror {
  clauses: MappedClause[];
  outline: MappedClause[];
}

interface Cache {
  byKey: Map<string, MappedClause>;
  clauses: MappedClause[];
  outline: MappedClause[];
}

function $readClause(key: string, index: number): MappedClause | null {
  const node = $getNodeByKey(key);
  if (!$isClauseNode(node)) return null;
  const { text, brackets } = $renderClause(node);
  return {
    id: node.getClauseId(),
    index,
    text,
    hash: clauseHash(text),
    brackets,
    key,
    segments: $clauseTextSpans(node),
  };
}

const sameShape = (a: MappedClause, b: MappedClause) =>
  a.id === b.id && a.index === b.index && a.key === b.key && a.brackets.length === b.brackets.length;

/** One step of the mirror: `dirty` null means "read everything" (first read). */
export function advanceMirror(
  prev: Cache,
  state: EditorState,
  dirty: ReadonlyMap<string, unknown> | null,
): Cache {
  return state.read(() => {
    const keys = $getRoot().getChildrenKeys();
    const byKey = new Map<string, MappedClause>();
    const clauses: MappedClause[] = [];
    let changed = keys.length !== prev.clauses.length;
    let reshaped = changed;
    for (const key of keys) {
      const index = clauses.length + 1;
      const old = prev.byKey.get(key);
      let next: MappedClause | null | undefined = old;
      if (!old || dirty === null || dirty.has(key)) next = $readClause(key, index);
      else if (old.index !== index) next = { ...old, index };
      if (!next) continue;
      if (next !== old) {
        // A re-read clause whose text and spans are unchanged keeps its object.
        if (
          old &&
          old.text === next.text &&
          old.index === next.index &&
          old.id === next.id &&
          JSON.stringify(old.segments) === JSON.stringify(next.segments) &&
          JSON.stringify(old.brackets) === JSON.stringify(next.brackets)
        )
          next = old;
        else changed = true;
      }
      const before = prev.clauses[clauses.length];
      if (!before || !sameShape(before, next)) reshaped = true;
      byKey.set(key, next);
      clauses.push(next);
    }
    if (!changed) return prev;
    return { byKey, clauses, outline: reshaped ? clauses : prev.outline };
  });
}

const EMPTY: Cache = { byKey: new Map(), clauses: [], outline: [] };

export function registerStatementMirror(editor: LexicalEditor, onChange: (cache: Cache) => void): () => void {
  let cache = advanceMirror(EMPTY, editor.getEditorState(), null);
  onChange(cache);
  return editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves }) => {
    // Selection-only updates mark nothing dirty: nothing to read.
    if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
    const next = advanceMirror(cache, editorState, dirtyElements);
    if (next !== cache) {
      cache = next;
      onChange(cache);
    }
  });
}

interface MirrorStore {
  cache: Cache;
  listeners: Set<(cache: Cache) => void>;
  stop: (() => void) | null;
}
const stores = new WeakMap<LexicalEditor, MirrorStore>();

/**
 * One mirror per editor, however many views follow it (#18): the workspace's outline, the texts'
 * followers (lint, the negotiation panel's clause), the find box while searching. Each update is read
 * once; a listener added later hears the current state at once. The mirror stops with its last listener.
 */
function subscribeMirror(editor: LexicalEditor, listener: (cache: Cache) => void): () => void {
  let store = stores.get(editor);
  if (!store) {
    store = { cache: EMPTY, listeners: new Set(), stop: null };
    stores.set(editor, store);
  }
  const s = store;
  s.listeners.add(listener);
  if (s.stop === null)
    s.stop = registerStatementMirror(editor, (cache) => {
      s.cache = cache;
      for (const l of s.listeners) l(cache);
    });
  else listener(s.cache);
  return () => {
    s.listeners.delete(listener);
    if (s.listeners.size === 0 && s.stop !== null) {
      s.stop();
      s.stop = null;
    }
  };
}

const NO_MIRROR: StatementMirror = { clauses: [], outline: [] };

/**
 * The statement's clauses (texts, hashes, where their text nodes are) and its outline. With `enabled`
 * false it follows nothing and returns empty lists (a view that needs the texts only at times, #18).
 */
export function useStatementMirror(enabled = true): StatementMirror {
  const [editor] = useLexicalComposerContext();
  const [mirror, setMirror] = useState<StatementMirror>(NO_MIRROR);
  useEffect(
    () =>
      enabled
        ? subscribeMirror(editor, (cache) =>
            // A transition: React renders what depends on the texts between keystrokes, never before
            // the typed character is painted.
            startTransition(() =>
              setMirror((prev) =>
                prev.clauses === cache.clauses ? prev : { clauses: cache.clauses, outline: cache.outline },
              ),
            ),
          )
        : undefined,
    [editor, enabled],
  );
  return enabled ? mirror : NO_MIRROR;
}

/**
 * The statement's outline only (#18): which clauses exist, their ids, numbers and keys. It changes
 * with the structure, not with every keystroke, so a view that takes it (the workspace itself) does
 * not render per key; the texts' followers take `useStatementMirror`.
 */
export function useStatementOutline(): MappedClause[] {
  const [editor] = useLexicalComposerContext();
  const [outline, setOutline] = useState<MappedClause[]>(NO_MIRROR.outline);
  useEffect(
    () =>
      subscribeMirror(editor, (cache) =>
        startTransition(() => setOutline((prev) => (prev === cache.outline ? prev : cache.outline))),
      ),
    [editor],
  );
  return outline;
}

/** The clause as the editor shows it right now (its text for an approval's hash). */
export function readClauseNow(editor: LexicalEditor, clause: MappedClause): MappedClause {
  return (
    editor.getEditorState().read(() => {
      for (const [i, key] of $getRoot().getChildrenKeys().entries()) {
        const node = $getNodeByKey(key);
        if ($isClauseNode(node) && node.getClauseId() === clause.id) return $readClause(key, i + 1);
      }
      return null;
    }) ?? clause
  );
}
