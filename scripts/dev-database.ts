import path from 'node:path'
import { createDatabaseIfMissing, startEmbeddedPostgres } from './embedded-postgres'

export const DEV_DATA_DIR = path.resolve(process.env.LLWYBR_DATA_DIR ?? '.data/postgres')
export const DEV_DB_PORT = Number(process.env.LLWYBR_DB_PORT ?? 54329)
export const DEV_DB_NAME = 'llwybr'

/** The embedded database `npm start` and the db:* scripts use when DATABASE_URL is not set. */
export async function startDevDatabase(): Promise<{ url: string; stop: () => Promise<void> }> {
  const pg = await startEmbeddedPostgres({ dir: DEV_DATA_DIR, port: DEV_DB_PORT, persistent: true })
  await createDatabaseIfMissing(pg.url('postgres'), DEV_DB_NAME)
  return { url: pg.url(DEV_DB_NAME), stop: pg.stop }
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
