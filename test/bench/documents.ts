import { mintToken } from '../support/server';
import type { BenchServer } from './server-process';

/** Where benchmark clients connect: a new document on either server, and its socket URL. */
export interface BenchDocument {
  wsUrl: string;
  /** Accord's document id; the reference's room name. */
  id: string;
}

const PARTIES = ['FR', 'DE'];

export const drafterToken = () =>
  mintToken({ sub: 'bench-drafter', name: 'Bench drafter', delegation: 'FR', role: 'drafter' });

/** Accord: created through POST /api/docs like any statement. Reference: rooms exist on first use. */
export async function createBenchDocument(
  server: Pick<BenchServer, 'kind' | 'port'>,
  name: string,
  text = 'Bench statement.',
): Promise<BenchDocument> {
  const base = `127.0.0.1:${server.port}`;
  if (server.kind === 'reference') return { id: name, wsUrl: `ws://${base}/${name}` };
  const penholder = await mintToken({
    sub: 'bench-pen',
    name: 'Bench pen',
    delegation: 'FR',
    role: 'penholder',
  });
  const res = await fetch(`http://${base}/api/docs`, {
    method: 'POST',
    headers: { authorization: `Bearer ${penholder}`, 'content-type': 'application/json' },
    body: JSON.stringify({ title: name, parties: PARTIES, text }),
  });
  if (res.status !== 201) throw new Error(`POST /api/docs: ${res.status} ${await res.text()}`);
  const { id } = (await res.json()) as { id: string };
  return { id, wsUrl: `ws://${base}/ws/${id}?token=${await drafterToken()}` };
}
