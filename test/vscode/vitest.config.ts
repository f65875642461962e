// The real-editor test runs on its own (`npm run test:vscode`): it installs code-server into .cache/
// and takes minutes, so `npm test` (test/**/*.test.ts) never picks it up.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/vscode/**/*.e2e.ts'],
    // Generous upper bounds, not waits: on a busy 2-core machine VS Code is several times slower.
    testTimeout: 600_000,
    hookTimeout: 1_500_000,
    fileParallelism: false,
    reporters: ['verbose'],
  },
});
