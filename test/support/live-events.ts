import { waitFor } from './clients';
import { openEventStream } from './sse-stream';

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
  const events: NamedEvent[] = [];
  const stream = await openEventStream(baseUrl, docId, token, ({ event, data }) => {
    events.push({ event, data: JSON.parse(data) });
  });
  if (stream.response.status !== 200) {
    throw new Error(`events: ${stream.response.status} ${await stream.response.text()}`);
  }
  // The first state event says the stream is subscribed.
  await waitFor(() => events.some((e) => e.event === 'state'), { what: 'first state event' });
  return {
    events,
    next: async (match, what = 'event') => {
      const found = await waitFor(() => events.find(match), { what });
      if (!found) throw new Error(`no ${what}`);
      return found;
    },
    close: () => stream.close(),
  };
}
