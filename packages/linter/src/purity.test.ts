import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('package purity', () => {
  it('LT22: no module but the CLI (and tests) imports node: built-ins or reads ambient globals', () => {
    const dir = import.meta.dirname;
    const offenders = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'cli.ts')
      .filter((f) =>
        /from 'node:|\bprocess\.|\bdocument\.|\bwindow\./.test(readFileSync(join(dir, f), 'utf8')),
      );
    expect(offenders).toEqual([]);
  });
});
