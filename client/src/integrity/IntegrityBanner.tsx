import './integrity.css';
import type { Integrity } from '@accord/protocol';
import { Icon } from '../ui/Icon';

/** The integrity the editor shows: the live state's once it has arrived, else the document's as loaded. */
export function currentIntegrity(live: Integrity | undefined, loaded: Integrity | undefined): Integrity {
  return live ?? loaded ?? 'verified';
}

/**
 * Says, above the editor, that the approval record does not verify (api.md "Integrity"): someone
 * changed approvals or the audit log behind Accord's back, so nothing shown can be certified and the
 * final export is refused until the record is restored. Renders nothing while it verifies.
 */
export function IntegrityBanner({ integrity }: { integrity: Integrity }) {
  if (integrity !== 'broken') return null;
  return (
    <p className="integrity-banner" role="alert" data-testid="integrity-banner">
      <Icon name="warning" /> The approval record of this document does not verify: approvals or the audit log
      were changed outside Accord. Nothing here can be certified, and the final text cannot be exported until
      the record is restored — tell your administrator.
    </p>
  );
}
