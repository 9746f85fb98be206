/**
 * How long an approval takes to reach an open editor over the live channel (issue 3's budget:
 * 200 ms on this machine): POST …/approval on one connection, the `state` event on another.
 */
import { startTestServer } from '../support/server';
import { LatencyHistogram } from './histogram';
import { runStandalone } from './standalone';

const ROUNDS = 60;

export async function benchApprovalPush(): Promise<string> {
  const t = await startTestServer();
  const ctrl = new AbortController();
  try {
    const text = Array.from({ length: 30 }, (_, i) => `Clause ${i + 1} of the statement.`).join('\n\n');
    const docId = await t.createDoc(['FR', 'DE'], text);
    const fr = await t.token('FR');
    const de = await t.token('DE');
    const clauses = (await (await t.api(`/api/docs/${docId}/clauses`, { token: fr })).json()) as {
      id: string;
      hash: string;
    }[];
    const res = await fetch(`${t.url}/api/docs/${docId}/events`, {
      headers: { authorization: `Bearer ${de}` },
      signal: ctrl.signal,
    });
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    const waiting: { resolve: ((at: number) => void) | null } = { resolve: null };
    let buffer = '';
    void (async () => {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value);
        if (buffer.includes('\n\n')) {
          buffer = buffer.slice(buffer.lastIndexOf('\n\n') + 2);
          waiting.resolve?.(performance.now());
        }
      }
    })().catch(() => undefined); // the stream ends with an AbortError when the bench aborts it
    await new Promise((r) => setTimeout(r, 200));
    const hist = new LatencyHistogram();
    for (let i = 0; i < ROUNDS; i++) {
      const clause = clauses[i % clauses.length]!;
      const arrived = new Promise<number>((resolve) => {
        waiting.resolve = resolve;
      });
      const sent = performance.now();
      await t.api(`/api/docs/${docId}/clauses/${clause.id}/approval`, {
        token: fr,
        body: { state: i % 2 ? 'approved' : 'reserve', hash: clause.hash },
      });
      hist.record((await arrived) - sent);
    }
    const s = hist.summary();
    return [
      '### Approval → open editor over the live channel',
      '',
      `${ROUNDS} approvals on a 30-clause statement; time from sending the POST to the \`state\` event on another connection.`,
      '',
      '| p50 ms | p95 ms | p99 ms | target |',
      '|---|---|---|---|',
      `| ${s.p50.toFixed(1)} | ${s.p95.toFixed(1)} | ${s.p99.toFixed(1)} | < 200 ms |`,
      '',
    ].join('\n');
  } finally {
    ctrl.abort();
    await t.stop();
  }
}

runStandalone(import.meta.url, benchApprovalPush);
