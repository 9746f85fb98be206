import { benchStatement } from '../../test/bench/linter';
import { defaultPolicies } from './src/defaults';
import { createLinter } from './src/linter';
const st = benchStatement();
const policies = defaultPolicies();
for (let i = 0; i < 8; i++) { const c = process.cpuUsage(); const t0 = performance.now(); createLinter(policies).lint(st); const d = process.cpuUsage(c); console.log('new cpu', ((d.user + d.system) / 1000).toFixed(1), 'wall', (performance.now() - t0).toFixed(1)); }
