import pg from 'pg'
import { freePort } from '../../scripts/embedded-postgres'
import { startHaproxy } from '../../scripts/cluster/haproxy'
import { demoDatabase, ensureBuild, startInstance, stopInstance, waitForHealth, type Instance } from '../../scripts/cluster/processes'

export type Cluster = {
  lb: string
  urls: [string, string]
  sql: (text: string, values?: unknown[]) => Promise<Record<string, unknown>[]>
  restart: (which: 0 | 1) => Promise<{ stoppedInMs: number; exitCode: number | null }>
  stop: () => Promise<void>
}

/**
 * Two `next start` instances on one migrated, seeded PostgreSQL, HAProxy in front (trusting its one
 * X-Forwarded-For hop). `restart` stops an instance with SIGTERM, as a process manager does, and starts it again.
 */
export async function startCluster(): Promise<Cluster> {
  ensureBuild()
  const db = await demoDatabase()
  const [lbPort, portA, portB] = [await freePort(), await freePort(), await freePort()]
  const lb = `http://127.0.0.1:${lbPort}`
  // The test-only jobs (a tick every minute counted in a table, a job that always fails) and a 5-second schedule
  // check, so the jobs test sees several slots within minutes (issue 18 item 5; src/server/jobs/test-jobs.ts).
  const env = { LLWYBR_TRUSTED_PROXIES: '1', LLWYBR_JOBS_TEST_SCHEDULE: '1', LLWYBR_JOBS_CRON_CHECK_SECONDS: '5' }
  const instances: Instance[] = []
  let proxy: Awaited<ReturnType<typeof startHaproxy>>
  try {
    for (const port of [portA, portB]) instances.push(await startInstance(port, db.url, lb, env))
    proxy = await startHaproxy(lbPort, [portA, portB])
    await waitForHealth(lb, 10_000)
  } catch (e) {
    await Promise.all(instances.map(stopInstance))
    await db.stop()
    throw e
  }
  const client = new pg.Client({ connectionString: db.url })
  await client.connect()
  return {
    lb,
    urls: [`http://127.0.0.1:${portA}`, `http://127.0.0.1:${portB}`],
    sql: async (text, values) => (await client.query(text, values)).rows,
    restart: async (which) => {
      const started = Date.now()
      await stopInstance(instances[which]!)
      const stoppedInMs = Date.now() - started
      const exitCode = instances[which]!.process.exitCode
      instances[which] = await startInstance(instances[which]!.port, db.url, lb, env)
      return { stoppedInMs, exitCode }
    },
    stop: async () => {
      await client.end()
      await proxy.stop()
      await Promise.all(instances.map(stopInstance))
      await db.stop()
    },
  }
}
