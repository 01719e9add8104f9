import { spawn, type ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { buildSteps, needsBuild, serverCommand } from './build-state'
import { startDevDatabase } from './dev-database'
import { migrate } from './migrate'
import { seedIfEmpty } from './seed'
import { exitWithSetupError, SetupError } from './setup-error'

/**
 * `npm start`: embedded PostgreSQL (unless DATABASE_URL is set) → migrations → demo data on first run
 * (embedded only: a real server never receives demo accounts) → build if the sources changed → serve.
 */
const dev = process.argv.includes('--dev')
const port = process.env.PORT ?? '3000'

/** A stable secret for this machine's demo install; real deployments set NEXTAUTH_SECRET themselves. */
function localSecret(): string {
  const file = '.data/nextauth-secret'
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, crypto.randomBytes(32).toString('base64url'), { mode: 0o600 })
  }
  return fs.readFileSync(file, 'utf8').trim()
}

/** A port something already listens on would make the server die after the database started: say so first. */
function ensurePortFree(wanted: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', () => reject(new SetupError(`Port ${wanted} is already in use (another Llwybr or web server?): stop it, or choose another port with PORT.`)))
    probe.listen(wanted, () => probe.close(() => resolve()))
  })
}

async function main() {
  await ensurePortFree(Number(port))
  let databaseUrl = process.env.DATABASE_URL
  let stopDatabase = async () => {}
  let child: ChildProcess | undefined
  let stopping = false
  const shutdown = async (code: number) => {
    await stopDatabase().catch(() => {})
    process.exit(code)
  }
  // SIGTERM (a process manager) or Ctrl-C stops everything this script started, in any phase, within 10 s: the
  // server is asked to finish, killed after 8 s, then the database stops (issue 18).
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return
    stopping = true
    if (!child || child.exitCode !== null) return void shutdown(128 + os.constants.signals[signal])
    child.kill(signal)
    setTimeout(() => child?.kill('SIGKILL'), 8_000).unref()
  }
  process.on('SIGINT', () => stop('SIGINT'))
  process.on('SIGTERM', () => stop('SIGTERM'))
  if (!databaseUrl) {
    const db = await startDevDatabase()
    databaseUrl = db.url
    stopDatabase = db.stop
    const shown = db.dir.startsWith(`${process.cwd()}${path.sep}`) ? path.relative(process.cwd(), db.dir) : db.dir
    console.log(`[llwybr] embedded PostgreSQL started (data in ${shown})`)
    if (stopping) return shutdown(1)
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
  const run = (command: string, args: string[]) => {
    child = spawn(command, args, { env, stdio: 'inherit' })
    return new Promise<number>((resolve) => child!.on('exit', (code, signal) => resolve(code ?? (signal ? 128 + os.constants.signals[signal] : 1))))
  }
  if (!stopping && !dev && needsBuild()) {
    console.log('[llwybr] building the app…')
    for (const [command, args] of buildSteps) {
      const built = await run(command, args)
      if (built !== 0 || stopping) return shutdown(built || 1)
    }
  }
  if (stopping) return shutdown(1)
  // Our own server in front of Next stamps the client's address from the socket (scripts/serve.ts, issue 17 item 1).
  const served = run(...serverCommand(port, { dev }))
  console.log(`[llwybr] serving http://localhost:${port}`)
  return shutdown(await served)
}

main().catch((e) => exitWithSetupError('[llwybr]', e))
