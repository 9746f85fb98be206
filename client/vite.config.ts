import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development the API and WebSocket live on the server (pnpm --filter @accord/server dev);
// in production the server serves this build from the same origin.
const api = process.env.ACCORD_API ?? 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
  worker: { format: 'es' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: 'hidden',
    target: 'es2022',
    rollupOptions: {
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
