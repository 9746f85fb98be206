import type { Suppression } from '@accord/linter';
import { startTransition, useEffect, useMemo, useRef, useState } from 'react';
import type { MappedClause } from './clause-text-map';
import type { LintRequest, LintResponse } from './lint-protocol';
import { findingId, type LocatedFinding } from './visible-findings';

export interface LintState {
  findings: LocatedFinding[];
  error: string | null;
  /** True until the worker has answered for the text as it stands: findings may be missing (#19). */
  checking: boolean;
}

interface Inputs {
  clauses: MappedClause[];
  parties: string[];
  suppressions: Suppression[];
}

interface Answer {
  findings: LocatedFinding[];
  error: string | null;
  /** What the worker answered for; null until it has. */
  answered: Inputs | null;
}

/**
 * Lints the statement in a Web Worker as it changes (debounced); only changed clauses are re-run there.
 * `checking` is derived (the answer is for other inputs than these), so an edit costs no render of its
 * own to say so (#18).
 */
export function useLint(clauses: MappedClause[], parties: string[], suppressions: Suppression[]): LintState {
  const [answer, setAnswer] = useState<Answer>({ findings: [], error: null, answered: null });
  // Bumped once the worker exists, so a request waiting for it is sent then.
  const [ready, setReady] = useState(0);
  const workerRef = useRef<Worker | null>(null);
  const seqRef = useRef(0);
  const requestsRef = useRef(new Map<number, { texts: Map<string, string>; inputs: Inputs }>());
  const latest = useRef<Inputs>({ clauses, parties, suppressions });
  latest.current = { clauses, parties, suppressions };

  useEffect(() => {
    let worker: Worker | null = null;
    function listen(worker: Worker) {
      worker.onmessage = (event: MessageEvent<LintResponse>) => {
        const res = event.data;
        const request = requestsRef.current.get(res.seq);
        for (const seq of requestsRef.current.keys()) if (seq <= res.seq) requestsRef.current.delete(seq);
        // Answers to superseded requests are dropped: a newer one is on its way.
        if (res.seq !== seqRef.current || !request) return;
        if (!res.ok) {
          setAnswer((s) => ({ ...s, error: res.error, answered: request.inputs }));
          return;
        }
        const findings = res.findings.map((f) => ({
          ...f,
          clauseText: request.texts.get(f.clauseId) ?? '',
          id: findingId(f),
        }));
        // A transition (#18): the findings of a long statement render between keystrokes.
        startTransition(() => setAnswer({ findings, error: null, answered: request.inputs }));
      };
      worker.onerror = (event) =>
        setAnswer((s) => ({
          ...s,
          // Nothing more will come: not "checking" any longer, for the text as it stands now.
          answered: latest.current,
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
    const timer = setTimeout(() => {
      const worker = workerRef.current;
      if (!worker) return;
      seqRef.current += 1;
      const seq = seqRef.current;
      requestsRef.current.set(seq, {
        texts: new Map(clauses.map((c) => [c.id, c.text])),
        inputs: { clauses, parties, suppressions },
      });
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

  const { findings, error, answered } = answer;
  const checking =
    answered === null ||
    answered.clauses !== clauses ||
    answered.parties !== parties ||
    answered.suppressions !== suppressions;
  return useMemo(() => ({ findings, error, checking }), [findings, error, checking]);
}
