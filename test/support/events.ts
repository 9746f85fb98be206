import { type DocStateEvent, docStateEventSchema } from '@accord/protocol';

export interface EventSubscription {
  contentType: string | null;
  /** Every `state` event received so far, in order. */
  events: DocStateEvent[];
  close(): Promise<void>;
}

/** Reads a document's live channel (Server-Sent Events) as a delegate's editor would: `state` events, validated. */
export async function subscribeEvents(
  baseUrl: string,
  docId: string,
  token: string,
): Promise<EventSubscription> {
  const ctrl = new AbortController();
  const res = await fetch(`${baseUrl}/api/docs/${docId}/events`, {
    headers: { authorization: `Bearer ${token}` },
    signal: ctrl.signal,
  });
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  const events: DocStateEvent[] = [];
  let buffer = '';
  const pump = (async () => {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      for (let i = buffer.indexOf('\n\n'); i >= 0; i = buffer.indexOf('\n\n')) {
        const lines = buffer.slice(0, i).split('\n');
        const name = lines.find((l) => l.startsWith('event: '))?.slice(7) ?? 'state';
        const data = lines.find((l) => l.startsWith('data: '));
        buffer = buffer.slice(i + 2);
        // Parsed with the protocol's schema, as the client parses it: a server drifting from the
        // contract fails here, not in a browser.
        if (data && name === 'state') events.push(docStateEventSchema.parse(JSON.parse(data.slice(6))));
      }
    }
  })().catch((e: Error) => {
    // close() aborts the stream on purpose; anything else is a real failure of the channel.
    if (e.name !== 'AbortError') throw e;
  });
  return {
    contentType: res.headers.get('content-type'),
    events,
    async close() {
      ctrl.abort();
      await pump;
    },
  };
}
