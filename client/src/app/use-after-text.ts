import { startTransition, useEffect, useState } from 'react';

/**
 * False until `textIn` first holds (the editor online with the document's text), then true for good
 * (#18): what a page can show a moment later (the side panels: their chunks, fetches and renders) waits
 * for the text instead of competing with its first sync, and renders as a transition after it.
 */
export function useAfterText(textIn: boolean): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => {
    if (textIn && !after) startTransition(() => setAfter(true));
  }, [textIn, after]);
  return after;
}
