import { $findMatchingParent, mergeRegister } from '@lexical/utils';
import {
  $getEditor,
  $getNodeByKey,
  $getRoot,
  $hasUpdateTag,
  $isElementNode,
  COLLABORATION_TAG,
  type EditorState,
  HISTORIC_TAG,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
  RootNode,
} from 'lexical';
import { $isBracketNode, BracketNode } from './bracket-node';
import { $removeBracket } from './brackets';
import { type NewId, randomClauseId, setClauseIdSource } from './clause-ids';
import { $createClauseNode, $isClauseNode, ClauseNode } from './clause-node';
import { registerStatementPaste } from './paste';

export interface RegisterStatementOptions {
  /** Source of new clause ids; random UUIDs when omitted. */
  newId?: () => string;
}

/** ST4: wraps or converts every root child that is not a clause. Returns whether anything changed. */
function $ensureRootChildrenAreClauses(): boolean {
  let changed = false;
  let pending: ClauseNode | null = null;
  for (const child of $getRoot().getChildren()) {
    if ($isClauseNode(child)) {
      pending = null;
      continue;
    }
    changed = true;
    if ($isElementNode(child) && !child.isInline()) {
      // A block of another type (e.g. a plain paragraph written by a client without STATEMENT_NODES).
      child.replace($createClauseNode(), true);
      pending = null;
    } else {
      // Inline content straight under the root: consecutive runs share one new clause.
      if (pending === null) {
        pending = $createClauseNode();
        child.insertBefore(pending);
      }
      pending.append(child);
    }
  }
  return changed;
}

/**
 * ST5: clause ids are unique and non-empty. Of the clauses sharing an id, the one that already held it in
 * the last committed state keeps it (so a pasted copy placed before the original does not steal it);
 * otherwise the first in document order keeps it. Every other one gets a new id.
 */
function $ensureUniqueClauseIds(newId: NewId): boolean {
  const committed = $getEditor().getEditorState()._nodeMap;
  const byId = new Map<string, ClauseNode[]>();
  for (const child of $getRoot().getChildren()) {
    if (!$isClauseNode(child)) continue;
    const id = child.getClauseId();
    const group = byId.get(id);
    if (group) group.push(child);
    else byId.set(id, [child]);
  }
  let changed = false;
  for (const [id, clauses] of byId) {
    if (id !== '' && clauses.length === 1) continue;
    const heldBefore = (clause: ClauseNode): boolean => {
      const before = committed.get(clause.getKey());
      return $isClauseNode(before) && before.__clauseId === id;
    };
    const owner = id === '' ? null : (clauses.find(heldBefore) ?? clauses[0]);
    for (const clause of clauses) {
      if (clause === owner) continue;
      let fresh = newId();
      while (byId.has(fresh)) fresh = newId();
      byId.set(fresh, [clause]);
      clause.setClauseId(fresh);
      changed = true;
    }
  }
  return changed;
}

/** ST9: brackets are never nested and never empty (one at the root is wrapped by the root transform). */
function $normaliseBracket(bracket: BracketNode): void {
  if (bracket.getTextContent() === '') bracket.remove();
  else if ($findMatchingParent(bracket, (node) => node !== bracket && $isBracketNode(node)))
    $removeBracket(bracket);
}

function $hasRootViolations(): boolean {
  const ids = new Set<string>();
  for (const child of $getRoot().getChildren()) {
    if (!$isClauseNode(child)) return true;
    const id = child.getClauseId();
    if (id === '' || ids.has(id)) return true;
    ids.add(id);
  }
  return false;
}

/** The tag of the update that repairs a peer's or undo's update (ST5, ST17). */
const REPAIR_TAG = 'statement-repair';

/**
 * ST17: whether an update from `before` to `after` can have broken ST4/ST5, from what it touched alone:
 * the root's list of children (Lexical copies the root node when that list changes) or the id of a clause
 * among `touched` (the update's dirty elements). Typing inside a clause does neither, so the root is not
 * scanned on each keystroke (#18).
 */
function mayBreakRootInvariants(
  before: EditorState,
  after: ReadonlyMap<NodeKey, LexicalNode> | ((key: NodeKey) => LexicalNode | null | undefined),
  touched: Iterable<NodeKey>,
): boolean {
  const get = typeof after === 'function' ? after : (key: NodeKey) => after.get(key);
  const root = get('root');
  const oldRoot = before._nodeMap.get('root');
  // The root node is written on every update that changes text (the reconciler caches its text there), so
  // its identity says nothing: its list of children changed only if its ends or size did, or a touched
  // child of the root is new, is not a clause, or has other neighbours (#18: this scanned every clause on
  // each remote keystroke in the browser).
  if (!$isElementNode(root) || !$isElementNode(oldRoot)) return true;
  if (root.__first !== oldRoot.__first || root.__last !== oldRoot.__last || root.__size !== oldRoot.__size)
    return true;
  for (const key of touched) {
    const node = get(key);
    if (!node || key === 'root') continue;
    const old = before._nodeMap.get(key);
    if (node.__parent !== 'root' && old?.__parent !== 'root') continue;
    if (!$isClauseNode(node) || !$isClauseNode(old)) return true;
    if (old.__clauseId !== node.__clauseId || old.__parent !== node.__parent) return true;
    if (old.__prev !== node.__prev || old.__next !== node.__next) return true;
  }
  return false;
}

/**
 * Installs the statement invariants on an editor built with STATEMENT_NODES and returns the teardown.
 * Local updates are normalised by transforms; remote (collaboration) and undo updates skip transforms, so
 * they are checked after commit and repaired by an ordinary update that then syncs to Yjs like any edit.
 */
export function registerStatement(editor: LexicalEditor, options: RegisterStatementOptions = {}): () => void {
  const newId: NewId = options.newId ?? randomClauseId;
  // ST17: clauses of the pending update whose own node changed (a clause transform runs only for those,
  // not for a clause whose text alone changed); the root transform checks ids only if one of them did.
  const changedClauses = new Set<NodeKey>();
  return mergeRegister(
    setClauseIdSource(editor, newId),
    registerStatementPaste(editor),
    editor.registerNodeTransform(ClauseNode, (clause) => {
      changedClauses.add(clause.getKey());
    }),
    editor.registerNodeTransform(RootNode, (root) => {
      const touched = [...changedClauses];
      changedClauses.clear();
      const pending = (key: NodeKey) => (key === 'root' ? root : $getNodeByKey(key));
      if (!$hasUpdateTag(REPAIR_TAG) && !mayBreakRootInvariants(editor.getEditorState(), pending, touched))
        return;
      $ensureRootChildrenAreClauses();
      $ensureUniqueClauseIds(newId);
    }),
    editor.registerNodeTransform(BracketNode, $normaliseBracket),
    editor.registerUpdateListener(({ tags, editorState, prevEditorState, dirtyElements }) => {
      if (!tags.has(COLLABORATION_TAG) && !tags.has(HISTORIC_TAG)) return;
      if (!mayBreakRootInvariants(prevEditorState, editorState._nodeMap, dirtyElements.keys())) return;
      if (!editorState.read($hasRootViolations)) return;
      // The repair's root transform checks the whole root (its tag says so; the update may run later).
      editor.update(() => $getRoot().markDirty(), { discrete: true, tag: REPAIR_TAG });
    }),
  );
}
