/** Lints each line of stdin as a one-clause text against the six demo parties; prints the findings. */
import { readFileSync } from 'node:fs';
import { defaultPolicies } from '../src/defaults';
import { DEMO_PARTIES } from '../src/evaluation/score';
import { createLinter } from '../src/linter';

const linter = createLinter(defaultPolicies([...DEMO_PARTIES]));
for (const text of readFileSync(0, 'utf8')
  .split('\n')
  .filter((l) => l.trim())) {
  const f = linter.lintClause({ id: 'p', text });
  const got = [...new Set(f.map((x) => `${x.severity[0]}:${x.ruleId} "${text.slice(x.start, x.end)}"`))];
  console.log(`${got.length ? 'FLAG' : 'ok  '} ${text}\n     ${got.join('; ')}`);
}
