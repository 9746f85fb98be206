import { z } from 'zod';
import type { Finding } from './finding';

/** A drafter's acceptance of one finding on one clause text, with the reason (recorded in the audit log). */
export const SuppressionSchema = z.object({
  ruleId: z.string().min(1),
  clauseId: z.string().min(1),
  /** Hash of the clause text the finding was accepted on; the suppression lapses when it changes. */
  clauseHash: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  policy: z.string().min(1),
  reason: z.string().trim().min(1, 'a suppression needs a justification'),
  by: z.string().min(1),
  at: z.string().min(1),
});
export type Suppression = z.infer<typeof SuppressionSchema>;

const key = (f: Pick<Finding, 'ruleId' | 'clauseId' | 'start' | 'end' | 'policy'>): string =>
  `${f.clauseId}|${f.policy}|${f.ruleId}|${f.start}|${f.end}`;

/** Builds a suppression for a finding on the clause text whose hash is given. */
export function suppress(
  finding: Finding,
  accepted: { clauseHash: string; reason: string; by: string; at: string },
): Suppression {
  return SuppressionSchema.parse({
    ruleId: finding.ruleId,
    clauseId: finding.clauseId,
    start: finding.start,
    end: finding.end,
    policy: finding.policy,
    ...accepted,
  });
}

/**
 * Splits findings into those still standing and those a drafter accepted. A suppression only holds while the
 * clause's current hash equals the hash it was made on; an edit to the clause makes it lapse.
 */
export function applySuppressions(
  findings: Finding[],
  suppressions: Suppression[],
  currentHashes: Map<string, string>,
): { active: Finding[]; suppressed: Finding[] } {
  const live = new Set(
    suppressions
      .filter((s) => currentHashes.get(s.clauseId) === s.clauseHash && s.reason.trim() !== '')
      .map(key),
  );
  const active: Finding[] = [];
  const suppressed: Finding[] = [];
  for (const f of findings) (live.has(key(f)) ? suppressed : active).push(f);
  return { active, suppressed };
}
