import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createDatabaseIfMissing, freePort, startEmbeddedPostgres } from './embedded-postgres'
import { migrate } from './migrate'
import { seedIfEmpty } from './seed'
import { exitWithSetupError } from './setup-error'

/**
 * The server behind the end-to-end tests: a throwaway embedded PostgreSQL (or DATABASE_URL's server, in a
 * fresh database), migrated and seeded with the demo data, and a production build of the app.
 */
const port = process.env.E2E_PORT ?? '3100'
const nextBin = path.resolve('node_modules/.bin/next')
const tsxBin = path.resolve('node_modules/.bin/tsx')

async function database(): Promise<{ url: string; stop: () => Promise<void> }> {
  const name = `llwybr_e2e_${process.pid}`
  if (process.env.DATABASE_URL) {
    const admin = new URL(process.env.DATABASE_URL)
    admin.pathname = '/postgres'
    await createDatabaseIfMissing(admin.toString(), name)
    admin.pathname = `/${name}`
    return { url: admin.toString(), stop: async () => {} }
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'llwybr-e2e-pg-'))
  const pg = await startEmbeddedPostgres({ dir, port: await freePort(), persistent: false })
  await createDatabaseIfMissing(pg.url('postgres'), name)
  return {
    url: pg.url(name),
    stop: async () => {
      await pg.stop()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

async function main() {
  const db = await database()
  await migrate('deploy', { databaseUrl: db.url })
  await seedIfEmpty(db.url)
  const env = {
    ...process.env,
    DATABASE_URL: db.url,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? 'e2e-only-secret-0123456789abcdef0123456789abcdef',
    NEXTAUTH_URL: `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: '1',
  }
  if (process.env.E2E_SKIP_BUILD !== '1') {
    const build = spawnSync(nextBin, ['build'], { env, stdio: 'inherit' })
    if (build.status !== 0) {
      await db.stop()
      process.exit(build.status ?? 1)
    }
  }
  // As in production: our server in front of Next stamps the client's address (scripts/serve.ts, issue 17 item 1).
  const server = spawn(tsxBin, ['scripts/serve.ts', '-p', port], { env, stdio: 'inherit' })
  const stop = () => server.kill('SIGTERM')
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  server.on('exit', async (code) => {
    await db.stop().catch(() => {})
    process.exit(code ?? 0)
  })
}

main().catch((e) => exitWithSetupError('[e2e]', e))
