import type { ApprovalRecord, ClauseFacts } from './approval-state';
import { effectiveApproval } from './effective-approval';
import type { Actor } from './permissions';

/**
 * What a document's status can be on the wire: `drafting` and `agreed` follow from its approvals
 * (AP11); `adopted` is a penholder's act, or the end of a silence procedure, that freezes the text.
 */
export const LIFECYCLE_STATUSES = ['drafting', 'agreed', 'adopted'] as const;
export type LifecycleStatus = (typeof LIFECYCLE_STATUSES)[number];

export interface LifecycleActor {
  sub: string;
  name: string;
  delegation: string;
}

export interface SilenceProcedure {
  /** ISO time; until then any party may break silence. */
  deadline: string;
  by: LifecycleActor;
  startedAt: string;
}

/**
 * The adoption state of one document. `open`: the text follows its approvals; `adopted`: frozen;
 * `silence`: frozen until the deadline, then adopted unless someone broke silence. `version`
 * grows by one with every change, so storage can apply a change only to the state it was decided
 * on (compare-and-set): two instances can never both conclude one silence procedure.
 */
export interface Lifecycle {
  phase: 'open' | 'adopted' | 'silence';
  version: number;
  adoptedAt?: string;
  adoptedBy?: LifecycleActor;
  /** Set when the text was adopted because nobody broke silence. */
  underSilence?: { deadline: string; by: LifecycleActor };
  silence?: SilenceProcedure;
}

export const OPEN_LIFECYCLE: Lifecycle = { phase: 'open', version: 0 };

export type LifecycleCode = 'forbidden' | 'not_a_party' | 'not_agreed' | 'conflict' | 'invalid_request';

export type LifecycleDecision =
  | { ok: true; next: Lifecycle }
  | { ok: false; code: LifecycleCode; message: string };

const refuse = (code: LifecycleCode, message: string): LifecycleDecision => ({ ok: false, code, message });
const who = (a: Actor): LifecycleActor => ({ sub: a.sub, name: a.name, delegation: a.delegation });

/** AD1: adopted and silenced documents are frozen: no edit reaches their text. */
export function isFrozen(l: Lifecycle): boolean {
  return l.phase !== 'open';
}

/** AD2: the status shown: `adopted` once adopted, else what the approvals make it. */
export function lifecycleStatus(computed: 'drafting' | 'agreed', l: Lifecycle): LifecycleStatus {
  return l.phase === 'adopted' ? 'adopted' : computed;
}

/** AD3: only the penholder adopts, only an `agreed` document, and only once. */
export function decideAdopt(input: {
  actor: Actor;
  lifecycle: Lifecycle;
  status: 'drafting' | 'agreed';
  at: string;
}): LifecycleDecision {
  const { actor, lifecycle: l } = input;
  if (actor.role !== 'penholder') return refuse('forbidden', 'only the penholder adopts the text');
  if (l.phase === 'adopted') return refuse('conflict', 'the text is already adopted');
  if (l.phase === 'silence') return refuse('conflict', 'the text is under silence procedure');
  if (input.status !== 'agreed') return refuse('not_agreed', 'only an agreed text can be adopted');
  return {
    ok: true,
    next: { phase: 'adopted', version: l.version + 1, adoptedAt: input.at, adoptedBy: who(actor) },
  };
}

export const REASON_MAX_LENGTH = 2000;

function cleanNote(note: unknown): string | null {
  if (typeof note !== 'string') return null;
  const t = note.trim();
  return t === '' || t.length > REASON_MAX_LENGTH ? null : t;
}

/** AD4: the penholder reopens an adopted text, giving a reason (non-blank, ≤ 2000 characters). */
export function decideReopen(input: {
  actor: Actor;
  lifecycle: Lifecycle;
  reason: unknown;
}): LifecycleDecision {
  const { actor, lifecycle: l } = input;
  if (actor.role !== 'penholder') return refuse('forbidden', 'only the penholder reopens the text');
  if (cleanNote(input.reason) === null)
    return refuse('invalid_request', `a reason (1–${REASON_MAX_LENGTH} characters) is required`);
  if (l.phase !== 'adopted') return refuse('conflict', 'the text is not adopted');
  return { ok: true, next: { phase: 'open', version: l.version + 1 } };
}

/**
 * SL1: the penholder puts an open text under silence until a deadline in the future, unless an
 * objection stands (or a bracket: the text silence would adopt must be bracket-free).
 */
export function decideSilence(input: {
  actor: Actor;
  lifecycle: Lifecycle;
  deadline: unknown;
  now: Date;
  objections: number;
  brackets: number;
}): LifecycleDecision {
  const { actor, lifecycle: l } = input;
  if (actor.role !== 'penholder') return refuse('forbidden', 'only the penholder starts a silence procedure');
  const deadline = typeof input.deadline === 'string' ? Date.parse(input.deadline) : Number.NaN;
  if (Number.isNaN(deadline)) return refuse('invalid_request', 'deadline must be an ISO date-time');
  if (deadline <= input.now.getTime()) return refuse('invalid_request', 'deadline must be in the future');
  if (l.phase !== 'open')
    return refuse('conflict', `the text is already ${l.phase === 'silence' ? 'under silence' : 'adopted'}`);
  if (input.objections > 0)
    return refuse('conflict', 'an objection stands: silence cannot be put on this text');
  if (input.brackets > 0)
    return refuse('conflict', 'bracketed text stands: silence cannot be put on this text');
  return {
    ok: true,
    next: {
      phase: 'silence',
      version: l.version + 1,
      silence: {
        deadline: new Date(deadline).toISOString(),
        by: who(actor),
        startedAt: input.now.toISOString(),
      },
    },
  };
}

/** SL2: before the deadline, any drafter or penholder of a party breaks silence with a note. */
export function decideBreakSilence(input: {
  actor: Actor;
  parties: readonly string[];
  lifecycle: Lifecycle;
  note: unknown;
  now: Date;
}): LifecycleDecision {
  const { actor, lifecycle: l } = input;
  if (!input.parties.includes(actor.delegation))
    return refuse('not_a_party', `${actor.delegation} is not a party`);
  if (actor.role === 'observer') return refuse('forbidden', 'observers cannot break silence');
  if (cleanNote(input.note) === null)
    return refuse('invalid_request', `a note (1–${REASON_MAX_LENGTH} characters) is required`);
  if (l.phase !== 'silence' || !l.silence) return refuse('conflict', 'the text is not under silence');
  if (silenceDue(l, input.now)) return refuse('conflict', 'the silence deadline has passed');
  return { ok: true, next: { phase: 'open', version: l.version + 1 } };
}

/** SL3: a silence procedure is due once its deadline is reached. */
export function silenceDue(l: Lifecycle, now: Date): boolean {
  return l.phase === 'silence' && !!l.silence && Date.parse(l.silence.deadline) <= now.getTime();
}

/**
 * SL3: the state after an unbroken silence: adopted, remembering the procedure. An objection
 * recorded meanwhile counts as breaking silence (SL5): the text reopens instead.
 */
export function concludeSilence(l: Lifecycle, at: string, objections = 0): LifecycleDecision {
  if (l.phase !== 'silence' || !l.silence) return refuse('conflict', 'the text is not under silence');
  if (Date.parse(l.silence.deadline) > Date.parse(at))
    return refuse('conflict', 'the deadline has not passed');
  if (objections > 0) return { ok: true, next: { phase: 'open', version: l.version + 1 } };
  return {
    ok: true,
    next: {
      phase: 'adopted',
      version: l.version + 1,
      adoptedAt: at,
      adoptedBy: l.silence.by,
      underSilence: { deadline: l.silence.deadline, by: l.silence.by },
    },
  };
}

export const SILENCE_NOTE = 'approved under silence procedure';
export const SILENCE_ACTOR: LifecycleActor = {
  sub: 'accord:silence',
  name: 'Silence procedure',
  delegation: 'ALL',
};

/**
 * SL4: at the deadline, every party's pending, stale or reserved decision on every clause becomes
 * `approved` on the clause's current text, noted "approved under silence procedure". Decisions
 * already approved on the current text are left as they are (so concluding twice records nothing
 * new).
 */
export function silenceApprovals(input: {
  parties: readonly string[];
  clauses: readonly ClauseFacts[];
  approvals: readonly ApprovalRecord[];
  at: string;
}): ApprovalRecord[] {
  const byKey = new Map(input.approvals.map((a) => [JSON.stringify([a.clauseId, a.party]), a]));
  const out: ApprovalRecord[] = [];
  for (const clause of input.clauses) {
    for (const party of input.parties) {
      const e = effectiveApproval(byKey.get(JSON.stringify([clause.id, party])), clause.hash);
      if (e.state === 'approved' || e.state === 'objection') continue;
      out.push({
        clauseId: clause.id,
        party,
        state: 'approved',
        by: SILENCE_ACTOR.name,
        sub: SILENCE_ACTOR.sub,
        at: input.at,
        hash: clause.hash,
        note: SILENCE_NOTE,
      });
    }
  }
  return out;
}

/**
 * AD5: how many clauses still wait for a party's decision on their current text (no record, a
 * stale one, or an explicit `pending`) — the "my pending" count of the document list.
 */
export function pendingDecisions(
  clauses: readonly { approvals: Readonly<Record<string, { state: string }>> }[],
  party: string,
): number {
  return clauses.filter((c) => (c.approvals[party]?.state ?? 'pending') === 'pending').length;
}
