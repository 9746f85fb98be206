import { type DocStateEvent, docStateEventSchema } from '@accord/protocol';
import { openEventStream } from './sse-stream';

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
  const events: DocStateEvent[] = [];
  const stream = await openEventStream(
    baseUrl,
    docId,
    token,
    ({ event, data }) => {
      // Parsed with the protocol's schema, as the client parses it: a server drifting from the
      // contract fails here, not in a browser.
      if (event === 'state') events.push(docStateEventSchema.parse(JSON.parse(data)));
    },
    'state',
  );
  return {
    contentType: stream.response.headers.get('content-type'),
    events,
    close: () => stream.close(),
  };
}
