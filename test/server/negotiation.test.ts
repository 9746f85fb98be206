import { openMemoryStorage, type Storage } from '@accord/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app';
import { waitFor } from '../support/clients';
import { openNamedEvents } from '../support/live-events';
import { startTestServer, type TestServer } from '../support/server';

interface ClauseJson {
  id: string;
  text: string;
  hash: string;
  approvals: Record<string, { state: string; stale: boolean }>;
}
interface CommentJson {
  id: string;
  clauseId: string;
  text: string;
  by: { delegation: string; name: string };
  replyTo: string | null;
  resolved: boolean;
  start?: number;
  end?: number;
}
interface AmendmentJson {
  id: string;
  clauseId: string;
  by: { delegation: string; name: string };
  baseHash: string;
  text: string;
  note: string | null;
  status: string;
  ops: { op: string; text: string }[];
  line: string;
}
interface AuditJson {
  kind: string;
  clauseId?: string;
  data?: Record<string, unknown>;
}

const TEXT = 'The allies condemn the attack.\n\nWe call for restraint.';

describe('comments and amendments (api.md "Comments", "Amendments")', () => {
  let t: TestApp;
  let uk: string;
  let fr: string;
  let de: string;
  let frObserver: string;
  let ukDrafter: string;
  beforeAll(async () => {
    t = await createTestApp();
    uk = await t.token('UK', 'penholder');
    fr = await t.token('FR');
    de = await t.token('DE');
    frObserver = await t.token('FR', 'observer');
    ukDrafter = await t.token('UK');
  });
  afterAll(() => t.stop());

  const json = async <T>(res: Response, status: number): Promise<T> => {
    const body = await res.text();
    expect(res.status, body).toBe(status);
    return JSON.parse(body) as T;
  };
  const clauses = async (docId: string) =>
    json<ClauseJson[]>(await t.api(`/api/docs/${docId}/clauses`, { token: uk }), 200);
  const newDoc = async () => {
    const docId = await t.createDoc(['UK', 'FR', 'DE'], TEXT);
    return { docId, clauses: await clauses(docId) };
  };
  const audit = async (docId: string) =>
    json<{ entries?: AuditJson[] } | AuditJson[]>(
      await t.api(`/api/docs/${docId}/audit`, { token: uk }),
      200,
    ).then((b) => (Array.isArray(b) ? b : (b.entries ?? [])));

  it('a drafter comments on a clause → 201 with the contract fields; the list shows it', async () => {
    const {
      docId,
      clauses: [c1],
    } = await newDoc();
    const res = await t.api(`/api/docs/${docId}/clauses/${c1!.id}/comments`, {
      token: fr,
      body: { text: '  Too strong? ', start: 4, end: 10 },
    });
    const comment = await json<CommentJson>(res, 201);
    expect(comment).toMatchObject({
      clauseId: c1!.id,
      text: 'Too strong?',
      by: { delegation: 'FR', name: 'FR drafter' },
      replyTo: null,
      resolved: false,
      start: 4,
      end: 10,
    });
    expect(typeof comment.id).toBe('string');
    expect(Object.keys(comment)).not.toContain('sub');
    const reply = await json<CommentJson>(
      await t.api(`/api/docs/${docId}/clauses/${c1!.id}/comments`, {
        token: de,
        body: { text: 'Agreed', replyTo: comment.id },
      }),
      201,
    );
    expect(reply.replyTo).toBe(comment.id);
    const list = await json<CommentJson[]>(
      await t.api(`/api/docs/${docId}/comments`, { token: frObserver }),
      200,
    );
    expect(list.map((c) => c.id)).toEqual([comment.id, reply.id]);
  });

  it('empty and over-long comments → 400 with a clear message; bad spans and replies too', async () => {
    const {
      docId,
      clauses: [c1, c2],
    } = await newDoc();
    const url = `/api/docs/${docId}/clauses/${c1!.id}/comments`;
    const empty = await json<{ error: { code: string; message: string } }>(
      await t.api(url, { token: fr, body: { text: '   ' } }),
      400,
    );
    expect(empty.error).toEqual({ code: 'invalid_request', message: 'text: a comment needs some text' });
    const long = await json<{ error: { message: string } }>(
      await t.api(url, { token: fr, body: { text: 'x'.repeat(4001) } }),
      400,
    );
    expect(long.error.message).toContain('at most 4000 characters');
    await json(await t.api(url, { token: fr, body: { text: 'x', start: 2 } }), 400);
    await json(await t.api(url, { token: fr, body: {} }), 400);
    const other = await json<CommentJson>(
      await t.api(`/api/docs/${docId}/clauses/${c2!.id}/comments`, { token: fr, body: { text: 'on §2' } }),
      201,
    );
    await json(await t.api(url, { token: fr, body: { text: 'x', replyTo: other.id } }), 400);
    await json(await t.api(url, { token: fr, body: { text: 'x', replyTo: 'nope' } }), 404);
    await json(
      await t.api(`/api/docs/${docId}/clauses/nope/comments`, { token: fr, body: { text: 'x' } }),
      404,
    );
    expect(
      await json<CommentJson[]>(await t.api(`/api/docs/${docId}/comments`, { token: fr }), 200),
    ).toHaveLength(1);
  });

  it('observers → 403 on every write; non-parties → 403 on reads', async () => {
    const {
      docId,
      clauses: [c1],
    } = await newDoc();
    const comment = await json<CommentJson>(
      await t.api(`/api/docs/${docId}/clauses/${c1!.id}/comments`, { token: fr, body: { text: 'hm' } }),
      201,
    );
    const amendment = await json<AmendmentJson>(
      await t.api(`/api/docs/${docId}/clauses/${c1!.id}/amendments`, {
        token: fr,
        body: { text: 'The allies deplore the attack.', hash: c1!.hash },
      }),
      201,
    );
    for (const [path, body] of [
      [`/clauses/${c1!.id}/comments`, { text: 'x' }],
      [`/comments/${comment.id}/resolve`, {}],
      [`/clauses/${c1!.id}/amendments`, { text: 'y', hash: c1!.hash }],
      [`/amendments/${amendment.id}/accept`, {}],
      [`/amendments/${amendment.id}/reject`, { note: 'no' }],
      [`/amendments/${amendment.id}/withdraw`, {}],
    ] as const) {
      const res = await t.api(`/api/docs/${docId}${path}`, { token: frObserver, body });
      expect(res.status, path).toBe(403);
    }
    const us = await t.token('US');
    expect((await t.api(`/api/docs/${docId}/comments`, { token: us })).status).toBe(403);
    expect((await t.api(`/api/docs/${docId}/amendments`, { token: us })).status).toBe(403);
  });

  it('resolving and reopening are audited; resolving twice → 409', async () => {
    const {
      docId,
      clauses: [c1],
    } = await newDoc();
    const comment = await json<CommentJson>(
      await t.api(`/api/docs/${docId}/clauses/${c1!.id}/comments`, { token: fr, body: { text: 'hm' } }),
      201,
    );
    const resolved = await json<CommentJson>(
      await t.api(`/api/docs/${docId}/comments/${comment.id}/resolve`, { token: de, body: {} }),
      200,
    );
    expect(resolved).toMatchObject({ id: comment.id, resolved: true, resolvedBy: { delegation: 'DE' } });
    await json(
      await t.api(`/api/docs/${docId}/comments/${comment.id}/resolve`, { token: de, body: {} }),
      409,
    );
    await json(await t.api(`/api/docs/${docId}/comments/${comment.id}/reopen`, { token: fr, body: {} }), 200);
    await json(await t.api(`/api/docs/${docId}/comments/nope/resolve`, { token: fr, body: {} }), 404);
    const kinds = (await audit(docId)).filter((e) => e.kind.startsWith('comment-'));
    expect(kinds.map((e) => [e.kind, e.clauseId, e.data?.commentId])).toEqual([
      ['comment-resolved', c1!.id, comment.id],
      ['comment-reopened', c1!.id, comment.id],
    ]);
  });

  it('an amendment → 201 open with its redline; a stale hash → 409; bad input → 400', async () => {
    const {
      docId,
      clauses: [c1],
    } = await newDoc();
    const url = `/api/docs/${docId}/clauses/${c1!.id}/amendments`;
    const a = await json<AmendmentJson>(
      await t.api(url, {
        token: fr,
        body: { text: 'The allies strongly condemn the attack.', hash: c1!.hash, note: 'stronger' },
      }),
      201,
    );
    expect(a).toMatchObject({
      clauseId: c1!.id,
      by: { delegation: 'FR', name: 'FR drafter' },
      baseHash: c1!.hash,
      text: 'The allies strongly condemn the attack.',
      note: 'stronger',
      status: 'open',
      line: "[FR: replace 'allies' with 'allies strongly']",
    });
    expect(a.ops.filter((o) => o.op === 'insert').map((o) => o.text.trim())).toEqual(['strongly']);
    const stale = await json<{ error: { code: string } }>(
      await t.api(url, { token: de, body: { text: 'Other.', hash: 'a'.repeat(64) } }),
      409,
    );
    expect(stale.error.code).toBe('stale_hash');
    await json(await t.api(url, { token: de, body: { text: '  ', hash: c1!.hash } }), 400);
    await json(await t.api(url, { token: de, body: { text: 'x'.repeat(10_001), hash: c1!.hash } }), 400);
    await json(await t.api(url, { token: de, body: { text: c1!.text, hash: c1!.hash } }), 400);
    await json(await t.api(url, { token: de, body: { text: 'Fine.' } }), 400);
    expect((await audit(docId)).filter((e) => e.kind === 'amendment-proposed')).toHaveLength(1);
  });

  it('competing amendments; the penholder accepts one: it becomes the text, approvals go stale, the rest are superseded', async () => {
    const {
      docId,
      clauses: [c1],
    } = await newDoc();
    for (const token of [fr, uk]) {
      await json(
        await t.api(`/api/docs/${docId}/clauses/${c1!.id}/approval`, {
          token,
          body: { state: 'approved', hash: c1!.hash },
        }),
        200,
      );
    }
    const url = `/api/docs/${docId}/clauses/${c1!.id}/amendments`;
    const byFr = await json<AmendmentJson>(
      await t.api(url, { token: fr, body: { text: 'The allies deplore the attack.', hash: c1!.hash } }),
      201,
    );
    const byDe = await json<AmendmentJson>(
      await t.api(url, { token: de, body: { text: 'The allies regret the attack.', hash: c1!.hash } }),
      201,
    );
    // Only the penholder accepts.
    await json(
      await t.api(`/api/docs/${docId}/amendments/${byFr.id}/accept`, { token: ukDrafter, body: {} }),
      403,
    );
    await json(await t.api(`/api/docs/${docId}/amendments/${byFr.id}/accept`, { token: fr, body: {} }), 403);
    const accepted = await json<AmendmentJson>(
      await t.api(`/api/docs/${docId}/amendments/${byFr.id}/accept`, { token: uk, body: {} }),
      200,
    );
    expect(accepted).toMatchObject({ status: 'accepted', decision: { by: { delegation: 'UK' } } });
    const [now] = await clauses(docId);
    expect(now!.text).toBe('The allies deplore the attack.');
    expect(now!.approvals.FR).toMatchObject({ stale: true });
    expect(now!.approvals.UK).toMatchObject({ stale: true });
    // A normal edit, attributed to the penholder who accepted it (clause history, #15).
    await waitFor(
      async () => {
        const history = await json<{ text: string; by: { delegation: string }[] }[]>(
          await t.api(`/api/docs/${docId}/clauses/${c1!.id}/history`, { token: fr }),
          200,
        );
        const last = history.at(-1);
        return last?.text === 'The allies deplore the attack.' && last.by.some((b) => b.delegation === 'UK');
      },
      { what: 'the accepted text in the clause history, by UK' },
    );
    // The competing one was written against the old text: superseded on the write path.
    await waitFor(
      async () => {
        const list = await json<AmendmentJson[]>(
          await t.api(`/api/docs/${docId}/amendments`, { token: fr }),
          200,
        );
        return list.find((x) => x.id === byDe.id)?.status === 'superseded';
      },
      { what: 'competing amendment superseded' },
    );
    // Accepting it now is a conflict; it can be rebased onto the current text by its delegation.
    await json(await t.api(`/api/docs/${docId}/amendments/${byDe.id}/accept`, { token: uk, body: {} }), 409);
    await json(
      await t.api(url, {
        token: fr,
        body: { text: 'The allies regret it.', hash: now!.hash, rebaseOf: byDe.id },
      }),
      403,
    );
    const rebased = await json<AmendmentJson>(
      await t.api(url, {
        token: de,
        body: { text: 'The allies regret the attack deeply.', hash: now!.hash, rebaseOf: byDe.id },
      }),
      201,
    );
    expect(rebased).toMatchObject({ status: 'open', rebaseOf: byDe.id, baseHash: now!.hash });
    const kinds = (await audit(docId)).map((e) => e.kind).filter((k) => k.startsWith('amendment-'));
    expect(kinds).toEqual([
      'amendment-proposed',
      'amendment-proposed',
      'amendment-accepted',
      'amendment-superseded',
      'amendment-proposed',
    ]);
  });

  it('accepting right after an edit landed is refused (409) and leaves the edit standing', async () => {
    const {
      docId,
      clauses: [c1],
    } = await newDoc();
    const a = await json<AmendmentJson>(
      await t.api(`/api/docs/${docId}/clauses/${c1!.id}/amendments`, {
        token: fr,
        body: { text: 'Proposed by FR.', hash: c1!.hash },
      }),
      201,
    );
    await json(
      await t.api(`/api/docs/${docId}/clauses/${c1!.id}`, {
        method: 'PATCH',
        token: de,
        body: { text: 'Edited by DE.' },
      }),
      200,
    );
    const res = await t.api(`/api/docs/${docId}/amendments/${a.id}/accept`, { token: uk, body: {} });
    expect(res.status).toBe(409);
    const [now] = await clauses(docId);
    expect(now!.text).toBe('Edited by DE.');
  });

  it('an edit supersedes the open amendments of that clause, not those of the others', async () => {
    const {
      docId,
      clauses: [c1, c2],
    } = await newDoc();
    const a1 = await json<AmendmentJson>(
      await t.api(`/api/docs/${docId}/clauses/${c1!.id}/amendments`, {
        token: fr,
        body: { text: 'Other one.', hash: c1!.hash },
      }),
      201,
    );
    const a2 = await json<AmendmentJson>(
      await t.api(`/api/docs/${docId}/clauses/${c2!.id}/amendments`, {
        token: fr,
        body: { text: 'Other two.', hash: c2!.hash },
      }),
      201,
    );
    await json(
      await t.api(`/api/docs/${docId}/clauses/${c1!.id}`, {
        method: 'PATCH',
        token: de,
        body: { text: 'Edited by DE.' },
      }),
      200,
    );
    await waitFor(
      async () => {
        const list = await json<AmendmentJson[]>(
          await t.api(`/api/docs/${docId}/amendments`, { token: fr }),
          200,
        );
        return list.find((x) => x.id === a1.id)?.status === 'superseded';
      },
      { what: 'superseded after an edit' },
    );
    const list = await json<AmendmentJson[]>(
      await t.api(`/api/docs/${docId}/amendments`, { token: fr }),
      200,
    );
    expect(list.find((x) => x.id === a2.id)?.status).toBe('open');
  });

  it('an adopted (frozen) text takes comments but no amendments: 409 locked', async () => {
    const docId = await t.createDoc(['UK', 'FR'], 'The allies condemn the attack.');
    const [c1] = await clauses(docId);
    for (const token of [uk, fr]) {
      await json(
        await t.api(`/api/docs/${docId}/clauses/${c1!.id}/approval`, {
          token,
          body: { state: 'approved', hash: c1!.hash },
        }),
        200,
      );
    }
    await json(await t.api(`/api/docs/${docId}/adopt`, { token: uk, body: {} }), 200);
    const locked = await json<{ error: { code: string } }>(
      await t.api(`/api/docs/${docId}/clauses/${c1!.id}/amendments`, {
        token: fr,
        body: { text: 'The allies deplore the attack.', hash: c1!.hash },
      }),
      409,
    );
    expect(locked.error.code).toBe('locked');
    await json(
      await t.api(`/api/docs/${docId}/clauses/${c1!.id}/comments`, {
        token: fr,
        body: { text: 'For the record.' },
      }),
      201,
    );
  });

  it('reject needs the penholder and a note; withdraw is the proposer’s; only open ones move', async () => {
    const {
      docId,
      clauses: [c1],
    } = await newDoc();
    const url = `/api/docs/${docId}/clauses/${c1!.id}/amendments`;
    const a = await json<AmendmentJson>(
      await t.api(url, { token: fr, body: { text: 'Version A.', hash: c1!.hash } }),
      201,
    );
    const b = await json<AmendmentJson>(
      await t.api(url, { token: fr, body: { text: 'Version B.', hash: c1!.hash } }),
      201,
    );
    await json(
      await t.api(`/api/docs/${docId}/amendments/${a.id}/reject`, { token: uk, body: { note: ' ' } }),
      400,
    );
    await json(await t.api(`/api/docs/${docId}/amendments/${a.id}/reject`, { token: uk, body: {} }), 400);
    await json(
      await t.api(`/api/docs/${docId}/amendments/${a.id}/reject`, { token: de, body: { note: 'no' } }),
      403,
    );
    const rejected = await json<AmendmentJson & { decision: { note: string } }>(
      await t.api(`/api/docs/${docId}/amendments/${a.id}/reject`, { token: uk, body: { note: 'too vague' } }),
      200,
    );
    expect(rejected).toMatchObject({ status: 'rejected', decision: { note: 'too vague' } });
    await json(await t.api(`/api/docs/${docId}/amendments/${a.id}/withdraw`, { token: fr, body: {} }), 409);
    await json(await t.api(`/api/docs/${docId}/amendments/${b.id}/withdraw`, { token: de, body: {} }), 403);
    await json(await t.api(`/api/docs/${docId}/amendments/${b.id}/withdraw`, { token: fr, body: {} }), 200);
    await json(await t.api(`/api/docs/${docId}/amendments/nope/withdraw`, { token: fr, body: {} }), 404);
    const [now] = await clauses(docId);
    expect(now!.text).toBe(c1!.text);
  });
});

describe('compilation export (export?format=…&compilation=1)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.stop());

  it('prints every open amendment under its clause, attributed; never comments, never closed amendments', async () => {
    const docId = await t.createDoc(['UK', 'FR', 'DE'], TEXT);
    const fr = await t.token('FR');
    const de = await t.token('DE');
    const observer = await t.token('DE', 'observer');
    const [c1, c2] = (await (
      await t.api(`/api/docs/${docId}/clauses`, { token: fr })
    ).json()) as ClauseJson[];
    const propose = (token: string, c: ClauseJson, text: string) =>
      t.api(`/api/docs/${docId}/clauses/${c.id}/amendments`, { token, body: { text, hash: c.hash } });
    expect((await propose(fr, c1!, 'The allies deplore the attack.')).status).toBe(201);
    expect((await propose(de, c1!, 'The allies regret the attack.')).status).toBe(201);
    const gone = (await (await propose(de, c2!, 'We call for calm.')).json()) as AmendmentJson;
    await t.api(`/api/docs/${docId}/amendments/${gone.id}/withdraw`, { token: de, body: {} });
    await t.api(`/api/docs/${docId}/clauses/${c2!.id}/comments`, {
      token: fr,
      body: { text: 'SECRET-COMMENT' },
    });

    const res = await t.api(`/api/docs/${docId}/export?format=md&compilation=1`, { token: observer });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('COMPILATION.md');
    const md = await res.text();
    const para1 = md.slice(md.indexOf('1. '), md.indexOf('2. '));
    expect(para1).toContain("\\[FR: replace 'condemn' with 'deplore'\\]");
    expect(para1).toContain("\\[DE: replace 'condemn' with 'regret'\\]");
    expect(md).not.toContain('calm');
    expect(md).not.toContain('SECRET-COMMENT');

    const plain = await (await t.api(`/api/docs/${docId}/export?format=md`, { token: fr })).text();
    expect(plain).not.toContain('FR: replace');
    expect(
      (await t.api(`/api/docs/${docId}/export?format=md&compilation=1&final=1`, { token: fr })).status,
    ).toBe(400);
    expect((await t.api(`/api/docs/${docId}/export?format=nope&compilation=1`, { token: fr })).status).toBe(
      400,
    );
    expect((await t.api(`/api/docs/${docId}/export?format=akn&compilation=1`, { token: fr })).status).toBe(
      400,
    );
    for (const format of ['html', 'docx', 'pdf']) {
      const r = await t.api(`/api/docs/${docId}/export?format=${format}&compilation=1`, { token: fr });
      expect(r.status, format).toBe(200);
    }
    const html = await (
      await t.api(`/api/docs/${docId}/export?format=html&compilation=1`, { token: fr })
    ).text();
    expect(html).toContain('[FR: replace &#39;condemn&#39; with &#39;deplore&#39;]');
  });
});

describe('a negotiation write storage refuses is never acknowledged', () => {
  const NEGOTIATION_WRITES = ['addComment', 'changeComment', 'addAmendment', 'changeAmendments'];
  let full = false;
  let editsFail = false;
  let t: TestApp;
  beforeAll(async () => {
    const inner = openMemoryStorage();
    const storage = new Proxy(inner, {
      get(target, prop, receiver) {
        if ((full && NEGOTIATION_WRITES.includes(String(prop))) || (editsFail && prop === 'appendUpdates')) {
          return async () => {
            throw new Error('SQLITE_FULL: database or disk is full');
          };
        }
        const value = Reflect.get(target, prop, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    }) as Storage;
    t = await createTestApp({ storage });
  });
  afterAll(() => t.stop());

  it('503 unavailable for comments, resolutions, proposals and transitions; nothing is listed', async () => {
    const docId = await t.createDoc(['UK', 'FR'], TEXT);
    const fr = await t.token('FR');
    const [c1] = (await (await t.api(`/api/docs/${docId}/clauses`, { token: fr })).json()) as ClauseJson[];
    const comment = (await (
      await t.api(`/api/docs/${docId}/clauses/${c1!.id}/comments`, { token: fr, body: { text: 'kept' } })
    ).json()) as CommentJson;
    const amendment = (await (
      await t.api(`/api/docs/${docId}/clauses/${c1!.id}/amendments`, {
        token: fr,
        body: { text: 'Kept too.', hash: c1!.hash },
      })
    ).json()) as AmendmentJson;
    full = true;
    try {
      for (const [path, body] of [
        [`/clauses/${c1!.id}/comments`, { text: 'lost' }],
        [`/comments/${comment.id}/resolve`, {}],
        [`/clauses/${c1!.id}/amendments`, { text: 'Lost.', hash: c1!.hash }],
        [`/amendments/${amendment.id}/withdraw`, {}],
      ] as const) {
        const res = await t.api(`/api/docs/${docId}${path}`, { token: fr, body });
        expect(res.status, path).toBe(503);
        expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unavailable');
      }
    } finally {
      full = false;
    }
    const comments = (await (
      await t.api(`/api/docs/${docId}/comments`, { token: fr })
    ).json()) as CommentJson[];
    expect(comments.map((c) => [c.text, c.resolved])).toEqual([['kept', false]]);
    const amendments = (await (
      await t.api(`/api/docs/${docId}/amendments`, { token: fr })
    ).json()) as AmendmentJson[];
    expect(amendments.map((a) => [a.text, a.status])).toEqual([['Kept too.', 'open']]);
  });

  it('NG18: an accepted text storage refuses is not acknowledged; the acceptance is undone as superseded', async () => {
    const docId = await t.createDoc(['UK', 'FR'], TEXT);
    const fr = await t.token('FR');
    const uk = await t.token('UK', 'penholder');
    const [c1] = (await (await t.api(`/api/docs/${docId}/clauses`, { token: fr })).json()) as ClauseJson[];
    const a = (await (
      await t.api(`/api/docs/${docId}/clauses/${c1!.id}/amendments`, {
        token: fr,
        body: { text: 'Never stored.', hash: c1!.hash },
      })
    ).json()) as AmendmentJson;
    editsFail = true;
    try {
      const res = await t.api(`/api/docs/${docId}/amendments/${a.id}/accept`, { token: uk, body: {} });
      expect(res.status).toBe(503);
    } finally {
      editsFail = false;
    }
    const [after] = (await (
      await t.api(`/api/docs/${docId}/amendments`, { token: fr })
    ).json()) as (AmendmentJson & {
      decision?: { note?: string };
    })[];
    expect(after).toMatchObject({
      status: 'superseded',
      decision: { note: 'accepted, but the text could not be stored' },
    });
    const [now] = (await (await t.api(`/api/docs/${docId}/clauses`, { token: fr })).json()) as ClauseJson[];
    expect(now!.text).toBe(c1!.text);
  });
});

describe('comments and amendments on the live channel', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s.stop(true));

  it('a comment, its resolution and an amendment reach open editors as named events', async () => {
    const docId = await s.createDoc(['UK', 'FR'], TEXT);
    const fr = await s.token('FR');
    const ukObserver = await s.token('UK', 'observer');
    const stream = await openNamedEvents(s.url, docId, ukObserver);
    try {
      const [c1] = (await (await s.api(`/api/docs/${docId}/clauses`, { token: fr })).json()) as ClauseJson[];
      const posted = (await (
        await s.api(`/api/docs/${docId}/clauses/${c1!.id}/comments`, {
          token: fr,
          body: { text: 'Too strong?' },
        })
      ).json()) as CommentJson;
      const seen = await stream.next((e) => e.event === 'comment', 'comment event');
      expect(seen.data).toEqual(posted);
      await s.api(`/api/docs/${docId}/comments/${posted.id}/resolve`, { token: fr, body: {} });
      await stream.next(
        (e) => e.event === 'comment' && (e.data as CommentJson).resolved,
        'resolved comment event',
      );
      const a = (await (
        await s.api(`/api/docs/${docId}/clauses/${c1!.id}/amendments`, {
          token: fr,
          body: { text: 'Changed.', hash: c1!.hash },
        })
      ).json()) as AmendmentJson;
      const ev = await stream.next((e) => e.event === 'amendment', 'amendment event');
      expect(ev.data).toEqual(a);
      // An edit under it: the superseding reaches the stream too.
      await s.api(`/api/docs/${docId}/clauses/${c1!.id}`, {
        method: 'PATCH',
        token: fr,
        body: { text: 'Edited.' },
      });
      await stream.next(
        (e) => e.event === 'amendment' && (e.data as AmendmentJson).status === 'superseded',
        'superseded amendment event',
      );
    } finally {
      await stream.close();
    }
  });
});
