import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      '@': root,
      // `server-only` throws outside a React Server Components bundle; unit tests run in plain node.
      'server-only': path.resolve(root, 'lib/testing/server-only-stub.ts'),
    },
  },
  test: {
    environment: 'node',
    include: ['lib/**/*.test.ts', 'app/**/*.test.ts', 'scripts/**/*.test.ts'],
    // The route handlers read SITREP_DATA_DIR: point them at the frozen test dataset, never at data/.
    env: { SITREP_DATA_DIR: path.resolve(root, 'fixtures/dataset') },
  },
});
