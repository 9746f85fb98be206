import type { Suppression } from '@accord/linter';
import { useEffect, useRef, useState } from 'react';
import type { MappedClause } from './clause-text-map';
import type { LintRequest, LintResponse } from './lint-protocol';
import { findingId, type LocatedFinding } from './visible-findings';

export interface LintState {
  findings: LocatedFinding[];
  error: string | null;
  /** True until the worker has answered for the text as it stands: findings may be missing (#19). */
  checking: boolean;
}

/** Lints the statement in a Web Worker as it changes (debounced); only changed clauses are re-run there. */
export function useLint(clauses: MappedClause[], parties: string[], suppressions: Suppression[]): LintState {
  const [state, setState] = useState<LintState>({ findings: [], error: null, checking: true });
  // Bumped once the worker exists, so a request waiting for it is sent then.
  const [ready, setReady] = useState(0);
  const workerRef = useRef<Worker | null>(null);
  const seqRef = useRef(0);
  const textsRef = useRef(new Map<number, Map<string, string>>());

  useEffect(() => {
    let worker: Worker | null = null;
    function listen(worker: Worker) {
      worker.onmessage = (event: MessageEvent<LintResponse>) => {
        const res = event.data;
        const texts = textsRef.current.get(res.seq);
        for (const seq of textsRef.current.keys()) if (seq <= res.seq) textsRef.current.delete(seq);
        // Answers to superseded requests are dropped: a newer one is on its way.
        if (res.seq !== seqRef.current || !texts) return;
        if (!res.ok) {
          setState((s) => ({ ...s, error: res.error, checking: false }));
          return;
        }
        const findings = res.findings.map((f) => ({
          ...f,
          clauseText: texts.get(f.clauseId) ?? '',
          id: findingId(f),
        }));
        setState({ findings, error: null, checking: false });
      };
      worker.onerror = (event) =>
        setState((s) => ({
          ...s,
          checking: false,
          error: event.message || 'the linter failed to start: reload the page to check the text again',
        }));
    }
    // The worker (its script, the linter's models) loads once the editor is up, not before (#18).
    const start = () => {
      worker = new Worker(new URL('./lint.worker.ts', import.meta.url), { type: 'module' });
      listen(worker);
      workerRef.current = worker;
      setReady((n) => n + 1);
    };
    const idle = typeof requestIdleCallback === 'function';
    const handle = idle ? requestIdleCallback(start, { timeout: 1500 }) : setTimeout(start, 300);
    return () => {
      if (idle) cancelIdleCallback(handle as number);
      else clearTimeout(handle as ReturnType<typeof setTimeout>);
      worker?.terminate();
      workerRef.current = null;
    };
  }, []);

  useEffect(() => {
    if (parties.length === 0 || ready === 0) return;
    setState((s) => (s.checking ? s : { ...s, checking: true }));
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
  }, [clauses, parties, suppressions, ready]);

  return state;
}
