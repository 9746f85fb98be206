/**
 * Serves a client build from a directory to a browser context (#18 A/B runs: two builds of the
 * client against the same server and document, the tools run on each in turn). The HTML stays the
 * server's own (a page fulfilled by a route is not of the server's origin, and its socket would be
 * refused): the entry script and stylesheet the server's HTML names load the directory's, every other
 * asset by its name. The approach of editor-load-profile.ts's DISTS, for the per-keystroke tools.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { BrowserContext } from 'playwright-core';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

export async function serveClientBuild(context: BrowserContext, dir: string): Promise<void> {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const entry: Record<string, string | undefined> = {
    '.js': /src="\/assets\/(index-[^"]+\.js)"/.exec(html)?.[1],
    '.css': /href="\/assets\/(index-[^"]+\.css)"/.exec(html)?.[1],
    boot: /src="\/assets\/(early-boot-[^"]+\.js)"/.exec(html)?.[1],
  };
  await context.unrouteAll();
  await context.route('**/assets/**', async (route) => {
    const name = basename(new URL(route.request().url()).pathname);
    const file = existsSync(join(dir, 'assets', name))
      ? name
      : name.startsWith('index-')
        ? entry[extname(name)]
        : name.startsWith('early-boot-')
          ? entry.boot
          : undefined;
    if (!file && name.startsWith('early-boot-'))
      return route.fulfill({ status: 200, headers: { 'content-type': 'text/javascript' }, body: '' });
    if (!file) return route.fulfill({ status: 404, body: '' });
    // The entry under its own name (its chunks import it by that name): one instance of each module.
    if (file !== name && extname(file) === '.js')
      return route.fulfill({
        status: 200,
        headers: { 'content-type': 'text/javascript', 'cache-control': 'no-cache' },
        body: `import '/assets/${file}';`,
      });
    return route.fulfill({
      status: 200,
      headers: {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      },
      body: readFileSync(join(dir, 'assets', file)),
    });
  });
}
