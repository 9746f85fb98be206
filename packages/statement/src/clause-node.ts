import {
  $applyNodeReplacement,
  type EditorConfig,
  type LexicalNode,
  type LexicalUpdateJSON,
  type NodeKey,
  ParagraphNode,
  type RangeSelection,
  type SerializedParagraphNode,
  type Spread,
} from 'lexical';
import { $newClauseId } from './clause-ids';

export type SerializedClauseNode = Spread<{ clauseId: string }, SerializedParagraphNode>;

/**
 * A clause of the statement: every child of the root is one (ST4). It extends ParagraphNode because
 * Lexical only lets a node replace ParagraphNode with a subclass, and rich-text behaviour (Enter,
 * Backspace, paste) then treats clauses exactly like paragraphs.
 */
export class ClauseNode extends ParagraphNode {
  /** @internal */
  __clauseId: string;

  static override getType(): string {
    return 'clause';
  }

  static override clone(node: ClauseNode): ClauseNode {
    return new ClauseNode(node.__clauseId, node.__key);
  }

  static override importJSON(serializedNode: SerializedClauseNode): ClauseNode {
    const { clauseId } = serializedNode;
    return $createClauseNode(
      typeof clauseId === 'string' && clauseId !== '' ? clauseId : undefined,
    ).updateFromJSON(serializedNode);
  }

  // The constructor must work without arguments: the Yjs binding builds nodes with `new Klass()` and then
  // copies the synced properties onto them. An empty id is replaced by registerStatement's transform.
  constructor(clauseId = '', key?: NodeKey) {
    super(key);
    this.__clauseId = clauseId;
  }

  override afterCloneFrom(prevNode: this): void {
    super.afterCloneFrom(prevNode);
    this.__clauseId = prevNode.__clauseId;
  }

  override updateFromJSON(serializedNode: LexicalUpdateJSON<SerializedClauseNode>): this {
    const node = super.updateFromJSON(serializedNode);
    const { clauseId } = serializedNode;
    return typeof clauseId === 'string' && clauseId !== '' ? node.setClauseId(clauseId) : node;
  }

  override exportJSON(): SerializedClauseNode {
    return {
      ...super.exportJSON(),
      clauseId: this.getClauseId(),
      type: 'clause',
      version: 1,
    };
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = super.createDOM(config);
    dom.dataset.clauseId = this.__clauseId;
    return dom;
  }

  override updateDOM(prevNode: ClauseNode, dom: HTMLElement, config: EditorConfig): boolean {
    if (prevNode.__clauseId !== this.__clauseId) dom.dataset.clauseId = this.__clauseId;
    return super.updateDOM(prevNode, dom, config);
  }

  getClauseId(): string {
    return this.getLatest().__clauseId;
  }

  setClauseId(clauseId: string): this {
    const self = this.getWritable();
    self.__clauseId = clauseId;
    return self;
  }

  /**
   * ST6: Enter gives the part after the caret a new clause with a new id. At the very start of a clause
   * the new, empty clause goes before it instead, so the text (and its approvals) keep their id: Lexical
   * then re-appends this clause's own children to it, which leaves them in place.
   */
  override insertNewAfter(rangeSelection: RangeSelection, restoreSelection = true): ClauseNode {
    const fresh = $createClauseNode();
    fresh.setTextFormat(rangeSelection.format);
    fresh.setTextStyle(rangeSelection.style);
    fresh.setDirection(this.getDirection());
    fresh.setFormat(this.getFormatType());
    fresh.setStyle(this.getStyle());
    if ($isCaretAtStart(this, rangeSelection) && !this.isEmpty()) {
      this.insertBefore(fresh, restoreSelection);
      return this;
    }
    this.insertAfter(fresh, restoreSelection);
    return fresh;
  }
}

function $isCaretAtStart(clause: ClauseNode, selection: RangeSelection): boolean {
  if (!selection.isCollapsed() || selection.anchor.offset !== 0) return false;
  const node = selection.anchor.getNode();
  return node.is(clause) || node.is(clause.getFirstDescendant());
}

/** Creates a clause; without an id it draws a fresh one from the editor's id source. */
export function $createClauseNode(clauseId?: string): ClauseNode {
  return $applyNodeReplacement(new ClauseNode(clauseId ?? $newClauseId()));
}

export function $isClauseNode(node: LexicalNode | null | undefined): node is ClauseNode {
  return node instanceof ClauseNode;
}
