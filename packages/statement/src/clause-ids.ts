import { $getEditor, type LexicalEditor } from 'lexical';

export type NewId = () => string;

// Each editor may be given its own id source (tests inject a deterministic one); editors without one
// use random UUIDs.
const idSources = new WeakMap<LexicalEditor, NewId>();

/**
 * A random UUID v4. crypto.randomUUID exists only in secure contexts (https, localhost), and the client
 * may be served over plain http on a LAN address, so fall back to getRandomValues, which exists everywhere.
 */
export function randomClauseId(): string {
  const { crypto } = globalThis;
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function setClauseIdSource(editor: LexicalEditor, newId: NewId): () => void {
  idSources.set(editor, newId);
  return () => {
    if (idSources.get(editor) === newId) idSources.delete(editor);
  };
}

/** A fresh clause id from the active editor's id source. */
export function $newClauseId(): string {
  const source = idSources.get($getEditor());
  return source ? source() : randomClauseId();
}
