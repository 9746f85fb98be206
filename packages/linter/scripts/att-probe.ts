/** Debug: for each stdin line, the mentions, the attribution relations and the linter's findings (all demo parties). */
import { readFileSync } from 'node:fs';
import { findAttributions } from '../src/attribution';
import { defaultPolicies } from '../src/defaults';
import { findMentions } from '../src/entities';
import { DEMO_PARTIES } from '../src/evaluation/score';
import { createLinter } from '../src/linter';
import { tokenize } from '../src/sentences';

const constructions = defaultPolicies()[0]!.constructions.get('attribution')!;
const linter = createLinter(defaultPolicies([...DEMO_PARTIES]));
for (const text of readFileSync(0, 'utf8')
  .split('\n')
  .filter((l) => l.trim())) {
  const parts: string[] = [];
  for (const s of tokenize(text)) {
    const ms = findMentions(s);
    parts.push(...ms.map((m) => `[${m.kind}:${m.state} "${text.slice(m.start, m.end)}"]`));
    parts.push(
      ...findAttributions(s, ms, constructions).map(
        (a) => `<${a.relation}${a.certainty === 'unsure' ? '?' : ''} "${text.slice(a.start, a.end)}">`,
      ),
    );
  }
  const f = linter.lintClause({ id: 'p', text });
  const got = [...new Set(f.map((x) => `${x.severity[0]}:${x.ruleId} "${text.slice(x.start, x.end)}"`))];
  console.log(
    `${got.some((g) => /ATTRIBUTION/.test(g)) ? 'ATT ' : got.length ? 'flag' : 'ok  '} ${text}\n     ${parts.join(' ')}\n     ${got.join('; ')}`,
  );
}
