import {
  ACCOUNTABLE,
  ACTOR_NOUNS,
  AGENT_VERBS,
  APPEALS,
  ATTACK_NOUNS,
  ATTRIBUTING,
  AUTHOR_VERBS,
  BE_FORMS,
  BEARING,
  CYBER_CONTEXT,
  DETERMINERS,
  HOLDING,
  LINK_WORDS,
  MODIFIERS,
  NON_PARTICIPLE,
  ORIGIN_VERBS,
  RESTING,
  SCAN_STOP,
  TARGETING,
  WEAK_ATTACK_NOUNS,
} from './attribution-cues';
import type { Mention } from './entities';
import type { Sentence, Token } from './sentences';

export type AuthorRelation =
  | 'linked'
  | 'possessive'
  | 'modifier'
  | 'agent'
  | 'origin'
  | 'attributed'
  | 'held-responsible'
  | 'active';

export interface Attribution {
  mention: Mention;
  relation: AuthorRelation;
  start: number;
  end: number;
  /** Set when the span names an attack ("Russia's cyber-attacks") or its actors ("Russian hackers"). */
  names?: 'activity' | 'actors';
}

/** Cheap clause-level pre-check: a sentence with none of these words cannot attribute an attack. */
export const MAY_NAME_ATTACK = new RegExp(
  `(?<![\\p{L}])(?:${[...ATTACK_NOUNS, ...WEAK_ATTACK_NOUNS, ...ACTOR_NOUNS].join('|')})(?![\\p{L}])`,
  'iu',
);

function attackIndices(tokens: Token[]): Set<number> {
  // "operation" is an attack in a sentence about cyber activity or about who mounted it
  const cyber = tokens.some(
    (t) => CYBER_CONTEXT.has(t.norm) || ATTACK_NOUNS.has(t.norm) || AGENT_VERBS.has(t.norm),
  );
  const found = new Set<number>();
  tokens.forEach((t, i) => {
    if (ATTACK_NOUNS.has(t.norm) || (cyber && WEAK_ATTACK_NOUNS.has(t.norm))) found.add(i);
  });
  return found;
}

const breaksPhrase = (t: Token): boolean => /[,;:.!?()]/.test(t.post);

/**
 * Finds mentions that the sentence names as the author of an attack, in any of the ways people say it:
 * active and passive voice, possessives, demonyms, "originating from", "on behalf of", "bears responsibility",
 * "we attribute … to". A mention in a sentence about no attack, or as the one addressed ("we urge X to"),
 * or as the victim ("attacks on X"), is not an attribution.
 */
export function findAttributions(sentence: Sentence, mentions: Mention[]): Attribution[] {
  const toks = sentence.tokens;
  const attacks = attackIndices(toks);
  const hasActor = toks.some((t) => ACTOR_NOUNS.has(t.norm));
  if (attacks.size === 0 && !hasActor) return [];
  const out: Attribution[] = [];
  const norm = (i: number): string => toks[i]?.norm ?? '';
  const anyBefore = (i: number, words: ReadonlySet<string>, from = 0): boolean => {
    for (let k = Math.max(0, from); k < i; k++) if (words.has(norm(k))) return true;
    return false;
  };
  const attackBefore = (i: number, from = 0): boolean => {
    for (const a of attacks) if (a < i && a >= from) return true;
    return false;
  };

  // A name followed at once by another ("Russia's GRU") is one author.
  const authorEnd = (m: Mention): { end: number; possessive: boolean } => {
    let end = m;
    for (;;) {
      const next = mentions.find((x) => x.first === end.last + 1);
      if (!next) {
        const tail = toks[end.last]!;
        return { end: end.end, possessive: tail.possessive && !breaksPhrase(tail) };
      }
      covered.add(next);
      end = next;
    }
  };
  const covered = new Set<Mention>();

  for (const m of mentions) {
    if (covered.has(m)) continue;
    const last = toks[m.last]!;
    const hit = (
      relation: AuthorRelation,
      start: number,
      end: number,
      names?: Attribution['names'],
    ): void => {
      out.push({ mention: m, relation, start, end, ...(names ? { names } : {}) });
    };

    // "Russia-linked", "Kremlin-backed"
    if (last.post.trim() === '-' && LINK_WORDS.has(norm(m.last + 1))) {
      hit('linked', m.start, toks[m.last + 1]!.end);
      continue;
    }

    // "Russia's cyber-attacks", "Russian hackers", "GRU state-sponsored actors"
    if (!breaksPhrase(last)) {
      let j = m.last + 1;
      const limit = m.last + 4;
      while (j < toks.length && j < limit && !attacks.has(j) && !ACTOR_NOUNS.has(norm(j))) {
        if (!(last.possessive || MODIFIERS.has(norm(j))) || breaksPhrase(toks[j]!)) break;
        j++;
      }
      const noun = toks[j];
      if (noun && j < limit && (attacks.has(j) || ACTOR_NOUNS.has(noun.norm))) {
        hit(
          last.possessive ? 'possessive' : 'modifier',
          m.start,
          noun.end,
          attacks.has(j) ? 'activity' : 'actors',
        );
        continue;
      }
    }

    // what precedes the name: "carried out by", "originating from", "on behalf of", "attributed to"
    let p = m.first - 1;
    while (p >= 0 && DETERMINERS.has(norm(p))) p--;
    const prev = norm(p);
    // "attacks against Ukraine", "targeting Ukraine's banks": the one attacked, not the attacker
    if (TARGETING.has(prev)) continue;
    if (attacks.size > 0 && p >= 0) {
      const span = toks[p]!.start;
      if (prev === 'by' && (attackBefore(p) || anyBefore(p, AGENT_VERBS))) {
        // The span is the named author alone ("Russia's GRU"), so replacing it with the
        // policy's actor wording keeps the sentence grammatical: "carried out by malicious cyber actors".
        const { end, possessive } = authorEnd(m);
        // "by President Putin's services": the name owns the agent, so a bare rewrite would not fit.
        hit('agent', m.start, end, possessive ? undefined : 'actors');
        continue;
      }
      if (
        (prev === 'from' || prev === 'in') &&
        (anyBefore(p, ORIGIN_VERBS, p - 2) || (prev === 'from' && attackBefore(p, p - 3)))
      ) {
        hit('origin', toks[p - 1] && ORIGIN_VERBS.has(norm(p - 1)) ? toks[p - 1]!.start : span, m.end);
        continue;
      }
      if (prev === 'of' && norm(p - 1) === 'behalf') {
        hit('agent', toks[p - 2]?.start ?? span, m.end);
        continue;
      }
      if (prev === 'to' && anyBefore(p, ATTRIBUTING)) {
        hit('attributed', m.start, m.end);
        continue;
      }
      if (prev === 'with' && RESTING.has(norm(p - 1))) {
        hit('attributed', m.start, m.end);
        continue;
      }
      if (anyBefore(m.first, HOLDING, m.first - 3) && [1, 2].some((d) => ACCOUNTABLE.has(norm(m.last + d)))) {
        hit('held-responsible', m.start, m.end);
        continue;
      }
    }

    // active voice: "Russia carried out", "Moscow was behind", "the GRU bears responsibility"
    // a possessive names the owner of the subject, not the subject: "Ukraine's banks were disrupted"
    if (attacks.size === 0 || last.possessive || anyBefore(m.first, APPEALS, m.first - 3)) continue;
    for (let j = m.last + 1; j < toks.length && j <= m.last + 8; j++) {
      const w = norm(j);
      if (SCAN_STOP.has(w)) break;
      if (w === 'responsibility' && BEARING.has(norm(j - 1))) {
        hit('active', m.start, m.end);
        break;
      }
      if (AUTHOR_VERBS.has(w)) {
        const passive = !NON_PARTICIPLE.has(w) && (BE_FORMS.has(norm(j - 1)) || norm(j + 1) === 'by');
        if (!passive) hit('active', m.start, m.end);
        break;
      }
      if (breaksPhrase(toks[j]!) && j > m.last + 1) break;
    }
  }
  return out;
}
