import { benchStatement } from '../../test/bench/linter';
import { defaultPolicies } from './src/defaults';
import { createLinter } from './src/linter';
const st = benchStatement();
const policies = defaultPolicies();
for (let i = 0; i < 25; i++) createLinter(policies).lint(st);
