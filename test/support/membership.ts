import type { RedeemResponse, Role } from '@accord/protocol';
import { WebSocket } from 'ws';
import type { TestServer } from './server';

/** Creates an invite as `by` and redeems it under `name`: a session token scoped to the document. */
export async function inviteAndRedeem(
  t: TestServer,
  docId: string,
  by: string,
  invite: { delegation: string; role: Role; uses?: number; ttlSeconds?: number },
  name = `${invite.delegation} ${invite.role} by invite`,
): Promise<RedeemResponse & { inviteId: string }> {
  const created = await t.api(`/api/docs/${docId}/invites`, { token: by, body: invite });
  if (created.status !== 201) throw new Error(`invite failed: ${created.status} ${await created.text()}`);
  const { id, url } = (await created.json()) as { id: string; url: string };
  const res = await redeem(t, url, name);
  if (res.status !== 200) throw new Error(`redeem failed: ${res.status} ${await res.text()}`);
  return { ...((await res.json()) as RedeemResponse), inviteId: id };
}

export function redeem(t: TestServer, url: string, name: string): Promise<Response> {
  const invite = url.slice(url.indexOf('#') + 1);
  return t.api('/api/invites/redeem', { body: { invite, name } });
}

/**
 * Opens a raw y-websocket connection: resolves `'open'` once the server speaks to it (its sync
 * step 1 arrives), or with the close code it was refused with. `closed` resolves with the code
 * and the time it closed, whenever that happens: `at` on the monotonic clock (for latencies),
 * `wallAt` on the wall clock the server's expiry check reads (performance.timeOrigin + at drifts
 * from Date.now() over a long test run: CI of 20b2d56 saw a close "6.7 ms before exp").
 */
export function openSocket(
  wsUrl: string,
  docId: string,
  token: string,
): {
  outcome: Promise<'open' | number>;
  closed: Promise<{ code: number; reason: string; at: number; wallAt: number }>;
  ws: WebSocket;
} {
  const ws = new WebSocket(`${wsUrl}/${docId}?token=${encodeURIComponent(token)}`);
  ws.on('error', () => {});
  const closed = new Promise<{ code: number; reason: string; at: number; wallAt: number }>((resolve) =>
    ws.on('close', (code, reason) =>
      resolve({ code, reason: reason.toString(), at: performance.now(), wallAt: Date.now() }),
    ),
  );
  const outcome = new Promise<'open' | number>((resolve) => {
    ws.once('message', () => resolve('open'));
    void closed.then((c) => resolve(c.code));
  });
  return { outcome, closed, ws };
}

/**
 * Opens the event stream: resolves with the HTTP status and, when 200, a promise of the moment
 * the server ends the stream (with the `ended` event it sent last, if any).
 */
export async function openStream(
  baseUrl: string,
  docId: string,
  token: string,
): Promise<{
  status: number;
  ended: Promise<{ at: number; last: { event: string; data: unknown } | null }>;
  close(): void;
}> {
  const ctrl = new AbortController();
  const res = await fetch(`${baseUrl}/api/docs/${docId}/events`, {
    headers: { authorization: `Bearer ${token}` },
    signal: ctrl.signal,
  });
  if (res.status !== 200) {
    await res.body?.cancel();
    return { status: res.status, ended: Promise.resolve({ at: 0, last: null }), close() {} };
  }
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  const ended = (async () => {
    let buffer = '';
    let last: { event: string; data: unknown } | null = null;
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        for (let i = buffer.indexOf('\n\n'); i >= 0; i = buffer.indexOf('\n\n')) {
          const lines = buffer.slice(0, i).split('\n');
          buffer = buffer.slice(i + 2);
          const event = lines.find((l) => l.startsWith('event: '))?.slice(7);
          const data = lines.find((l) => l.startsWith('data: '))?.slice(6);
          if (event && data) last = { event, data: JSON.parse(data) };
        }
      }
    } catch (e) {
      if ((e as Error).name !== 'AbortError') throw e;
    }
    return { at: performance.now(), last };
  })();
  return { status: 200, ended, close: () => ctrl.abort() };
}
