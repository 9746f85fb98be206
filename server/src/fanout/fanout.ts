/** What one instance receives about a document from the others. */
export interface FanoutHandlers {
  /** A document update another instance made durable. */
  update(update: Uint8Array): void;
  /** A presence change of another instance's client. */
  awareness(raw: Uint8Array): void;
  /** Approvals, parties or suppressions changed through another instance. */
  state(): void;
}

/**
 * Cross-instance fan-out. Updates are published only after they are durable in shared storage,
 * so the storage log — not the bus — is the source of truth: a message the bus loses is recovered
 * by `onReconnect`'s catch-up from storage.
 */
export interface Fanout {
  readonly instanceId: string;
  /** Starts receiving a document's traffic; resolves once subscribed (load from storage after). */
  watch(docId: string, handlers: FanoutHandlers): Promise<() => void>;
  publishUpdate(docId: string, update: Uint8Array): void;
  publishAwareness(docId: string, raw: Uint8Array): void;
  publishState(docId: string): void;
  /** Called after the bus came back from an outage: re-read watched documents from storage. */
  onReconnect(listener: () => void): void;
  close(): Promise<void>;
}
