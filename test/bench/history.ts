/**
 * Clause history (#15): the history of a clause edited 5,000 times and the comparison of two
 * 300-clause versions, each answered over HTTP (target < 200 ms), and what the stored history adds
 * to storage. Run alone: pnpm exec tsx test/bench/history.ts [--quick]
 */
import { startTestServer, type TestServer } from '../support/server';
import { runStandalone } from './standalone';

const TARGET_MS = 200;
const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;

async function timed(
  t: TestServer,
  path: string,
  token: string,
  runs: number,
): Promise<{ ms: number; bytes: number }> {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const res = await t.api(path, { token });
    const body = await res.text();
    times.push(performance.now() - t0);
    if (!res.ok) throw new Error(`${path}: ${res.status} ${body}`);
    bytes = body.length;
  }
  return { ms: median(times), bytes };
}

const logBytes = async (t: TestServer, docId: string) => {
  const stored = await t.server.storage.loadDocument(docId);
  return (stored.snapshot?.byteLength ?? 0) + stored.updates.reduce((n, u) => n + u.data.byteLength, 0);
};

const row = (label: string, ms: number) =>
  `| ${label} | ${ms.toFixed(1)} | < ${TARGET_MS} | ${ms < TARGET_MS ? 'OK' : 'OVER'} |`;

export async function benchHistory(opts: { quick?: boolean } = {}): Promise<string> {
  const edits = opts.quick ? 1000 : 5000;
  const runs = opts.quick ? 5 : 9;
  const t = await startTestServer({ restRateLimit: { requestsPerSecond: 1e9, burst: 1e9 } });
  try {
    const uk = await t.token('UK');
    const fr = await t.token('FR');
    const clausesOf = async (docId: string) =>
      (await (await t.api(`/api/docs/${docId}/clauses`, { token: uk })).json()) as {
        id: string;
        text: string;
        hash: string;
      }[];
    const patch = async (docId: string, clauseId: string, text: string, token: string) => {
      const res = await t.api(`/api/docs/${docId}/clauses/${clauseId}`, {
        method: 'PATCH',
        token,
        body: { text },
      });
      if (!res.ok) throw new Error(`PATCH ${res.status}`);
    };

    // 1. One clause edited `edits` times, the UK and France taking turns: every edit is an entry
    //    of its own (a new author ends a burst), the worst case for the history's size.
    const base = 'The allies condemn the malicious cyber activity against the power grid, revision';
    const docId = await t.createDoc(['UK', 'FR'], `${base} 0.\n\nA second clause that nobody edits.`);
    const [clause] = await clausesOf(docId);
    const started = performance.now();
    for (let i = 1; i <= edits; i++) await patch(docId, clause!.id, `${base} ${i}.`, i % 2 ? fr : uk);
    const editSeconds = (performance.now() - started) / 1000;
    const history = await timed(t, `/api/docs/${docId}/clauses/${clause!.id}/history`, uk, runs);
    const entries = (
      (await (
        await t.api(`/api/docs/${docId}/clauses/${clause!.id}/history`, { token: uk })
      ).json()) as unknown[]
    ).length;
    const lastDiff = await timed(
      t,
      `/api/docs/${docId}/clauses/${clause!.id}/diff?from=approval:UK`.replace(
        'approval:UK',
        (await clausesOf(docId))[0]!.hash,
      ),
      uk,
      runs,
    );
    const fullDiff = await timed(
      t,
      `/api/docs/${docId}/clauses/${clause!.id}/diff?from=${clause!.hash}`,
      uk,
      Math.min(runs, 5),
    );
    const logUncompacted = await logBytes(t, docId);
    await t.server.storage.compact(docId);
    const logCompacted = await logBytes(t, docId);
    const hist = await t.server.storage.historyBytes(docId);

    // 2. One typist: 2,000 single-character edits in a burst coalesce into one entry.
    const typed = await t.createDoc(['UK', 'FR'], 'Typed:');
    const [typedClause] = await clausesOf(typed);
    let text = 'Typed:';
    const typing = opts.quick ? 500 : 2000;
    for (let i = 0; i < typing; i++) {
      text += i % 7 === 6 ? ' ' : String.fromCharCode(97 + (i % 26));
      await patch(typed, typedClause!.id, text, uk);
    }
    const typedEntries = (
      (await (
        await t.api(`/api/docs/${typed}/clauses/${typedClause!.id}/history`, { token: uk })
      ).json()) as unknown[]
    ).length;
    const typedLog = await logBytes(t, typed);
    await t.server.storage.compact(typed);
    const typedSnapshot = await logBytes(t, typed);
    const typedHist = await t.server.storage.historyBytes(typed);

    // 3. Two 300-clause versions, a third of the clauses changed between them.
    const paragraphs = Array.from(
      { length: 300 },
      (_, i) =>
        `${i + 1}. We reaffirm our commitment to the framework of responsible state behaviour in cyberspace, clause ${i + 1}, and call on all states to act accordingly.`,
    );
    const big = await t.createDoc(['UK', 'FR'], paragraphs.join('\n\n'));
    const bigClauses = await clausesOf(big);
    const version = async (name: string) =>
      (
        (await (await t.api(`/api/docs/${big}/versions`, { token: uk, body: { name } })).json()) as {
          id: string;
        }
      ).id;
    const v1 = await version('Rev. 1');
    for (const [i, c] of bigClauses.entries()) {
      if (i % 3 === 0) await patch(big, c.id, c.text.replace('call on all states', 'urge every state'), fr);
    }
    const v2 = await version('Rev. 2');
    const compare = await timed(t, `/api/docs/${big}/compare?from=${v1}&to=${v2}`, uk, runs);
    const compareNow = await timed(t, `/api/docs/${big}/compare?from=${v1}&to=current`, uk, runs);
    const bigHist = await t.server.storage.historyBytes(big);
    await t.server.storage.compact(big);
    const bigLog = await logBytes(t, big);

    const kb = (n: number) => (n / 1024).toFixed(1);
    const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(2) : '–');
    return [
      `### Clause history and version comparison${opts.quick ? ' (quick)' : ''}`,
      '',
      `In-process server (SQLite, WAL). ${edits.toLocaleString('en')} PATCH edits of one clause, UK and FR alternating ` +
        `(${editSeconds.toFixed(1)} s to make, ${entries.toLocaleString('en')} history entries); times are HTTP round trips, median of ${runs}.`,
      '',
      '| request | ms | target | |',
      '|---|---:|---:|---|',
      row(`GET …/history (${entries.toLocaleString('en')} entries, ${kb(history.bytes)} KB)`, history.ms),
      row('GET …/compare, two 300-clause versions (100 changed)', compare.ms),
      row('GET …/compare, a 300-clause version and now', compareNow.ms),
      `| GET …/diff from the previous text (2-entry chain) | ${lastDiff.ms.toFixed(1)} | – | |`,
      `| GET …/diff from the creation text, attributed across ${entries.toLocaleString('en')} entries | ${fullDiff.ms.toFixed(1)} | – | |`,
      '',
      'Storage: history rows (texts, hashes, authors) beside the Yjs log.',
      '',
      '| document | Yjs log before compaction (KB) | Yjs snapshot after (KB) | history (KB) | history ÷ log | history ÷ snapshot |',
      '|---|---:|---:|---:|---:|---:|',
      `| one clause, ${edits.toLocaleString('en')} alternating whole-text edits | ${kb(logUncompacted)} | ${kb(logCompacted)} | ${kb(hist.revisions)} | ${ratio(hist.revisions, logUncompacted)} | ${ratio(hist.revisions, logCompacted)} |`,
      `| one typist, ${typing.toLocaleString('en')} one-character edits (${typedEntries} entries) | ${kb(typedLog)} | ${kb(typedSnapshot)} | ${kb(typedHist.revisions)} | ${ratio(typedHist.revisions, typedLog)} | ${ratio(typedHist.revisions, typedSnapshot)} |`,
      `| 300 clauses, 100 edited, 2 versions | – | ${kb(bigLog)} | ${kb(bigHist.revisions)} + versions ${kb(bigHist.versions)} | – | ${ratio(bigHist.revisions + bigHist.versions, bigLog)} |`,
    ].join('\n');
  } finally {
    await t.stop();
  }
}

runStandalone(import.meta.url, () => benchHistory({ quick: process.argv.includes('--quick') }));
