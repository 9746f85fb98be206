import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const cli = join(import.meta.dirname, 'cli.ts');
const dir = mkdtempSync(join(tmpdir(), 'accord-lint-'));

function run(args: string[], files: Record<string, string>) {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const r = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), [cli, ...args], {
    cwd: dir,
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('CLI', () => {
  it('LT21: exits 1 and prints file:line:column for each error', () => {
    const r = run(['--policy', 'FR', 'draft.md'], {
      'draft.md': '# Statement\n\nWe condemn these attacks.\n\nThe attacks were carried out\nby Russia.\n',
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('draft.md:6:4 error [attribution] FR-NO-ATTRIBUTION (FR)');
  });

  it('LT21: exits 0 when only warnings or nothing stand', () => {
    expect(run(['--policy', 'UK', 'ok.md'], { 'ok.md': 'The GRU carried out the attacks.\n' }).status).toBe(
      0,
    );
    expect(run(['--policy', 'FR', 'clean.md'], { 'clean.md': 'We condemn these attacks.\n' }).status).toBe(0);
  });

  it('LT21: exits 2 on bad usage, an unknown policy or a broken policy file', () => {
    expect(run([], {}).status).toBe(2);
    expect(run(['--policy', 'XX', 'clean.md'], {}).status).toBe(2);
    const r = run(['--policy-file', 'bad.yaml', 'clean.md'], {
      'bad.yaml': 'delegation: XX\nname: X\nrules:\n  - id: X-1\n    kind: nope\n',
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/bad\.yaml:5: rules\[0\]\.kind: unknown rule kind "nope"/);
  });
});
