export interface ServerSentEvent {
  /** The `event:` field; `fallback` where the server sent none. */
  event: string;
  /** The `data:` field, as sent. */
  data: string;
}

export interface OpenStream {
  response: Response;
  /** Stops reading and resolves once the reader has let go. */
  close(): Promise<void>;
}

/**
 * Opens a document's live channel (`GET /api/docs/:id/events`) and hands each event with data to
 * `onEvent`, in order. An abort by `close()` ends it quietly; any other failure of the stream is thrown.
 * A refused subscription (not 200) is returned unread, for the caller to inspect.
 */
export async function openEventStream(
  baseUrl: string,
  docId: string,
  token: string,
  onEvent: (e: ServerSentEvent) => void,
  fallback = 'message',
): Promise<OpenStream> {
  const ctrl = new AbortController();
  const response = await fetch(`${baseUrl}/api/docs/${docId}/events`, {
    headers: { authorization: `Bearer ${token}` },
    signal: ctrl.signal,
  });
  if (response.status !== 200 || !response.body) return { response, close: async () => ctrl.abort() };
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const pump = (async () => {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      for (let i = buffer.indexOf('\n\n'); i >= 0; i = buffer.indexOf('\n\n')) {
        const lines = buffer.slice(0, i).split('\n');
        buffer = buffer.slice(i + 2);
        const data = lines.find((l) => l.startsWith('data: '));
        const event = lines.find((l) => l.startsWith('event: '))?.slice(7) ?? fallback;
        if (data) onEvent({ event, data: data.slice(6) });
      }
    }
  })().catch((e: Error) => {
    // close() aborts the stream on purpose; anything else is a real failure of the channel.
    if (e.name !== 'AbortError') throw e;
  });
  return {
    response,
    async close() {
      ctrl.abort();
      await pump;
    },
  };
}
