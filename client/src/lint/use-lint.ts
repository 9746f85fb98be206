import type { Suppression } from '@accord/linter';
import { startTransition, useEffect, useMemo, useRef, useState } from 'react';
import type { MappedClause } from './clause-text-map';
import type { LintMessage, LintRequest, LintResponse } from './lint-protocol';
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

/** The previous value while its content (`key`) is the same. */
function useKeptWhileSame<T>(value: T, key: string): T {
  const kept = useRef({ key, value });
  if (kept.current.key !== key) kept.current = { key, value };
  return kept.current.value;
}

/** Edits are linted this long after the last one; the first text is linted at once. */
const DEBOUNCE_MS = 120;
/** A statement with no clause at all is linted (to say "no findings") after this long. */
const EMPTY_AFTER_MS = 3000;
/**
 * The first lint of a long statement goes in two requests (#18): the opening clauses (what a page
 * shows first) and then the whole, so their underlines come without waiting for the rest; the worker
 * lints each clause once (its cache), so the whole costs no more for it.
 */
const FIRST_SLICE = 30;

/**
 * Lints the statement in a Web Worker as it changes (debounced); only changed clauses are re-run there.
 * `checking` is derived (the answer is for other inputs than these), so an edit costs no render of its
 * own to say so (#18). The worker starts when the page is first idle (while it waits for the text) or
 * as the text comes in, whichever is first, and is told the parties at once, so it compiles their
 * policies before the first text arrives; the first text is linted without the edits' debounce.
 */
export function useLint(
  clauses: MappedClause[],
  partiesAsGiven: string[],
  suppressionsAsGiven: Suppression[],
): LintState {
  // By content (#18): the live state's first arrival and its resent states give equal parties and
  // suppressions as new arrays; each was a request of its own, and the first findings waited for the last.
  const parties = useKeptWhileSame(
    partiesAsGiven,
    useMemo(() => partiesAsGiven.join('\u0000'), [partiesAsGiven]),
  );
  const suppressions = useKeptWhileSame(
    suppressionsAsGiven,
    useMemo(() => JSON.stringify(suppressionsAsGiven), [suppressionsAsGiven]),
  );
  const [answer, setAnswer] = useState<Answer>({ findings: [], error: null, answered: null });
  // Bumped once the worker exists, so a request waiting for it is sent then.
  const [ready, setReady] = useState(0);
  const workerRef = useRef<Worker | null>(null);
  const seqRef = useRef(0);
  const requestsRef = useRef(
    new Map<number, { texts: Map<string, string>; inputs: Inputs; partial: boolean }>(),
  );
  const answeredRef = useRef(false);
  // A statement that stays empty is not "checking" for ever.
  const [emptyDue, setEmptyDue] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setEmptyDue(true), EMPTY_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);
  // Once the text is in (or the worker started, or an empty statement waited long enough), for good.
  const textIn = clauses.length > 0 || ready > 0 || emptyDue;
  const latest = useRef<Inputs>({ clauses, parties, suppressions });
  latest.current = { clauses, parties, suppressions };

  const [due, setDue] = useState(false);
  // The worker's script, the linter's models, wait for the page's first idle moment (#18), or the text.
  useEffect(() => {
    const idle = typeof requestIdleCallback === 'function';
    const start = () => setDue(true);
    const handle = idle ? requestIdleCallback(start, { timeout: 1500 }) : setTimeout(start, 300);
    return () => {
      if (idle) cancelIdleCallback(handle as number);
      else clearTimeout(handle as ReturnType<typeof setTimeout>);
    };
  }, []);
  const startWorker = due || textIn;

  useEffect(() => {
    if (!startWorker) return;
    let worker: Worker | null = null;
    function listen(worker: Worker) {
      worker.onmessage = (event: MessageEvent<LintResponse>) => {
        const res = event.data;
        const request = requestsRef.current.get(res.seq);
        for (const seq of requestsRef.current.keys()) if (seq <= res.seq) requestsRef.current.delete(seq);
        // The first slice of a first lint, while the whole is on its way: its findings shown, still checking.
        if (request?.partial && res.ok && res.seq === seqRef.current - 1) {
          const findings = res.findings.map((f) => ({
            ...f,
            clauseText: request.texts.get(f.clauseId) ?? '',
            id: findingId(f),
          }));
          startTransition(() => setAnswer((s) => (s.answered === null ? { ...s, findings } : s)));
          return;
        }
        // Answers to superseded requests are dropped: a newer one is on its way.
        if (res.seq !== seqRef.current || !request) return;
        answeredRef.current = true;
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
    worker = new Worker(new URL('./lint.worker.ts', import.meta.url), { type: 'module' });
    listen(worker);
    workerRef.current = worker;
    setReady((n) => n + 1);
    return () => {
      worker?.terminate();
      workerRef.current = null;
    };
  }, [startWorker]);

  // The parties' policies compiled before the text is in (#18): the first request then only lints.
  const preparedFor = useRef<Worker | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `ready` is bumped when a new worker is in workerRef
  useEffect(() => {
    const worker = workerRef.current;
    if (!worker || parties.length === 0 || preparedFor.current === worker) return;
    preparedFor.current = worker;
    worker.postMessage({ prepare: parties } satisfies LintMessage);
  }, [parties, ready]);

  // Only a statement still empty is asked about when EMPTY_AFTER_MS has passed (#18): one with text was
  // asked again then, slice and whole, behind the first lint when that took longer.
  const emptyNow = emptyDue && clauses.length === 0;
  useEffect(() => {
    if (parties.length === 0 || ready === 0) return;
    // No text yet (the first sync is on its way): nothing to say "no findings" about.
    if (clauses.length === 0 && !answeredRef.current && !emptyNow) return;
    const send = (part: MappedClause[], partial: boolean) => {
      const worker = workerRef.current;
      if (!worker) return;
      seqRef.current += 1;
      const seq = seqRef.current;
      requestsRef.current.set(seq, {
        texts: new Map(part.map((c) => [c.id, c.text])),
        inputs: { clauses, parties, suppressions },
        partial,
      });
      const request: LintRequest = {
        seq,
        parties,
        clauses: part.map(({ id, text, hash }) => ({ id, text, hash })),
        suppressions,
      };
      worker.postMessage(request);
    };
    const first = !answeredRef.current;
    const timer = setTimeout(
      () => {
        if (first && clauses.length > FIRST_SLICE) send(clauses.slice(0, FIRST_SLICE), true);
        send(clauses, false);
      },
      first ? 0 : DEBOUNCE_MS,
    );
    return () => clearTimeout(timer);
  }, [clauses, parties, suppressions, ready, emptyNow]);

  const { findings, error, answered } = answer;
  const checking =
    answered === null ||
    answered.clauses !== clauses ||
    answered.parties !== parties ||
    answered.suppressions !== suppressions;
  return useMemo(() => ({ findings, error, checking }), [findings, error, checking]);
}
