import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import { buildSteps, needsBuild, serverCommand } from '../build-state'
import { SetupError } from '../setup-error'
import { throwawayDemoDatabase } from '../throwaway-database'

/**
 * The pieces `npm run bench:load` and `npm run test:scale` run a production Llwybr from (issue 18): a throwaway
 * database with the demo data, `next start` instances on it, and HAProxy from Debian in front of them.
 */
export const SECRET = 'cluster-only-secret-0123456789abcdef0123456789abcdef'

/** A fresh migrated, seeded database: DATABASE_URL's server (a new database on it) or an embedded throwaway one. */
export function demoDatabase(): Promise<{ url: string; stop: () => Promise<void> }> {
  return throwawayDemoDatabase(`llwybr_cluster_${process.pid}`, { quiet: true })
}

/** Builds the production app unless a build newer than the sources exists (e.g. the one the e2e tests just made). */
export function ensureBuild() {
  if (fs.existsSync('.next/BUILD_ID') && process.env.CLUSTER_SKIP_BUILD === '1') return
  if (!needsBuild()) return
  for (const [command, args] of buildSteps) {
    const build = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } })
    if (build.status !== 0) throw new SetupError('The production build failed (see above).')
  }
}

export type Instance = { port: number; process: ChildProcess; exited: Promise<number | null> }

/** The production server on `port`, ready when /api/health answers. Input: the database URL and the public URL users reach. */
export async function startInstance(port: number, databaseUrl: string, publicUrl: string, extraEnv: Record<string, string> = {}): Promise<Instance> {
  const env = { ...process.env, DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: SECRET, NEXTAUTH_URL: publicUrl, NEXT_TELEMETRY_DISABLED: '1', ...extraEnv }
  // What `npm start` serves: Next behind scripts/serve.ts, which stamps the client's address (issue 17 item 1).
  const [command, args] = serverCommand(port)
  const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'inherit'] })
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
