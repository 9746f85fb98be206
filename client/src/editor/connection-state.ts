import { CLOSE, FINAL_CLOSE_CODES } from '@accord/protocol';

export type ConnectionKind = 'connecting' | 'online' | 'reconnecting' | 'offline' | 'refused';

export interface ConnectionInputs {
  /** y-websocket's status event. */
  socket: 'connecting' | 'connected' | 'disconnected';
  /** Whether the document has completed its first sync with the server. */
  synced: boolean;
  /** navigator.onLine. */
  browserOnline: boolean;
  /** Close code of a refusal the client must not retry (4401, 4403, 4404), if any. */
  refusedCode: number | null;
  /** Whether this client has ever been online, connected and synced (distinguishes first connect from reconnect). */
  everConnected: boolean;
}

export interface ConnectionView {
  kind: ConnectionKind;
  label: string;
  detail: string;
}

const REFUSALS: Record<number, string> = {
  [CLOSE.unauthenticated]: 'Your session has expired or is invalid: sign in again.',
  [CLOSE.forbidden]: 'Your delegation is not a party to this document.',
  [CLOSE.notFound]: 'This document does not exist.',
};

/** What the connection indicator says: edits made while not online are kept and merged on reconnect. */
export function connectionView(s: ConnectionInputs): ConnectionView {
  if (s.refusedCode !== null) {
    return {
      kind: 'refused',
      label: 'Not connected',
      detail: REFUSALS[s.refusedCode] ?? `Refused (${s.refusedCode}).`,
    };
  }
  if (!s.browserOnline) {
    return {
      kind: 'offline',
      label: 'Offline',
      detail: 'Your edits are kept and will merge when you are back online.',
    };
  }
  if (s.socket === 'connected' && s.synced)
    return { kind: 'online', label: 'Online', detail: 'All changes synced.' };
  if (!s.everConnected) return { kind: 'connecting', label: 'Connecting…', detail: 'Loading the document.' };
  return {
    kind: 'reconnecting',
    label: 'Reconnecting…',
    detail: 'Your edits are kept and will merge on reconnect.',
  };
}

/** Close codes after which retrying cannot help (api.md). */
export function isRefusal(code: number): boolean {
  return FINAL_CLOSE_CODES.includes(code);
}
