import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const EARLY_BOOT = 'src/app/early-boot.ts';

/**
 * The page's first script (#18): src/app/early-boot.ts is an entry of its own, named in index.html
 * ahead of the app's entry, so it runs (and starts the editor's fetch, socket and lint worker) while the
 * app's chunk still downloads and parses. Vite would fold a second script of index.html into the
 * page's one entry, so this adds the tag itself.
 */
function earlyBoot(): Plugin {
  return {
    name: 'accord-early-boot',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const chunk = Object.values(ctx.bundle ?? {}).find(
          (c) => c.type === 'chunk' && c.name === 'early-boot',
        );
        const src = ctx.bundle ? (chunk ? `/${chunk.fileName}` : null) : `/${EARLY_BOOT}`;
        const at = html.indexOf('<script type="module"');
        if (!src || at < 0) throw new Error('index.html: no place for the early-boot entry');
        // Before the app's script: module scripts run in document order.
        return `${html.slice(0, at)}<script type="module" crossorigin src="${src}"></script>\n    ${html.slice(at)}`;
      },
    },
  };
}

/** What the server compresses (server/src/http/static-assets.ts COMPRESSIBLE); source maps are never served. */
const COMPRESSIBLE = /\.(m?js|css|html|svg|json|txt|wasm|xml)$/;

/**
 * The build's compressed copies (#18): `name.br` (brotli, best quality) and `name.gz` (gzip -9) beside
 * each compressible asset, which the server sends as they are. Compressed by the server on the first
 * request instead, the entry and the lint worker cost the first visitor after each start 0.5-0.75 s
 * (load 10, 2 cores) before the editor could load.
 */
function precompress(): Plugin {
  const brotli = promisify(brotliCompress);
  const gzipAsync = promisify(gzip);
  let assets = '';
  return {
    name: 'accord-precompress',
    apply: 'build',
    configResolved(config) {
      assets = join(resolve(config.root, config.build.outDir), config.build.assetsDir);
    },
    async closeBundle() {
      const files = (await readdir(assets)).filter((f) => COMPRESSIBLE.test(f));
      for (const file of files) {
        const raw = await readFile(join(assets, file));
        const [br, gz] = await Promise.all([
          brotli(raw, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_SIZE_HINT]: raw.byteLength,
            },
          }),
          gzipAsync(raw, { level: 9 }),
        ]);
        await Promise.all([
          writeFile(join(assets, `${file}.br`), br),
          writeFile(join(assets, `${file}.gz`), gz),
        ]);
      }
    },
  };
}

// In development the API and WebSocket live on the server (pnpm --filter @accord/server dev);
// in production the server serves this build from the same origin.
const api = process.env.ACCORD_API ?? 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react(), earlyBoot(), precompress()],
  worker: { format: 'es' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: 'hidden',
    target: 'es2022',
    rollupOptions: {
      input: {
        index: fileURLToPath(new URL('index.html', import.meta.url)),
        'early-boot': fileURLToPath(new URL(EARLY_BOOT, import.meta.url)),
      },
      output: {
        // zod decides at schema construction whether to compile validators (an eval probe the CSP
        // refuses). zod and the module that turns that off share one chunk, so the switch runs
        // before any other chunk constructs a schema, however the rest of the app is split.
        manualChunks: (id) =>
          /[\\/]node_modules[\\/]zod[\\/]|[\\/]src[\\/]zod-jitless\.ts$/.test(id) ? 'zod' : undefined,
      },
    },
  },
  server: {
    proxy: {
      '/api': { target: api, changeOrigin: true },
      '/ws': { target: api.replace(/^http/, 'ws'), ws: true },
    },
  },
});
