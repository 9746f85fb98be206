import { describe, expect, it } from 'vitest';
import { type ConnectionInputs, connectionView, isRefusal } from './connection-state';

const base: ConnectionInputs = {
  socket: 'connected',
  synced: true,
  browserOnline: true,
  refusedCode: null,
  everConnected: true,
};

describe('connectionView', () => {
  it('is online only when connected and synced', () => {
    expect(connectionView(base).kind).toBe('online');
    expect(connectionView({ ...base, synced: false }).kind).toBe('reconnecting');
  });

  it('says offline when the browser is offline, and that edits will merge', () => {
    const view = connectionView({ ...base, socket: 'disconnected', browserOnline: false });
    expect(view.kind).toBe('offline');
    expect(view.detail).toMatch(/merge/);
  });

  it('distinguishes the first connection from a reconnection', () => {
    expect(connectionView({ ...base, socket: 'connecting', everConnected: false }).kind).toBe('connecting');
    expect(connectionView({ ...base, socket: 'disconnected' }).kind).toBe('reconnecting');
  });

  it('reports a refusal and explains it, whatever the socket says', () => {
    const view = connectionView({ ...base, refusedCode: 4403 });
    expect(view.kind).toBe('refused');
    expect(view.detail).toMatch(/not a party/);
    expect(isRefusal(4403)).toBe(true);
    expect(isRefusal(1006)).toBe(false);
  });
});
