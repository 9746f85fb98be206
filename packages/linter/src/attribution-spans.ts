import { findAttributions } from './attribution';
import type { ConstructionSet } from './constructions';
import { defaultPolicies } from './defaults';
import { findMentions } from './entities';
import { tokenize } from './sentences';

let bundled: ConstructionSet | undefined;
/** The bundled attribution constructions (every default policy shares one set). */
export function defaultAttributionConstructions(): ConstructionSet {
  bundled ??= defaultPolicies()[0]!.constructions.get('attribution')!;
  return bundled;
}

/**
 * The text a construction set reads as the author of an attack, sentence by sentence, sure and unsure readings alike
 * (what the attribution tests and probes assert on; the sentence model plays no part).
 */
export function attributedSpans(
  text: string,
  constructions: ConstructionSet = defaultAttributionConstructions(),
): string[] {
  return tokenize(text).flatMap((s) =>
    findAttributions(s, findMentions(s), constructions).map((a) => text.slice(a.start, a.end)),
  );
}

/** Each mention a text holds, as "State:the words" (what the gazetteer tests assert on). */
export function mentionedStates(text: string): string[] {
  return tokenize(text).flatMap((s) =>
    findMentions(s).map((m) => `${m.state}:${text.slice(m.start, m.end)}`),
  );
}

/** Each reading a construction set is sure of, as "RELATION:the actor's words" (unsure co-occurrence readings left out). */
export function sureRelations(
  text: string,
  constructions: ConstructionSet = defaultAttributionConstructions(),
): string[] {
  return tokenize(text).flatMap((s) =>
    findAttributions(s, findMentions(s), constructions)
      .filter((a) => a.certainty === 'sure')
      .map((a) => `${a.relation}:${text.slice(a.start, a.end)}`),
  );
}
