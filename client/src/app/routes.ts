export type Route =
  | { page: 'home' }
  | { page: 'doc'; docId: string }
  | { page: 'invite'; invite: string | null }
  | { page: 'not-found' };

/** The page for a path (api.md's pages: `/`, `/d/<docId>`, `/invite#<invite>`). */
export function routeFor(pathname: string, hash: string): Route {
  if (pathname === '/' || pathname === '') return { page: 'home' };
  const doc = /^\/d\/([A-Za-z0-9_-]{1,64})\/?$/.exec(pathname);
  if (doc?.[1]) return { page: 'doc', docId: doc[1] };
  if (/^\/invite\/?$/.test(pathname)) {
    const invite = hash.replace(/^#/, '');
    return { page: 'invite', invite: invite.length > 0 ? invite : null };
  }
  return { page: 'not-found' };
}
