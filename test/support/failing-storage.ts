import type { Storage } from '@accord/server';

/**
 * A real storage whose writes of document content fail on demand, as on a full disk: every other
 * call goes to the wrapped storage unchanged (a Proxy, so methods added later pass through too).
 */
export function failingStorage(inner: Storage) {
  let full = false;
  const refuse = async () => {
    throw Object.assign(new Error('SQLITE_FULL: database or disk is full'), { code: 'SQLITE_FULL' });
  };
  const storage = new Proxy(inner, {
    get(target, prop, receiver) {
      if (full && (prop === 'appendUpdates' || prop === 'commitChange')) return refuse;
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return {
    storage,
    /** The disk is full from now on: appends and audited changes are refused. */
    fill: () => {
      full = true;
    },
    /** Space again. */
    free: () => {
      full = false;
    },
  };
}
