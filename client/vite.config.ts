import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development the API and WebSocket live on the server (pnpm --filter @accord/server dev);
// in production the server serves this build from the same origin.
const api = process.env.ACCORD_API ?? 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
  worker: { format: 'es' },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: 'hidden', target: 'es2022' },
  server: {
    proxy: {
      '/api': { target: api, changeOrigin: true },
      '/ws': { target: api.replace(/^http/, 'ws'), ws: true },
    },
  },
});
