import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { createDatabaseIfMissing, startEmbeddedPostgres } from './embedded-postgres'
import { postgresOsUser, reachablePath } from './postgres-os-user'

export const DEV_DB_PORT = Number(process.env.LLWYBR_DB_PORT ?? 54329)
export const DEV_DB_NAME = 'llwybr'

/**
 * The embedded database's data folder: LLWYBR_DATA_DIR, else ./.data/postgres. As root the server runs as the
 * `postgres` OS user, which cannot enter a checkout under a root-only folder such as /root (issue 12); then the
 * data lives in /var/lib/llwybr/<checkout>-<hash of its path>, the same folder on every start of this checkout.
 */
export function devDataDir(): string {
  const wanted = path.resolve(process.env.LLWYBR_DATA_DIR ?? '.data/postgres')
  const user = postgresOsUser()
  if (!user) return wanted
  const parent = path.dirname(wanted)
  fs.mkdirSync(parent, { recursive: true })
  if (reachablePath(parent, user, 'x')) return wanted
  const hash = crypto.createHash('sha256').update(wanted).digest('hex').slice(0, 12)
  const home = path.join('/var/lib/llwybr', `${path.basename(process.cwd())}-${hash}`)
  fs.mkdirSync(home, { recursive: true, mode: 0o755 })
  fs.chmodSync('/var/lib/llwybr', 0o755)
  console.log(`[llwybr] the postgres OS user cannot reach ${wanted}; the embedded database lives in ${home}/postgres instead`)
  return path.join(home, 'postgres')
}

/** The embedded database `npm start` and the db:* scripts use when DATABASE_URL is not set. */
export async function startDevDatabase(): Promise<{ url: string; dir: string; stop: () => Promise<void> }> {
  const dir = devDataDir()
  const pg = await startEmbeddedPostgres({ dir, port: DEV_DB_PORT, persistent: true })
  await createDatabaseIfMissing(pg.url('postgres'), DEV_DB_NAME)
  return { url: pg.url(DEV_DB_NAME), dir, stop: pg.stop }
}

/** Runs `work` against DATABASE_URL, or against the embedded database (started and stopped around it). */
export async function withDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  if (process.env.DATABASE_URL) return work(process.env.DATABASE_URL)
  const db = await startDevDatabase()
  try {
    return await work(db.url)
  } finally {
    await db.stop()
  }
}
