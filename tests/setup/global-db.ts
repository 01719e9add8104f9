import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { createDatabaseIfMissing, freePort, startEmbeddedPostgres } from '../../scripts/embedded-postgres'
import { migrate } from '../../scripts/migrate'

export const TEMPLATE_DB = 'llwybr_template'

declare module 'vitest' {
  export interface ProvidedContext {
    adminDatabaseUrl: string
    templateDatabase: string
  }
}

/**
 * Starts one PostgreSQL for the run (embedded unless DATABASE_URL names a server), migrates a template
 * database once, and lets each worker copy it (tests/setup/worker-db.ts): fast and isolated.
 */
export default async function setup(project: TestProject) {
  let adminUrl: string
  let stop = async () => {}
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL)
    url.pathname = '/postgres'
    adminUrl = url.toString()
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'llwybr-test-pg-'))
    const pg = await startEmbeddedPostgres({ dir, port: await freePort(), persistent: false })
    adminUrl = pg.url('postgres')
    stop = async () => {
      await pg.stop()
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }
  const template = `${TEMPLATE_DB}_${process.pid}`
  await dropDatabase(adminUrl, template)
  await createDatabaseIfMissing(adminUrl, template)
  const templateUrl = new URL(adminUrl)
  templateUrl.pathname = `/${template}`
  await migrate('deploy', { databaseUrl: templateUrl.toString(), quiet: true })
  project.provide('adminDatabaseUrl', adminUrl)
  project.provide('templateDatabase', template)
  return async () => {
    await dropDatabase(adminUrl, template).catch(() => {})
    await stop()
  }
}

export async function dropDatabase(adminUrl: string, name: string) {
  const { default: pg } = await import('pg')
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, '""')}" WITH (FORCE)`)
  } finally {
    await client.end()
  }
}
