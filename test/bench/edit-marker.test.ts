import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { editMarker, readMarkers } from './edit-marker';

describe('edit markers', () => {
  it('survive a Yjs update and read back as send time and sender', () => {
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    doc.getMap('bench').set('c7', editMarker(1234.5678, 7));
    expect(updates).toHaveLength(1);
    expect(readMarkers(Buffer.from(updates[0]!))).toEqual([{ sentAtMs: 1234.568, sender: 7 }]);
  });

  it('finds every marker in a merged update', () => {
    const a = new Y.Doc();
    const updates: Uint8Array[] = [];
    a.on('update', (u: Uint8Array) => updates.push(u));
    a.getMap('bench').set('c1', editMarker(1, 1));
    a.getMap('bench').set('c2', editMarker(2, 2));
    const merged = Buffer.from(Y.mergeUpdates(updates));
    expect(
      readMarkers(merged)
        .map((m) => m.sender)
        .sort(),
    ).toEqual([1, 2]);
  });

  it('finds nothing in frames without markers', () => {
    expect(readMarkers(Buffer.from([0, 2, 5, 1, 2, 3, 4, 64]))).toEqual([]);
  });
});
