import { fileURLToPath } from 'node:url';
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

// In development the API and WebSocket live on the server (pnpm --filter @accord/server dev);
// in production the server serves this build from the same origin.
const api = process.env.ACCORD_API ?? 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react(), earlyBoot()],
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
