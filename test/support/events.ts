import type { DocStateEvent } from '@accord/protocol';

export interface EventSubscription {
  contentType: string | null;
  /** Every `state` event received so far, in order. */
  events: DocStateEvent[];
  close(): Promise<void>;
}

/** Reads a document's live channel (Server-Sent Events) as a delegate's editor would. */
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
        const data = buffer
          .slice(0, i)
          .split('\n')
          .find((l) => l.startsWith('data: '));
        buffer = buffer.slice(i + 2);
        if (data) events.push(JSON.parse(data.slice(6)) as DocStateEvent);
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
