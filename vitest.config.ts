import path from 'node:path'
import { defineConfig } from 'vitest/config'

const alias = {
  '@': path.resolve(import.meta.dirname, 'src'),
  // `server-only` throws outside React Server Components; the tests call the server layer directly.
  'server-only': path.resolve(import.meta.dirname, 'tests/support/empty-module.ts'),
}

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        // 20 s, not 5 s: a PDF or XLSX built in a unit test took over 5 s on a loaded two-core machine.
        test: { name: 'unit', testTimeout: 20_000, include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'prisma/seed/**/*.test.ts', 'tests/support/**/*.test.ts'], exclude: ['**/*.int.test.ts'], environment: 'node' },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['src/**/*.int.test.ts', 'tests/integration/**/*.int.test.ts'],
          environment: 'node',
          globalSetup: ['tests/setup/global-db.ts'],
          setupFiles: ['tests/setup/worker-db.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // Two cores: two workers, each with its own database copied from the migrated template.
          maxWorkers: 2,
        },
      },
    ],
  },
})
