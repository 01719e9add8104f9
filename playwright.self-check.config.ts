import { defineConfig } from '@playwright/test'

// The planted end-to-end test needs no browser and no server: it proves Playwright's exit code reaches `npm test`.
export default defineConfig({ testDir: 'tests/self-check/planted', testMatch: 'e2e-*.planted.ts', reporter: [['line']], retries: 0 })
