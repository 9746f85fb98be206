/** How many of the compiled rules' condition and flag expressions repeat a source (and their total length). */
import { defaultPolicies } from '../../packages/linter/src/index';

const seen = new Map<string, number>();
for (const p of defaultPolicies())
  for (const r of p.rules) {
    const x = r as unknown as Record<string, unknown>;
    for (const k of ['when', 'and', 'unless', 'context'])
      for (const s of (x[k] as string[] | undefined) ?? []) {
        const key = `${x.ignorecase !== false}|${s}`;
        seen.set(key, (seen.get(key) ?? 0) + 1);
      }
  }
let extra = 0;
let extraChars = 0;
for (const [k, n] of seen)
  if (n > 1) {
    extra += n - 1;
    extraChars += (n - 1) * k.length;
  }
console.log(
  `condition expressions ${[...seen.values()].reduce((a, b) => a + b, 0)}, distinct ${seen.size}, repeats ${extra} (${extraChars} chars)`,
);
