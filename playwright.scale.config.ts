import { defineConfig } from '@playwright/test'
import base from './playwright.config'

/**
 * `npm run test:scale` (issue 18): two production instances on one PostgreSQL behind HAProxy. The spec starts and
 * stops the cluster itself (it restarts an instance mid-test), so there is no webServer here.
 */
export default defineConfig({
  ...base,
  testDir: 'tests/scale',
  webServer: undefined,
  use: { ...base.use, baseURL: undefined },
  timeout: 300_000,
  retries: 0,
})
