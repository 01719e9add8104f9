import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createDatabaseIfMissing, freePort, startEmbeddedPostgres } from '../embedded-postgres'
import { migrate } from '../migrate'
import { seedIfEmpty } from '../seed'
import { SetupError } from '../setup-error'

/**
 * The pieces `npm run bench:load` and `npm run test:scale` run a production Llwybr from (issue 18): a throwaway
 * database with the demo data, `next start` instances on it, and HAProxy from Debian in front of them.
 */
const nextBin = path.resolve('node_modules/.bin/next')
export const SECRET = 'cluster-only-secret-0123456789abcdef0123456789abcdef'

/** A fresh migrated, seeded database: DATABASE_URL's server (a new database on it) or an embedded throwaway one. */
export async function demoDatabase(): Promise<{ url: string; stop: () => Promise<void> }> {
  const name = `llwybr_cluster_${process.pid}`
  let url: string
  let stop = async () => {}
  if (process.env.DATABASE_URL) {
    const admin = new URL(process.env.DATABASE_URL)
    admin.pathname = '/postgres'
    await createDatabaseIfMissing(admin.toString(), name)
    admin.pathname = `/${name}`
    url = admin.toString()
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'llwybr-cluster-pg-'))
    const pg = await startEmbeddedPostgres({ dir, port: await freePort(), persistent: false })
    await createDatabaseIfMissing(pg.url('postgres'), name)
    url = pg.url(name)
    stop = async () => (await pg.stop(), fs.rmSync(dir, { recursive: true, force: true }))
  }
  await migrate('deploy', { databaseUrl: url, quiet: true })
  await seedIfEmpty(url)
  return { url, stop }
}

/** Builds the production app unless a build newer than the sources exists (e.g. the one the e2e tests just made). */
export function ensureBuild() {
  if (fs.existsSync('.next/BUILD_ID') && process.env.CLUSTER_SKIP_BUILD === '1') return
  if (fs.existsSync('.next/BUILD_ID') && !sourcesNewerThan(fs.statSync('.next/BUILD_ID').mtimeMs)) return
  const build = spawnSync(nextBin, ['build'], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } })
  if (build.status !== 0) throw new SetupError('The production build failed (see above).')
}

function sourcesNewerThan(ms: number): boolean {
  const newer = (p: string): boolean => {
    const stat = fs.statSync(p)
    if (!stat.isDirectory()) return stat.mtimeMs > ms
    return fs.readdirSync(p).some((e) => e !== 'generated' && newer(path.join(p, e)))
  }
  return ['src', 'prisma/schema', 'next.config.ts'].some((p) => fs.existsSync(p) && newer(p))
}

export type Instance = { port: number; process: ChildProcess; exited: Promise<number | null> }

/** The production server on `port`, ready when /api/health answers. Input: the database URL and the public URL users reach. */
export async function startInstance(port: number, databaseUrl: string, publicUrl: string, extraEnv: Record<string, string> = {}): Promise<Instance> {
  const env = { ...process.env, DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: SECRET, NEXTAUTH_URL: publicUrl, NEXT_TELEMETRY_DISABLED: '1', ...extraEnv }
  // What `npm start` serves: Next behind scripts/serve.ts, which stamps the client's address (issue 17 item 1).
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', '-p', String(port)], { env, stdio: ['ignore', 'ignore', 'inherit'] })
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  await waitForHealth(`http://127.0.0.1:${port}`, 60_000, exited)
  return { port, process: child, exited }
}

/** Waits until `${base}/api/health` answers 200. Errors: the process exited, or `within` ms passed. */
export async function waitForHealth(base: string, within: number, exited?: Promise<unknown>) {
  let gone = false
  void exited?.then(() => (gone = true))
  const deadline = Date.now() + within
  while (Date.now() < deadline && !gone) {
    if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) return
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new SetupError(`${base} did not become healthy${gone ? ' (its process exited)' : ` within ${within} ms`}.`)
}

/** Stops an instance as a process manager would (SIGTERM) and waits for it to exit. */
export async function stopInstance(instance: Instance) {
  if (instance.process.exitCode === null && instance.process.signalCode === null) instance.process.kill('SIGTERM')
  await instance.exited
}
