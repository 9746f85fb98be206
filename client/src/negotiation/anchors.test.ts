import { createHeadlessStatement } from '@accord/statement';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { anchorSpan, resolveAnchor } from './anchors';

/** The clause's own shared text, as the Lexical binding keeps it (the n-th embed of the root). */
function clauseText(doc: Y.Doc, n: number): Y.XmlText {
  const embeds = (doc.get('root', Y.XmlText).toDelta() as { insert: unknown }[]).filter(
    (d) => d.insert instanceof Y.XmlText,
  );
  return embeds[n - 1]!.insert as Y.XmlText;
}

describe('comment anchors (Yjs relative positions)', () => {
  it('NG4: an anchored span follows the text as others edit around it', () => {
    const doc = new Y.Doc();
    const view = createHeadlessStatement(doc);
    view.appendClauses(['The allies condemn the attack.', 'We call for restraint.']);
    view.destroy();
    const anchor = anchorSpan(doc, 2, 3, 7); // "call"
    expect(anchor).toBeDefined();
    expect(resolveAnchor(doc, anchor!)).toEqual({ start: 3, end: 7 });

    // A remote edit before the span, in the same clause, moves it; one in another clause does not.
    const remote = new Y.Doc();
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(doc));
    clauseText(remote, 2).insert(0, 'Today ');
    clauseText(remote, 1).insert(0, 'Again, ');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote));
    const moved = resolveAnchor(doc, anchor!);
    expect(moved).toEqual({ start: 9, end: 13 });
    expect(clauseText(doc, 2).toString().includes('call')).toBe(true);
  });

  it('NG4: no anchor for a clause that does not exist or a span past its end', () => {
    const doc = new Y.Doc();
    const view = createHeadlessStatement(doc);
    view.appendClauses(['Short.']);
    view.destroy();
    expect(anchorSpan(doc, 2, 0, 1)).toBeUndefined();
    expect(anchorSpan(doc, 1, 0, 99)).toBeUndefined();
  });
});
