import { $getEditor, type LexicalEditor } from 'lexical';

export type NewId = () => string;

// Each editor may be given its own id source (tests inject a deterministic one); editors without one
// fall back to crypto.randomUUID, which both Node 20 and browsers provide.
const idSources = new WeakMap<LexicalEditor, NewId>();

export function setClauseIdSource(editor: LexicalEditor, newId: NewId): () => void {
  idSources.set(editor, newId);
  return () => {
    if (idSources.get(editor) === newId) idSources.delete(editor);
  };
}

/** A fresh clause id from the active editor's id source. */
export function $newClauseId(): string {
  const source = idSources.get($getEditor());
  return source ? source() : globalThis.crypto.randomUUID();
}
