/**
 * Each benchmark edit carries its send time as text, `@T<ms>#<sender>@`, so a receiver can read
 * it straight out of the broadcast update's bytes without applying the update: Yjs writes string
 * content as plain UTF-8, and every client shares the bench process's performance.now() clock.
 */
const START = Buffer.from('@T');

export function editMarker(sentAtMs: number, sender: number): string {
  return `@T${sentAtMs.toFixed(3)}#${sender}@`;
}

export interface MarkedEdit {
  sentAtMs: number;
  sender: number;
}

/** Every marker in a frame (one update may carry several edits). */
export function readMarkers(frame: Buffer): MarkedEdit[] {
  const found: MarkedEdit[] = [];
  let at = frame.indexOf(START);
  while (at !== -1) {
    const hash = frame.indexOf(0x23, at + 2);
    const end = hash === -1 ? -1 : frame.indexOf(0x40, hash + 1);
    if (end === -1) break;
    const sentAtMs = Number(frame.toString('latin1', at + 2, hash));
    const sender = Number(frame.toString('latin1', hash + 1, end));
    if (Number.isFinite(sentAtMs) && Number.isInteger(sender)) found.push({ sentAtMs, sender });
    at = frame.indexOf(START, end + 1);
  }
  return found;
}
