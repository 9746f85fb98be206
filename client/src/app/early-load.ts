/**
 * What the editor's first moments need, started before the app's code has loaded (#18): on a
 * document's page (`/d/<id>`) with a session, `startEarlyLoad` (run by the small `early-boot` entry,
 * ahead of the app's own chunk) asks for the document's metadata and opens the sync socket. The editor
 * page then takes each of them (`takeEarly…`) for the same document and token, once; what it does not
 * take in time is closed. Nothing here validates anything: a refusal or a mismatch makes the page do it
 * again the ordinary way, with its own checks and messages.
 *
 * Not the lint worker: started here too, its script and policies (seconds of CPU on a busy machine)
 * competed with the page's own load for the two cores and made the editor editable later (A/B, load
 * 15-20, 5 runs each: editable 1,587 ms with it, 1,246 without; first findings 5,846 / 5,726). It starts
 * at the page's first idle moment (use-lint.ts), told the parties at once (the metadata is in by then).
 *
 * Imports only session/token-text.ts (no dependency), so the entry that runs it stays small.
 */

import { TOKEN_KEY, tokenFromHash, tokenPayload } from '../session/token-text';

/** What the page has not taken by then is closed (it would hold a socket for nothing). */
const UNTAKEN_MS = 20_000;
/** Sync step 1 for an empty document (messageSync, step 1, an empty state vector): the server answers with its state. */
const EMPTY_SYNC_STEP1 = [0, 0, 1, 0];

interface Early {
  docId: string;
  token: string;
  meta: Promise<unknown | null> | null;
  /** The metadata's JSON once it is in (undefined before; null if refused). */
  metaNow: unknown | null | undefined;
  socket: EarlySocket | null;
}

let early: Early | null = null;

/** The sync socket's URL as y-websocket builds it (server URL, room, encoded params). */
export function syncSocketUrl(
  location: Pick<Location, 'protocol' | 'host'>,
  docId: string,
  token: string,
): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${location.host}/ws/${docId}?token=${encodeURIComponent(token)}`;
}

function unexpired(token: string, nowMs: number): boolean {
  // Not a token this page can read: the app shows its sign-in page, nothing starts early.
  const claims = tokenPayload(token) as { exp?: unknown } | null;
  if (claims === null || typeof claims !== 'object') return false;
  return typeof claims.exp !== 'number' || claims.exp * 1000 > nowMs;
}

/** The token the app will use: the link's `#token=` first, then the tab's, then the origin's (token-store's order). */
function pageToken(): string | null {
  const fromHash = tokenFromHash(window.location.hash);
  if (fromHash) return fromHash;
  try {
    return window.sessionStorage.getItem(TOKEN_KEY) ?? window.localStorage.getItem(TOKEN_KEY);
  } catch {
    // Storage refused (privacy settings): the app finds no session either.
    return null;
  }
}

/**
 * A WebSocket whose events wait for their handlers: opened before y-websocket exists, it keeps what
 * arrives (open, the server's sync messages, a close) until the provider has set its handlers, then
 * delivers it in order. It sends the empty document's sync step 1 as soon as it opens, so the server's
 * state is on its way early, and drops the provider's identical step 1 (the server already answered it).
 */
class EarlySocket {
  readonly socket: WebSocket;
  private readonly queue: Event[] = [];
  private readonly handlers = new Map<string, ((event: Event) => void) | null>();
  private sentStep1 = false;
  private adopted = false;

  constructor(url: string) {
    this.socket = new WebSocket(url);
    this.socket.binaryType = 'arraybuffer';
    for (const type of ['open', 'message', 'close', 'error']) {
      this.socket.addEventListener(type, (event) => this.deliver(event));
      Object.defineProperty(this.socket, `on${type}`, {
        configurable: true,
        get: () => this.handlers.get(type) ?? null,
        set: (handler: ((event: Event) => void) | null) => {
          this.handlers.set(type, handler);
          // y-websocket sets onopen last: everything kept is delivered once it is set.
          if (type === 'open' && handler && !this.adopted) {
            this.adopted = true;
            queueMicrotask(() => this.flush());
          }
        },
      });
    }
    this.socket.addEventListener('open', () => {
      if (this.adopted) return;
      this.socket.send(new Uint8Array(EMPTY_SYNC_STEP1));
      this.sentStep1 = true;
    });
    const send = this.socket.send.bind(this.socket);
    this.socket.send = (data) => {
      if (this.sentStep1 && isEmptySyncStep1(data)) {
        this.sentStep1 = false;
        return;
      }
      send(data);
    };
  }

  private deliver(event: Event): void {
    if (!this.adopted || this.queue.length > 0) this.queue.push(event);
    else this.handlers.get(event.type)?.call(this.socket, event);
  }

  private flush(): void {
    while (this.queue.length > 0) {
      const event = this.queue.shift() as Event;
      this.handlers.get(event.type)?.call(this.socket, event);
    }
  }

  /** Closed unused: nothing is delivered any more. */
  discard(): void {
    this.adopted = true;
    this.queue.length = 0;
    this.handlers.clear();
    this.socket.close();
  }
}

function isEmptySyncStep1(data: unknown): boolean {
  if (!(data instanceof Uint8Array) || data.length !== EMPTY_SYNC_STEP1.length) return false;
  return EMPTY_SYNC_STEP1.every((b, i) => data[i] === b);
}

/** Starts the metadata fetch and the sync socket for the document this page shows, if any. */
export function startEarlyLoad(): void {
  const docId = /^\/d\/([A-Za-z0-9_-]{1,64})\/?$/.exec(window.location.pathname)?.[1];
  const token = pageToken();
  if (!docId || !token || !unexpired(token, Date.now())) return;
  const meta = fetch(`/api/docs/${encodeURIComponent(docId)}`, {
    headers: { authorization: `Bearer ${token}` },
  }).then(
    (res) => (res.ok ? (res.json() as Promise<unknown>) : null),
    // Offline or refused: the page asks again itself and says what happened.
    () => null,
  );
  const state: Early = {
    docId,
    token,
    meta,
    socket: new EarlySocket(syncSocketUrl(window.location, docId, token)),
    metaNow: undefined,
  };
  early = state;
  meta.then((m) => {
    state.metaNow = m;
  });
  setTimeout(() => {
    state.socket?.discard();
    state.socket = null;
    state.meta = null;
    state.metaNow = undefined;
  }, UNTAKEN_MS);
}

function mine(docId: string, token: string): Early | null {
  return early && early.docId === docId && early.token === token ? early : null;
}

/** The metadata's JSON fetched early for this document and token (null if refused: ask again), once. */
export function takeEarlyMeta(docId: string, token: string): Promise<unknown | null> | null {
  const e = mine(docId, token);
  const meta = e?.meta ?? null;
  if (e) e.meta = null;
  return meta;
}

/**
 * The metadata's JSON if it is already in for this document and token (the page renders the editor
 * at once instead of a "Loading…" first); null otherwise. Reads only: takeEarlyMeta still answers.
 */
export function earlyMetaNow(docId: string, token: string): unknown | null {
  return mine(docId, token)?.metaNow ?? null;
}

/**
 * A WebSocket constructor for y-websocket (its `_WS`): the first socket it opens to `url` is the one
 * opened early, if it is for the same document and token and still open or opening; any other is new.
 */
export function earlySocketConstructor(docId: string, token: string): typeof WebSocket {
  // A plain function: `new` on it answers the object it returns, here the socket opened early.
  function EarlyOrNewSocket(url: string | URL, protocols?: string | string[]): WebSocket {
    const e = mine(docId, token);
    const taken = e?.socket ?? null;
    if (e) e.socket = null;
    if (taken && String(url) === taken.socket.url && taken.socket.readyState <= WebSocket.OPEN)
      return taken.socket;
    taken?.discard();
    return new WebSocket(url, protocols);
  }
  return EarlyOrNewSocket as unknown as typeof WebSocket;
}
