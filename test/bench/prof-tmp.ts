import { benchStatement } from '/work/main/test/bench/linter';
import { tokenize, createLinter, defaultPolicies } from '@accord/linter';
const st = benchStatement();
for (let r=0;r<3;r++){ const t0=performance.now(); for (const c of st) tokenize(c.text); console.log('tokenize', performance.now()-t0); }
const pols = defaultPolicies();
for (const p of pols) { for (let r=0;r<2;r++){ const l = createLinter([p]); const t0=performance.now(); l.lint(st); if(r) console.log(p.delegation, performance.now()-t0);} }
for (const rule of pols[0]!.rules) { const l = createLinter([{...pols[0]!, rules:[rule]}]); l.lint(st.map(c=>({...c,id:'w'+c.id}))); const t0=performance.now(); l.lint(st); console.log(rule.id, (performance.now()-t0).toFixed(1)); }
