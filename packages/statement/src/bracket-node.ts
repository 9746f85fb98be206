import {
  $applyNodeReplacement,
  type EditorConfig,
  ElementNode,
  type LexicalNode,
  type LexicalUpdateJSON,
  type NodeKey,
  type SerializedElementNode,
  type Spread,
} from 'lexical';

export type SerializedBracketNode = Spread<
  { delegation: string; alternatives: string[] },
  SerializedElementNode
>;

/**
 * Bracketed (unagreed) text inside a clause: "[ … ]" put there by one delegation, optionally with
 * alternative wordings (ST8). Its children are the bracketed text; the brackets themselves are not text
 * nodes, so they cannot be half-deleted, and removing them is an explicit edit ($removeBracket).
 */
export class BracketNode extends ElementNode {
  /** @internal */
  __delegation: string;
  /** @internal Never mutated in place: the Yjs binding syncs properties by reference. */
  __alternatives: string[];

  static override getType(): string {
    return 'bracket';
  }

  static override clone(node: BracketNode): BracketNode {
    return new BracketNode(node.__delegation, node.__alternatives, node.__key);
  }

  static override importJSON(serializedNode: SerializedBracketNode): BracketNode {
    return $createBracketNode('').updateFromJSON(serializedNode);
  }

  // Argument-free construction is required by the Yjs binding (see ClauseNode).
  constructor(delegation = '', alternatives: string[] = [], key?: NodeKey) {
    super(key);
    this.__delegation = delegation;
    this.__alternatives = alternatives;
  }

  override afterCloneFrom(prevNode: this): void {
    super.afterCloneFrom(prevNode);
    this.__delegation = prevNode.__delegation;
    this.__alternatives = prevNode.__alternatives;
  }

  override updateFromJSON(serializedNode: LexicalUpdateJSON<SerializedBracketNode>): this {
    const { delegation, alternatives } = serializedNode;
    return super
      .updateFromJSON(serializedNode)
      .setDelegation(typeof delegation === 'string' ? delegation : '')
      .setAlternatives(Array.isArray(alternatives) ? alternatives.filter((a) => typeof a === 'string') : []);
  }

  override exportJSON(): SerializedBracketNode {
    return {
      ...super.exportJSON(),
      delegation: this.getDelegation(),
      alternatives: [...this.getAlternatives()],
      type: 'bracket',
      version: 1,
    };
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = document.createElement('span');
    const className = (config.theme as { bracket?: string }).bracket;
    if (className) dom.className = className;
    this.writeDOMAttributes(dom);
    return dom;
  }

  override updateDOM(prevNode: BracketNode, dom: HTMLElement): boolean {
    if (prevNode.__delegation !== this.__delegation || prevNode.__alternatives !== this.__alternatives) {
      this.writeDOMAttributes(dom);
    }
    return false;
  }

  private writeDOMAttributes(dom: HTMLElement): void {
    dom.dataset.bracket = '';
    dom.dataset.delegation = this.__delegation;
    if (this.__alternatives.length > 0) dom.dataset.alternatives = JSON.stringify(this.__alternatives);
    else delete dom.dataset.alternatives;
  }

  getDelegation(): string {
    return this.getLatest().__delegation;
  }

  setDelegation(delegation: string): this {
    const self = this.getWritable();
    self.__delegation = delegation;
    return self;
  }

  getAlternatives(): readonly string[] {
    return this.getLatest().__alternatives;
  }

  setAlternatives(alternatives: readonly string[]): this {
    const self = this.getWritable();
    self.__alternatives = [...alternatives];
    return self;
  }

  override isInline(): true {
    return true;
  }

  override canBeEmpty(): false {
    return false;
  }

  // Typing at either edge of a bracket goes outside it: extending a bracket is a deliberate act.
  override canInsertTextBefore(): false {
    return false;
  }

  override canInsertTextAfter(): false {
    return false;
  }
}

export function $createBracketNode(delegation: string, alternatives: readonly string[] = []): BracketNode {
  return $applyNodeReplacement(new BracketNode(delegation, [...alternatives]));
}

export function $isBracketNode(node: LexicalNode | null | undefined): node is BracketNode {
  return node instanceof BracketNode;
}
