import { createHeadlessEditor } from '@lexical/headless';
import type { LexicalEditor } from 'lexical';
import { STATEMENT_NODES } from './nodes';
import { registerStatement } from './register';

/** Deterministic id source for tests: p1, p2, … */
export function sequentialIds(prefix: string): () => string {
  let n = 0;
  return () => `${prefix}${++n}`;
}

/** A headless editor configured like the client's: statement nodes plus the statement invariants. */
export function createStatementEditor(prefix = 'c'): LexicalEditor {
  const editor = createHeadlessEditor({
    namespace: 'accord-test',
    nodes: STATEMENT_NODES,
    onError: (error) => {
      throw error;
    },
  });
  registerStatement(editor, { newId: sequentialIds(prefix) });
  return editor;
}
