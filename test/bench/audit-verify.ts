/**
 * What verifying the keyed audit chain on every read costs (#14 "approvals bound to the chain").
 * Pure verification of logs of growing length (full, and with every entry but the newest already
 * verified), then `GET /api/docs/:id` on a real server (SQLite) for a 300-clause, 5-party document
 * with every party's approval recorded: cold (first read after a restart) and warm.
 *
 *   pnpm exec tsx test/bench/audit-verify.ts
 */
import { performance } from 'node:perf_hooks';
import {
  type AuditEntry,
  approvalsFromChain,
  chainEntry,
  deriveAuditKey,
  sealEntry,
  sealHead,
  verifyAuditRecord,
} from '@accord/approvals';
import { startTestServer } from '../support/server';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const key = deriveAuditKey('bench-secret-0123456789abcdef-0123456789');

function log(n: number) {
  const entries: AuditEntry[] = [];
  for (let i = 0; i < n; i++) {
    const party = `P${i % 5}`;
    entries.push(
      sealEntry(
        key,
        'doc',
        chainEntry(
          entries.at(-1),
          {
            kind: 'approval',
            actor: { sub: `u-${party}`, name: `Delegate of ${party}`, delegation: party },
            clauseId: `c${Math.floor(i / 5)}`,
            hash: 'a'.repeat(64),
            state: i % 11 ? 'approved' : 'objection',
            ...(i % 11 ? {} : { note: 'The wording on sanctions is not agreed by our capital.' }),
          },
          new Date(1.7e12 + i * 1000).toISOString(),
        ),
      ),
    );
  }
  return { entries, head: sealHead(key, 'doc', entries.at(-1)!), approvals: approvalsFromChain(entries) };
}

function time(fn: () => void, runs = 7): number {
  fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    ms.push(performance.now() - t);
  }
  return median(ms);
}

console.log('| entries | full verify (ms) | all but the newest already verified (ms) |');
console.log('|---|---|---|');
for (const n of [300, 1500, 3000, 6000]) {
  const r = log(n);
  const full = time(() => verifyAuditRecord('doc', r, key));
  const incremental = time(() => verifyAuditRecord('doc', r, key, { verifiedPrefix: n - 1 }));
  console.log(`| ${n} | ${full.toFixed(1)} | ${incremental.toFixed(2)} |`);
}

const CLAUSES = 300;
const PARTIES = ['UK', 'FR', 'DE', 'IT', 'ES'];
const text = Array.from({ length: CLAUSES }, (_, i) => `We note paragraph ${i + 1} of the agreed text.`).join(
  '\n\n',
);
let t = await startTestServer();
const docId = await t.createDoc(PARTIES, text);
const tokens = await Promise.all(PARTIES.map((p) => t.token(p)));
const clauses = (await (await t.api(`/api/docs/${docId}/clauses`, { token: tokens[0] })).json()) as {
  id: string;
  hash: string;
}[];
for (const c of clauses) {
  await Promise.all(
    tokens.map((token) =>
      t.api(`/api/docs/${docId}/clauses/${c.id}/approval`, {
        token,
        body: { state: 'approved', hash: c.hash },
      }),
    ),
  );
}
const read = async () => {
  const s = performance.now();
  const res = await t.api(`/api/docs/${docId}`, { token: tokens[0] });
  const body = (await res.json()) as { status: string; integrity: string };
  if (body.integrity !== 'verified' || body.status !== 'agreed') throw new Error(JSON.stringify(body));
  return performance.now() - s;
};
await t.stop(false);
t = await startTestServer({ dataDir: t.dataDir });
const cold = await read();
const warm: number[] = [];
for (let i = 0; i < 15; i++) warm.push(await read());
console.log(
  `\nGET /api/docs/:id, ${CLAUSES} clauses x ${PARTIES.length} parties (${CLAUSES * PARTIES.length + 1} audit entries), SQLite:` +
    ` first read after restart ${cold.toFixed(0)} ms, then median ${median(warm).toFixed(1)} ms`,
);
await t.stop();
