import fs from 'node:fs'
import { chromium, defineConfig, devices } from '@playwright/test'
import { issuerFor, SSO_CLIENT } from './tests/e2e/support/oidc-settings'

const PORT = Number(process.env.E2E_PORT ?? 3100)
// The local OpenID provider that sso.spec.ts signs in through (issue 17): its own port beside the app's.
const OIDC_PORT = Number(process.env.E2E_OIDC_PORT ?? PORT + 100)
const OIDC_ENV = { OIDC_ISSUER: issuerFor(OIDC_PORT), OIDC_CLIENT_ID: SSO_CLIENT.id, OIDC_CLIENT_SECRET: SSO_CLIENT.secret }

/** Playwright's own Chromium when installed, else Debian's; otherwise say how to get one. */
function chromiumPath(): string | undefined {
  try {
    if (fs.existsSync(chromium.executablePath())) return undefined
  } catch {
    // no bundled browser registered
  }
  for (const candidate of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (candidate && fs.existsSync(candidate)) return candidate
  }
  throw new Error('No Chromium found for the end-to-end tests. Install one with `apt-get install -y chromium` (Debian) or `npx playwright install chromium`, or set CHROMIUM_PATH.')
}

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    ...devices['Desktop Chrome'],
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath(),
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'],
    },
  },
  webServer: [
    {
      command: 'npx tsx tests/e2e/support/oidc-idp.ts',
      url: `${issuerFor(OIDC_PORT)}/.well-known/openid-configuration`,
      timeout: 60_000,
      reuseExistingServer: !process.env.CI,
      stdout: 'pipe',
      stderr: 'pipe',
      env: { E2E_PORT: String(PORT), OIDC_PORT: String(OIDC_PORT) },
    },
    {
      command: 'npx tsx scripts/e2e-server.ts',
      url: `http://localhost:${PORT}/api/health`,
      timeout: 600_000,
      reuseExistingServer: !process.env.CI,
      stdout: 'pipe',
      stderr: 'pipe',
      env: { E2E_PORT: String(PORT), ...OIDC_ENV },
    },
  ],
})
