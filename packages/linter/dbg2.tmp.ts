import { findAttributions } from './src/attribution';
import { defaultPolicies } from './src/defaults';
import { findMentions } from './src/entities';
import { tokenize } from './src/sentences';
const constructions = defaultPolicies()[0]!.constructions.get('attribution')!;
for (const text of process.argv.slice(2)) console.log(JSON.stringify(text.slice(0, 80)), tokenize(text).flatMap((s) => findAttributions(s, findMentions(s), constructions).map((a) => [a.relation, text.slice(a.start, a.end), a.certainty])));
