import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Context, MiddlewareHandler } from 'hono';
import { getMimeType } from 'hono/utils/mime';

type Encoding = 'br' | 'gzip';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** What is worth compressing (fonts and images are compressed already). */
const COMPRESSIBLE = /\.(m?js|css|html|svg|json|txt|wasm|xml)$/;
/** A file name Vite emits into assets/: no directories, no dot files. */
const ASSET_NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;
/** Hashed file names never change content: cache them for a year, never revalidate. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** The encoding to answer with: brotli if accepted, else gzip, else none (q=0 refuses). */
export function negotiateEncoding(acceptEncoding: string | undefined): Encoding | null {
  if (!acceptEncoding) return null;
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    if (name) accepted.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return null;
}

/** The copies a build may hold beside a file (client/vite.config.ts writes them), by encoding. */
const SUFFIX: Record<Encoding, string> = { br: '.br', gzip: '.gz' };

/** A build's own compressed copy of `key` (read from disk), or null when it has none. */
type Precompressed = (key: string, encoding: Encoding) => Promise<Buffer | null>;

function compressNow(raw: Buffer, encoding: Encoding): Promise<Buffer> {
  return encoding === 'br'
    ? brotli(raw, {
        params: {
          // Quality 9: within 8% of the best ratio at a tenth of its time (~150 ms for a 1.4 MB bundle, once).
          [constants.BROTLI_PARAM_QUALITY]: 9,
          [constants.BROTLI_PARAM_SIZE_HINT]: raw.byteLength,
        },
      })
    : gzipAsync(raw, { level: 9 });
}

/**
 * Compressed copies, each made or read once per file and encoding and kept: the build is a fixed,
 * small set of files. The build's own copies (`name.br`, `name.gz`) are used when it has them (#18:
 * compressing the entry and the lint worker on the first request after a start cost the first visitor
 * 0.5-0.75 s on a busy machine); otherwise compressed here, off the event loop, on libuv's threads.
 */
function compressionCache(precompressed?: Precompressed) {
  const cache = new Map<string, Promise<Buffer>>();
  return (key: string, raw: Buffer, encoding: Encoding): Promise<Buffer> => {
    const k = `${encoding}:${key}`;
    let p = cache.get(k);
    if (!p) {
      p = (precompressed ? precompressed(key, encoding) : Promise.resolve(null)).then(
        (copy) => copy ?? compressNow(raw, encoding),
      );
      p.catch(() => cache.delete(k));
      cache.set(k, p);
    }
    return p;
  };
}

/** Reads the build's compressed copy of an asset; null when it has none (any other error is thrown). */
function buildCopies(dir: string): Precompressed {
  return async (key, encoding) => {
    try {
      return await readFile(join(dir, `${key}${SUFFIX[encoding]}`));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  };
}

async function respond(
  c: Context,
  key: string,
  raw: Buffer,
  contentType: string,
  cacheControl: string,
  compress: ReturnType<typeof compressionCache>,
): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': contentType, 'cache-control': cacheControl };
  let body = raw;
  if (COMPRESSIBLE.test(key)) {
    headers.vary = 'accept-encoding';
    const encoding = negotiateEncoding(c.req.header('accept-encoding'));
    if (encoding) {
      body = await compress(key, raw, encoding);
      headers['content-encoding'] = encoding;
    }
  }
  if (c.req.method === 'HEAD') return c.body(null, 200, headers);
  return c.body(body as Uint8Array<ArrayBuffer>, 200, headers);
}

/**
 * `/assets/*` of the built client: Vite's content-hashed files, served with immutable cache
 * headers and compressed (brotli or gzip) when the browser accepts it, from the build's own
 * compressed copies when it has them. Source maps are never served (production builds keep them out
 * of public reach; see client/vite.config.ts), nor the compressed copies by their own names.
 */
export function hashedAssets(clientDir: string): MiddlewareHandler {
  const dir = join(clientDir, 'assets');
  const files = new Map<string, Promise<Buffer>>();
  const compress = compressionCache(buildCopies(dir));
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const name = c.req.path.slice(c.req.path.lastIndexOf('/assets/') + '/assets/'.length);
    if (!ASSET_NAME.test(name) || /\.(map|br|gz)$/.test(name)) return c.notFound();
    let file = files.get(name);
    if (!file) {
      file = readFile(join(dir, name));
      // Only files that exist are remembered (the set is bounded by the build).
      file.then(
        () => undefined,
        () => files.delete(name),
      );
      files.set(name, file);
    }
    let raw: Buffer;
    try {
      raw = await file;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'EISDIR') {
        return c.notFound();
      }
      throw e;
    }
    return respond(c, name, raw, getMimeType(name) ?? 'application/octet-stream', IMMUTABLE, compress);
  };
}

/**
 * The single-page app's shell (index.html) for every page path: never cached without
 * revalidation (it names the current hashed assets), compressed when accepted.
 */
export function appShell(indexHtml: string): (c: Context) => Promise<Response> {
  const raw = Buffer.from(indexHtml, 'utf8');
  const compress = compressionCache();
  return (c) => respond(c, 'index.html', raw, 'text/html; charset=UTF-8', 'no-cache', compress);
}
