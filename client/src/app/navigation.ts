import { useEffect, useState } from 'react';

const EVENT = 'accord:navigate';

/** Client-side navigation: the server answers every page path with the same index.html. */
export function navigate(path: string, { replace = false } = {}): void {
  if (replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  window.dispatchEvent(new Event(EVENT));
}

const read = () => ({ pathname: window.location.pathname, hash: window.location.hash });

export function useLocation(): { pathname: string; hash: string } {
  const [loc, setLoc] = useState(read);
  useEffect(() => {
    const update = () => setLoc(read());
    window.addEventListener('popstate', update);
    window.addEventListener(EVENT, update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener(EVENT, update);
    };
  }, []);
  return loc;
}
