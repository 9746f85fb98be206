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
  /**
   * The root's first and last child and its size when every child of the root is a clause of the
   * cache (#18). With those unchanged, and each dirty clause still between the neighbours the cache
   * has beside it, the children are the same in the same order: a node whose siblings change is
   * written, and a written node is dirty. (Not the root object itself: the reconciler writes the
   * root's cached text on every update that changes a text.)
   */
  ends?: { first: string | null; last: string | null; size: number };
}

/**
 * A clause as the mirror reads it. Its hash is computed when first asked (#18): the first sync reads
 * every clause inside the update that fills the editor, on the task that makes it editable, and
 * nothing there needs a hash; the linter's first request (at the page's first idle moment) or an
 * approval asks for them later. Read once, it is kept (a getter, so spreads and copies carry the value).
 */
function $readClause(key: string, index: number): MappedClause | null {
  const node = $getNodeByKey(key);
  if (!$isClauseNode(node)) return null;
  const { text, brackets } = $renderClause(node);
  let hash: string | undefined;
  return {
    id: node.getClauseId(),
    index,
    text,
    get hash() {
      hash ??= clauseHash(text);
      return hash;
    },
    brackets,
    key,
    segments: $clauseTextSpans(node),
  };
}

const sameShape = (a: MappedClause, b: MappedClause) =>
  a.id === b.id && a.index === b.index && a.key === b.key && a.brackets.length === b.brackets.length;

/** A re-read clause whose text and spans are unchanged keeps its object. */
const sameContent = (old: MappedClause, next: MappedClause) =>
  old.text === next.text &&
  old.index === next.index &&
  old.id === next.id &&
  JSON.stringify(old.segments) === JSON.stringify(next.segments) &&
  JSON.stringify(old.brackets) === JSON.stringify(next.brackets);

/**
 * The step of a keystroke (#18): the root's children are those the cache holds, so only the dirty
 * clauses are read, found by key, without walking, copying or re-indexing the other clauses (the
 * full step allocated a key list, a map and a list of every clause per key). Null when a dirty
 * clause cannot be read as one: the full step decides then.
 */
function $advanceDirty(prev: Cache, dirty: ReadonlyMap<string, unknown>): Cache | null {
  const changed: MappedClause[] = [];
  let reshaped = false;
  for (const key of dirty.keys()) {
    const old = prev.byKey.get(key);
    if (!old) continue; // the root itself, or an element inside a clause (its clause is dirty too)
    const i = old.index - 1;
    const node = $getNodeByKey(key);
    if (
      !node ||
      prev.clauses[i] !== old ||
      node.__parent !== 'root' ||
      node.__prev !== (prev.clauses[i - 1]?.key ?? null) ||
      node.__next !== (prev.clauses[i + 1]?.key ?? null)
    )
      return null;
    const next = $readClause(key, old.index);
    if (!next) return null;
    if (sameContent(old, next)) continue;
    if (!sameShape(old, next)) reshaped = true;
    changed.push(next);
  }
  if (changed.length === 0) return prev;
  const clauses = prev.clauses.slice();
  // The map is the mirror's own: the previous cache is not read again once this one replaces it.
  const byKey = prev.byKey;
  for (const c of changed) {
    clauses[c.index - 1] = c;
    byKey.set(c.key, c);
  }
  return { byKey, clauses, outline: reshaped ? clauses : prev.outline, ends: prev.ends };
}

const sameEnds = (a: Cache['ends'], b: Cache['ends']) =>
  a === b || (!!a && !!b && a.first === b.first && a.last === b.last && a.size === b.size);

function $rootEnds(): Cache['ends'] {
  const root = $getRoot();
  return { first: root.__first, last: root.__last, size: root.__size };
}

/** One step of the mirror: `dirty` null means "read everything" (first read). */
export function advanceMirror(
  prev: Cache,
  state: EditorState,
  dirty: ReadonlyMap<string, unknown> | null,
): Cache {
  return state.read(() => {
    const root = $getRoot();
    const ends = prev.ends;
    if (
      dirty !== null &&
      ends !== undefined &&
      ends.first === root.__first &&
      ends.last === root.__last &&
      ends.size === root.__size
    ) {
      const quick = $advanceDirty(prev, dirty);
      if (quick) return quick;
    }
    const keys = root.getChildrenKeys();
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
        if (old && sameContent(old, next)) next = old;
        else changed = true;
      }
      const before = prev.clauses[clauses.length];
      if (!before || !sameShape(before, next)) reshaped = true;
      byKey.set(key, next);
      clauses.push(next);
    }
    const nowEnds = clauses.length === keys.length ? $rootEnds() : undefined;
    if (!changed && sameEnds(prev.ends, nowEnds)) return prev;
    if (!changed) return { ...prev, ends: nowEnds };
    return { byKey, clauses, outline: reshaped ? clauses : prev.outline, ends: nowEnds };
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
