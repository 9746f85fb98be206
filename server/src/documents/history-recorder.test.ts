import { clauseHash } from '@accord/statement';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openMemoryStorage } from '../storage/memory/memory-storage';
import type { Storage } from '../storage/storage';
import { createHistoryRecorder } from './history-recorder';

const UK = { delegation: 'UK', name: 'Alice' };
const FR = { delegation: 'FR', name: 'Camille' };
const clause = (text: string) => ({ id: 'c1', text, hash: clauseHash(text) });

async function setup(maxCachedDocuments?: number) {
  const storage: Storage = openMemoryStorage();
  let lastRevisionReads = 0;
  const counted = new Proxy(storage, {
    get(target, key, receiver) {
      if (key === 'lastRevisions') lastRevisionReads++;
      return Reflect.get(target, key, receiver);
    },
  });
  let clock = Date.UTC(2026, 0, 1, 10, 0, 0);
  const recorder = createHistoryRecorder({
    storage: counted,
    log: pino({ level: 'silent' }),
    now: () => new Date(clock),
    ...(maxCachedDocuments ? { maxCachedDocuments } : {}),
  });
  const doc = async (id: string) => {
    await storage.createDocument(
      {
        id,
        title: id,
        parties: ['UK', 'FR'],
        tlp: 'CLEAR',
        place: '',
        createdAt: new Date(clock).toISOString(),
        createdBy: 'Alice',
      },
      Y.encodeStateAsUpdate(new Y.Doc()),
      { kind: 'document-created', actor: { sub: 'uk', ...UK } },
    );
    return id;
  };
  return {
    storage,
    recorder,
    doc,
    advance: (ms: number) => {
      clock += ms;
    },
    reads: () => lastRevisionReads,
  };
}

describe('history recorder', () => {
  it('one person typing within the burst window is one entry; a pause or another person starts the next', async () => {
    const { storage, recorder, doc, advance } = await setup();
    const id = await doc('burst');
    recorder.stored(id, [UK], [clause('a')]);
    advance(1000);
    recorder.stored(id, [UK], [clause('a b')]);
    advance(1000);
    recorder.stored(id, [UK], [clause('a b c')]);
    advance(10_000);
    recorder.stored(id, [UK], [clause('a b c d')]);
    advance(1000);
    recorder.stored(id, [FR], [clause('a b c d e')]);
    await recorder.settled(id);
    expect((await storage.clauseRevisions(id, 'c1')).map((r) => [r.text, r.by[0]!.delegation])).toEqual([
      ['a b c', 'UK'],
      ['a b c d', 'UK'],
      ['a b c d e', 'FR'],
    ]);
  });

  it('a text somebody decided on ends the burst, so approval:<CODE> diffs still find it', async () => {
    const { storage, recorder, doc, advance } = await setup();
    const id = await doc('pinned');
    recorder.stored(id, [UK], [clause('first')]);
    await recorder.settled(id);
    await storage.commitChange(id, {
      at: new Date().toISOString(),
      approval: {
        clauseId: 'c1',
        party: 'FR',
        state: 'approved',
        by: 'Camille',
        sub: 'fr',
        at: new Date().toISOString(),
        hash: clauseHash('first'),
      },
      audit: {
        kind: 'approval',
        actor: { sub: 'fr', ...FR },
        clauseId: 'c1',
        hash: clauseHash('first'),
        state: 'approved',
        party: 'FR',
      },
    });
    advance(500);
    recorder.stored(id, [UK], [clause('first and more')]);
    await recorder.settled(id);
    expect((await storage.clauseRevisions(id, 'c1')).map((r) => r.text)).toEqual(['first', 'first and more']);
  });

  it('keeps the newest revisions of a bounded number of documents and reads the others again', async () => {
    const { recorder, doc, reads } = await setup(2);
    const ids = [await doc('d1'), await doc('d2'), await doc('d3')];
    for (const id of ids) recorder.stored(id, [UK], [clause(`text of ${id}`)]);
    await recorder.settleAll();
    expect(reads()).toBe(3);
    recorder.stored('d3', [UK], [clause('d3 again')]);
    await recorder.settled('d3');
    expect(reads()).toBe(3); // d3 was cached
    recorder.stored('d1', [UK], [clause('d1 again')]);
    await recorder.settled('d1');
    expect(reads()).toBe(4); // d1 had been dropped
  });
});
