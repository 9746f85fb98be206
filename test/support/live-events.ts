import { waitFor } from './clients';

export interface NamedEvent {
  event: string;
  data: unknown;
}

export interface NamedEventStream {
  /** Every event received so far (any name), in order. */
  events: NamedEvent[];
  /** Resolves with the first event (received so far or later) that `match` accepts. */
  next(match: (e: NamedEvent) => boolean, what?: string): Promise<NamedEvent>;
  close(): Promise<void>;
}

/** Reads a document's live channel keeping each event's name (`state`, `comment`, `amendment`, …). */
export async function openNamedEvents(
  baseUrl: string,
  docId: string,
  token: string,
): Promise<NamedEventStream> {
  const ctrl = new AbortController();
  const res = await fetch(`${baseUrl}/api/docs/${docId}/events`, {
    headers: { authorization: `Bearer ${token}` },
    signal: ctrl.signal,
  });
  if (res.status !== 200) throw new Error(`events: ${res.status} ${await res.text()}`);
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  const events: NamedEvent[] = [];
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
        const event = lines.find((l) => l.startsWith('event: '))?.slice(7) ?? 'message';
        if (data) events.push({ event, data: JSON.parse(data.slice(6)) });
      }
    }
  })().catch((e: Error) => {
    if (e.name !== 'AbortError') throw e;
  });
  // The first state event says the stream is subscribed.
  await waitFor(() => events.some((e) => e.event === 'state'), { what: 'first state event' });
  return {
    events,
    next: async (match, what = 'event') => {
      const found = await waitFor(() => events.find(match), { what });
      if (!found) throw new Error(`no ${what}`);
      return found;
    },
    async close() {
      ctrl.abort();
      await pump;
    },
  };
}
