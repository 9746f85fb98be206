import { defineConfig } from 'vitest/config';

// The root config keeps test/bench out of `pnpm test` (benchmarks are slow); the bench's own unit
// tests run with `pnpm exec vitest run --config test/bench/vitest.config.ts`.
export default defineConfig({
  test: { root: import.meta.dirname, include: ['**/*.test.ts'], exclude: ['**/node_modules/**'] },
});
