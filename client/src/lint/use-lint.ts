import type { Suppression } from '@accord/linter';
import { useEffect, useRef, useState } from 'react';
import type { MappedClause } from './clause-text-map';
import type { LintRequest, LintResponse } from './lint-protocol';
import { findingId, type LocatedFinding } from './visible-findings';

export interface LintState {
  findings: LocatedFinding[];
  error: string | null;
}

/** Lints the statement in a Web Worker as it changes (debounced); only changed clauses are re-run there. */
export function useLint(clauses: MappedClause[], parties: string[], suppressions: Suppression[]): LintState {
  const [state, setState] = useState<LintState>({ findings: [], error: null });
  const workerRef = useRef<Worker | null>(null);
  const seqRef = useRef(0);
  const textsRef = useRef(new Map<number, Map<string, string>>());

  useEffect(() => {
    const worker = new Worker(new URL('./lint.worker.ts', import.meta.url), { type: 'module' });
    workerRef.current = worker;
    worker.onmessage = (event: MessageEvent<LintResponse>) => {
      const res = event.data;
      const texts = textsRef.current.get(res.seq);
      for (const seq of textsRef.current.keys()) if (seq <= res.seq) textsRef.current.delete(seq);
      // Answers to superseded requests are dropped: a newer one is on its way.
      if (res.seq !== seqRef.current || !texts) return;
      if (!res.ok) {
        setState((s) => ({ ...s, error: res.error }));
        return;
      }
      const findings = res.findings.map((f) => ({
        ...f,
        clauseText: texts.get(f.clauseId) ?? '',
        id: findingId(f),
      }));
      setState({ findings, error: null });
    };
    worker.onerror = (event) =>
      setState((s) => ({ ...s, error: event.message || 'the linter failed to start' }));
    return () => {
      worker.terminate();
      workerRef.current = null;
    };
  }, []);

  useEffect(() => {
    if (parties.length === 0) return;
    const timer = setTimeout(() => {
      const worker = workerRef.current;
      if (!worker) return;
      seqRef.current += 1;
      const seq = seqRef.current;
      textsRef.current.set(seq, new Map(clauses.map((c) => [c.id, c.text])));
      const request: LintRequest = {
        seq,
        parties,
        clauses: clauses.map(({ id, text, hash }) => ({ id, text, hash })),
        suppressions,
      };
      worker.postMessage(request);
    }, 120);
    return () => clearTimeout(timer);
  }, [clauses, parties, suppressions]);

  return state;
}
