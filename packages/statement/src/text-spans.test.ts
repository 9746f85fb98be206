import { $createTextNode, $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $bracketSelection } from './brackets';
import { $createClauseNode, $isClauseNode } from './clause-node';
import { $clauseTextSpans, $readStatement } from './read';
import { createStatementEditor } from './test-support';

describe('text node spans', () => {
  it('ST15: each text node maps onto its characters of the clause text, brackets between spans', () => {
    const editor = createStatementEditor();
    editor.update(
      () => {
        $getRoot().append($createClauseNode().append($createTextNode('Ré 🌍 shall act now.')));
      },
      { discrete: true },
    );
    editor.update(
      () => {
        const text = $getRoot().getAllTextNodes()[0]!;
        text.select(6, 11);
        $bracketSelection('US', ['may']);
      },
      { discrete: true },
    );
    editor.read(() => {
      const [view] = $readStatement();
      const clause = $getRoot().getChildren().find($isClauseNode)!;
      const spans = $clauseTextSpans(clause);
      expect(view!.text).toBe('Ré 🌍 [shall] act now.');
      const texts = spans.map((s) => view!.text.slice(s.start, s.end));
      expect(texts).toEqual(
        $getRoot()
          .getAllTextNodes()
          .map((n) => n.getTextContent()),
      );
      expect(texts).toEqual(['Ré 🌍 ', 'shall', ' act now.']);
      // The brackets' own characters belong to no text node.
      expect(spans.map((s) => [s.start, s.end])).toEqual([
        [0, 6],
        [7, 12],
        [13, 22],
      ]);
      expect(new Set(spans.map((s) => s.key)).size).toBe(3);
    });
  });
});
