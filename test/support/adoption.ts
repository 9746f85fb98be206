import type { TestServer } from './server';

/** Helpers for adoption and silence tests: a document every party has approved, and its calls. */
export interface ClauseJson {
  id: string;
  index: number;
  text: string;
  hash: string;
  approvals: Record<string, { state: string; stale: boolean; by?: string; note?: string }>;
}

export function docCalls(t: TestServer, docId: string, tokens: Record<string, string>) {
  const call = (path: string, token: string, body?: unknown, method?: string) =>
    t.api(`/api/docs/${docId}${path}`, { token, body, ...(method ? { method } : {}) });
  return {
    call,
    clauses: async (token = Object.values(tokens)[0]!) =>
      (await (await call('/clauses', token)).json()) as ClauseJson[],
    meta: async (token = Object.values(tokens)[0]!) =>
      (await (await call('', token)).json()) as {
        status: string;
        silence?: { deadline: string; by: { delegation: string; name: string } } | null;
        title: string;
        tlp: string;
        place: string;
      },
    audit: async (token = Object.values(tokens)[0]!) =>
      (await (await call('/audit', token)).json()) as {
        kind: string;
        note?: string;
        state?: string;
        party?: string;
        clauseId?: string;
        data?: Record<string, unknown>;
      }[],
    async decideAll(parties: string[], state = 'approved', note?: string) {
      for (const c of await this.clauses()) {
        for (const p of parties) {
          const res = await call(`/clauses/${c.id}/approval`, tokens[p]!, {
            state,
            hash: c.hash,
            ...(note ? { note } : {}),
          });
          if (res.status !== 200) throw new Error(`approval failed: ${res.status} ${await res.text()}`);
        }
      }
    },
  };
}
