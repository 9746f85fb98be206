import type { DiffOpView } from '@accord/protocol';

const who = (op: DiffOpView) => (op.by ?? []).map((a) => `${a.name} (${a.delegation})`).join(', ');

/** A word diff as a redline: insertions underlined, deletions struck, each marked with who made it. */
export function Redline({ ops, testId = 'redline' }: { ops: DiffOpView[]; testId?: string }) {
  if (ops.length === 0) return <p className="redline muted">(empty)</p>;
  return (
    <p className="redline" data-testid={testId}>
      {ops.map((op, i) => {
        const key = `${i}-${op.op}`;
        if (op.op === 'equal') return <span key={key}>{op.text}</span>;
        const by = who(op);
        const delegations = (op.by ?? []).map((a) => a.delegation).join(' ');
        const title = `${op.op === 'insert' ? 'Inserted' : 'Deleted'}${by ? ` by ${by}` : ''}`;
        const Tag = op.op === 'insert' ? 'ins' : 'del';
        return (
          <Tag
            key={key}
            className={`redline-${op.op}`}
            title={title}
            data-by={delegations}
            data-testid={`redline-${op.op}`}
          >
            {op.text}
            {delegations && (
              <sup className="redline-by" aria-hidden="true">
                {delegations}
              </sup>
            )}
            <span className="visually-hidden"> ({title})</span>
          </Tag>
        );
      })}
    </p>
  );
}
