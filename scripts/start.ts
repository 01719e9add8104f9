import { spawn, spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { startDevDatabase } from './dev-database'
import { migrate } from './migrate'
import { seedIfEmpty } from './seed'
import { exitWithSetupError } from './setup-error'

/**
 * `npm start`: embedded PostgreSQL (unless DATABASE_URL is set) → migrations → demo data on first run
 * (embedded only: a real server never receives demo accounts) → build if the sources changed → serve.
 */
const dev = process.argv.includes('--dev')
const port = process.env.PORT ?? '3000'
const nextBin = path.resolve('node_modules/.bin/next')
const tsxBin = path.resolve('node_modules/.bin/tsx')

function newestMtime(entries: string[]): number {
  let newest = 0
  const walk = (p: string) => {
    if (!fs.existsSync(p)) return
    const stat = fs.statSync(p)
    if (stat.isDirectory()) fs.readdirSync(p).forEach((e) => e !== 'generated' && walk(path.join(p, e)))
    else newest = Math.max(newest, stat.mtimeMs)
  }
  entries.forEach(walk)
  return newest
}

function needsBuild(): boolean {
  const buildId = '.next/BUILD_ID'
  if (!fs.existsSync(buildId)) return true
  return newestMtime(['src', 'prisma/schema', 'next.config.ts', 'package-lock.json', 'postcss.config.mjs']) > fs.statSync(buildId).mtimeMs
}

/** A stable secret for this machine's demo install; real deployments set NEXTAUTH_SECRET themselves. */
function localSecret(): string {
  const file = '.data/nextauth-secret'
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, crypto.randomBytes(32).toString('base64url'), { mode: 0o600 })
  }
  return fs.readFileSync(file, 'utf8').trim()
}

async function main() {
  let databaseUrl = process.env.DATABASE_URL
  let stopDatabase = async () => {}
  if (!databaseUrl) {
    const db = await startDevDatabase()
    databaseUrl = db.url
    stopDatabase = db.stop
    const shown = db.dir.startsWith(`${process.cwd()}${path.sep}`) ? path.relative(process.cwd(), db.dir) : db.dir
    console.log(`[llwybr] embedded PostgreSQL started (data in ${shown})`)
  }
  const shutdown = async (code: number) => {
    await stopDatabase().catch(() => {})
    process.exit(code)
  }
  try {
    await migrate('deploy', { databaseUrl })
    if (!process.env.DATABASE_URL && (await seedIfEmpty(databaseUrl))) console.log('[llwybr] demo data seeded')
  } catch (e) {
    console.error(`[llwybr] ${e instanceof Error ? e.message : String(e)}`)
    return shutdown(1)
  }
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? localSecret(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: '1',
  }
  if (!dev && needsBuild()) {
    console.log('[llwybr] building the app…')
    const build = spawnSync(nextBin, ['build'], { env, stdio: 'inherit' })
    if (build.status !== 0) return shutdown(build.status ?? 1)
  }
  // Our own server in front of Next stamps the client's address from the socket (scripts/serve.ts, issue 17 item 1).
  const server = spawn(tsxBin, ['scripts/serve.ts', ...(dev ? ['--dev'] : []), '-p', port], { env, stdio: 'inherit' })
  console.log(`[llwybr] serving http://localhost:${port}`)
  let stopping = false
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return
    stopping = true
    server.kill(signal)
  }
  process.on('SIGINT', () => stop('SIGINT'))
  process.on('SIGTERM', () => stop('SIGTERM'))
  server.on('exit', (code) => void shutdown(code ?? 0))
}

main().catch((e) => exitWithSetupError('[llwybr]', e))
