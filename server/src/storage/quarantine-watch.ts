import type { Logger } from 'pino';
import { Counter, type Registry } from 'prom-client';
import type { QuarantineNotice } from './integrity';

/**
 * What the server does when compaction quarantines an update it could not apply (SG14): log it
 * with its document and seq, and count it (`accord_updates_quarantined_total`, no labels, so
 * /metrics names no document).
 */
export function quarantineListener(registry: Registry, log: Logger): (notice: QuarantineNotice) => void {
  const quarantined = new Counter({
    name: 'accord_updates_quarantined_total',
    help: 'Stored updates compaction could not apply, kept in quarantine instead of folded away',
    registers: [registry],
  });
  return (notice) => {
    quarantined.inc();
    log.error(
      { doc: notice.docId, seq: notice.seq, reason: notice.error },
      'compaction could not apply a stored update; kept in quarantine',
    );
  };
}
