/** Markdown tables for RESULTS.md and the console, Accord beside the reference. */

export type Cell = string | number | null;

export function table(headers: string[], rows: Cell[][]): string {
  const text = rows.map((r) => r.map(cell));
  const widths = headers.map((h, i) => Math.max(h.length, ...text.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...text.map(line)].join('\n');
}

function cell(c: Cell): string {
  if (c === null) return '—';
  if (typeof c === 'string') return c;
  if (!Number.isFinite(c)) return 'n/a';
  if (Number.isInteger(c)) return String(c);
  return Math.abs(c) >= 100 ? c.toFixed(0) : Math.abs(c) >= 10 ? c.toFixed(1) : c.toFixed(2);
}

/** One metric row: Accord, reference, and Accord/reference. */
export function versus(metric: string, accord: number | null, reference: number | null, unit = ''): Cell[] {
  const ratio =
    accord !== null && reference !== null && reference !== 0 ? `${cell(accord / reference)}×` : null;
  const u = (v: number | null) => (v === null ? null : `${cell(v)}${unit}`);
  return [metric, u(accord), u(reference), ratio];
}

export const VERSUS = ['metric', 'Accord (SQLite, durable)', 'reference (in memory)', 'Accord/reference'];

export const kb = (bytes: number) => bytes / 1024;
export const mb = (bytes: number) => bytes / 1024 / 1024;
