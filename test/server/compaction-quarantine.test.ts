import type { ServerOptions } from '@accord/server';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startTestServer } from '../support/server';

/**
 * #14 "Compaction skips an update it cannot apply without a word and deletes it": a stored update
 * that cannot be applied is kept in quarantine by the compaction, logged and counted in /metrics,
 * and the rest of the document folds and loads as before. Real server, real SQLite file.
 */
describe('compaction over an update it cannot apply', () => {
  it('keeps it in quarantine, logs it and counts it; the document still loads', async () => {
    // Every log line the server writes, as pino would serialise its fields.
    const lines: Record<string, unknown>[] = [];
    const record = (level: number) => (fields: object | string, msg?: string) =>
      lines.push(typeof fields === 'string' ? { level, msg: fields } : { level, ...fields, msg });
    const log = {
      level: 'info',
      trace: () => {},
      debug: () => {},
      info: record(30),
      warn: record(40),
      error: record(50),
      fatal: record(60),
      child() {
        return log;
      },
    } as unknown as NonNullable<ServerOptions['log']>;
    const t = await startTestServer({ log });
    try {
      const docId = await t.createDoc(['FR'], 'A clause that stays.');
      const poison = new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x01, 0x02]);
      expect(() => Y.applyUpdate(new Y.Doc(), poison)).toThrow();
      // Stored behind the sync path's back, as a damaged row or a buggy writer would leave it.
      const [seq] = await t.server.storage.appendUpdates(docId, [poison]);

      const result = await t.server.storage.compact(docId);
      expect(result.quarantined).toBe(1);

      const kept = await t.server.storage.quarantined(docId);
      expect(kept.map((q) => ({ seq: q.seq, data: [...q.data] }))).toEqual([{ seq, data: [...poison] }]);
      expect((await t.server.storage.loadDocument(docId)).updates).toEqual([]);

      const logged = lines.find(
        (l) => l.msg === 'compaction could not apply a stored update; kept in quarantine',
      );
      expect(logged).toMatchObject({ doc: docId, seq, level: 50 });

      const metrics = await (await t.api('/metrics')).text();
      expect(metrics).toMatch(/^accord_updates_quarantined_total 1$/m);

      const fr = await t.token('FR');
      const clauses = (await (await t.api(`/api/docs/${docId}/clauses`, { token: fr })).json()) as {
        text: string;
      }[];
      expect(clauses.map((c) => c.text)).toEqual(['A clause that stays.']);
    } finally {
      await t.stop();
    }
  });
});
