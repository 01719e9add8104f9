import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createDatabaseIfMissing, freePort, startEmbeddedPostgres } from './embedded-postgres'
import { migrate } from './migrate'
import { seedIfEmpty } from './seed'

/**
 * A fresh database holding the demo data, for the end-to-end server, `npm run bench:load` and `npm run test:scale`.
 * Input: the database's name (unique per run, e.g. with the pid) and whether migrations print their progress.
 * Output: its URL and `stop()`, which removes an embedded server and its folder (a database made on DATABASE_URL's
 * server is left there: it is that server's owner who clears it). Errors: migration or seed failures, unchanged.
 */
export async function throwawayDemoDatabase(name: string, options: { quiet?: boolean } = {}): Promise<{ url: string; stop: () => Promise<void> }> {
  let url: string
  let stop = async () => {}
  if (process.env.DATABASE_URL) {
    const admin = new URL(process.env.DATABASE_URL)
    admin.pathname = '/postgres'
    await createDatabaseIfMissing(admin.toString(), name)
    admin.pathname = `/${name}`
    url = admin.toString()
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'llwybr-throwaway-pg-'))
    const pg = await startEmbeddedPostgres({ dir, port: await freePort(), persistent: false })
    await createDatabaseIfMissing(pg.url('postgres'), name)
    url = pg.url(name)
    stop = async () => {
      await pg.stop()
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }
  try {
    await migrate('deploy', { databaseUrl: url, quiet: options.quiet })
    await seedIfEmpty(url)
  } catch (e) {
    await stop().catch(() => {})
    throw e
  }
  return { url, stop }
}
