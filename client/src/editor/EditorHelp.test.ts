import { describe, expect, it } from 'vitest';
import { agreementLine } from './EditorHelp';

const idle = { checking: false, findings: [] };
const line = (live: 'connecting' | 'live' | 'retrying', connection: string) =>
  agreementLine('Drafting', 'drafting', live, connection, idle, () => undefined).label;

describe('agreementLine while a channel is not live (#18)', () => {
  it('says connecting on the first load, whichever channel opens first', () => {
    expect(line('connecting', 'connecting')).toBe('Status: connecting…');
    // regression: the editor's socket online before the approvals channel said "reconnecting"
    expect(line('connecting', 'online')).toBe('Status: connecting…');
    expect(line('live', 'connecting')).toBe('Status: connecting…');
  });

  it('says reconnecting only after a channel was lost', () => {
    expect(line('retrying', 'online')).toBe('Status: reconnecting…');
    expect(line('live', 'reconnecting')).toBe('Status: reconnecting…');
    expect(line('connecting', 'reconnecting')).toBe('Status: reconnecting…');
  });

  it('says not connected when offline or refused, and never a status it does not know', () => {
    expect(line('live', 'offline')).toBe('Status: not connected');
    expect(line('connecting', 'refused')).toBe('Status: not connected');
    expect(line('live', 'online')).toBe('Drafting');
  });
});
