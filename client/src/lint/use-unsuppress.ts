import { useCallback, useState } from 'react';

/**
 * Un-suppress from any view (the document's list, a clause's list): which one is being removed, and
 * the call itself. The caller's `onUnsuppress` (EditorPage: ApiClient.unsuppress) reports failures.
 */
export function useUnsuppress(onUnsuppress: ((suppressionId: string) => Promise<void>) | undefined): {
  removing: string | null;
  unsuppress: ((suppressionId: string) => Promise<void>) | undefined;
} {
  const [removing, setRemoving] = useState<string | null>(null);
  const unsuppress = useCallback(
    async (id: string) => {
      if (!onUnsuppress) return;
      setRemoving(id);
      try {
        await onUnsuppress(id);
      } finally {
        setRemoving(null);
      }
    },
    [onUnsuppress],
  );
  return { removing, unsuppress: onUnsuppress ? unsuppress : undefined };
}
