import { spawn, spawnSync } from 'node:child_process'
import { buildSteps, serverCommand } from './build-state'
import { exitWithSetupError } from './setup-error'
import { throwawayDemoDatabase } from './throwaway-database'

/**
 * The server behind the end-to-end tests: a throwaway embedded PostgreSQL (or DATABASE_URL's server, in a
 * fresh database), migrated and seeded with the demo data, and a production build of the app.
 */
const port = process.env.E2E_PORT ?? '3100'

async function main() {
  const db = await throwawayDemoDatabase(`llwybr_e2e_${process.pid}`)
  const env = {
    ...process.env,
    DATABASE_URL: db.url,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? 'e2e-only-secret-0123456789abcdef0123456789abcdef',
    NEXTAUTH_URL: `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: '1',
  }
  if (process.env.E2E_SKIP_BUILD !== '1') {
    for (const [command, args] of buildSteps) {
      const build = spawnSync(command, args, { env, stdio: 'inherit' })
      if (build.status !== 0) {
        await db.stop()
        process.exit(build.status ?? 1)
      }
    }
  }
  // Launched exactly as `npm start` launches it (scripts/build-state.ts).
  const [command, args] = serverCommand(port)
  const server = spawn(command, args, { env, stdio: 'inherit' })
  const stop = () => server.kill('SIGTERM')
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  server.on('exit', async (code) => {
    await db.stop().catch(() => {})
    process.exit(code ?? 0)
  })
}

main().catch((e) => exitWithSetupError('[e2e]', e))
