import type { SyncCursorPositionsFn } from '@lexical/yjs';
import { describe, expect, it } from 'vitest';
import { cursorSyncPerFrame, type FramePage } from './cursor-sync-per-frame';

type Binding = Parameters<SyncCursorPositionsFn>[0];
type Provider = Parameters<SyncCursorPositionsFn>[1];

/** A page whose frames, visibility and lifecycle events the test drives. */
function fakePage() {
  const frames: (() => void)[] = [];
  const listeners = new Map<string, (() => void)[]>();
  const doc = { visibilityState: 'visible' };
  const page: FramePage = {
    requestAnimationFrame(run) {
      frames.push(run);
      return frames.length;
    },
    document: doc,
    addEventListener(type, listener) {
      listeners.set(type, [...(listeners.get(type) ?? []), listener]);
    },
  };
  return {
    page,
    frame() {
      for (const run of frames.splice(0)) run();
    },
    fire(type: string) {
      for (const l of listeners.get(type) ?? []) l();
    },
    setVisibility(state: 'visible' | 'hidden') {
      doc.visibilityState = state;
      for (const l of listeners.get('visibilitychange') ?? []) l();
    },
  };
}

function fakeBinding(): Binding {
  return { cursorsContainer: { isConnected: true } } as unknown as Binding;
}

const provider = {} as Provider;

function recorder() {
  const calls: Binding[] = [];
  const sync: SyncCursorPositionsFn = (binding) => {
    calls.push(binding);
  };
  return { calls, sync };
}

describe('remote cursors placed once per frame (#18)', () => {
  it('many remote updates in one frame place the cursors once, with the latest binding', () => {
    const p = fakePage();
    const { calls, sync } = recorder();
    const fn = cursorSyncPerFrame(p.page, sync);
    const first = fakeBinding();
    const latest = fakeBinding();
    fn(first, provider);
    fn(first, provider);
    fn(latest, provider);
    expect(calls).toEqual([]);
    p.frame();
    expect(calls).toEqual([latest]);
    p.frame();
    expect(calls).toHaveLength(1);
    fn(latest, provider);
    p.frame();
    expect(calls).toHaveLength(2);
  });

  it('a hidden page places nothing and takes the layer off the binding; shown again, it syncs once', () => {
    const p = fakePage();
    const { calls, sync } = recorder();
    const fn = cursorSyncPerFrame(p.page, sync);
    const binding = fakeBinding();
    const layer = binding.cursorsContainer;
    fn(binding, provider);
    p.frame();
    p.setVisibility('hidden');
    // Lexical's own awareness sync finds no layer, so it reads no layout.
    expect(binding.cursorsContainer).toBeNull();
    fn(binding, provider);
    p.frame();
    expect(calls).toHaveLength(1);
    p.setVisibility('visible');
    expect(binding.cursorsContainer).toBe(layer);
    p.frame();
    expect(calls).toHaveLength(2);
  });

  it('unloading (beforeunload, pagehide) takes the layer away before Lexical clears awareness; a cancelled unload gives it back', () => {
    const p = fakePage();
    const { calls, sync } = recorder();
    const fn = cursorSyncPerFrame(p.page, sync);
    const binding = fakeBinding();
    const layer = binding.cursorsContainer;
    fn(binding, provider);
    p.frame();
    p.fire('beforeunload');
    expect(binding.cursorsContainer).toBeNull();
    fn(binding, provider);
    // Still running a frame later: the navigation did not happen; the cursors come back and catch up.
    p.frame();
    expect(binding.cursorsContainer).toBe(layer);
    p.frame();
    expect(calls).toHaveLength(2);
    p.fire('pagehide');
    expect(binding.cursorsContainer).toBeNull();
    fn(binding, provider);
    p.frame();
    expect(calls).toHaveLength(2);
    p.fire('pageshow'); // back from the back/forward cache
    expect(binding.cursorsContainer).toBe(layer);
    p.frame();
    expect(calls).toHaveLength(3);
  });
});
