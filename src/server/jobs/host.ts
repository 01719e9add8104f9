import 'server-only'
import type PgBoss from 'pg-boss'
import { createBoss, RETRY_DELAY_SECONDS, RETRY_LIMIT } from './boss'
import { jobs, type JobDefinition } from './registry'

/** How long a stopping instance lets the job in hand finish before pg-boss fails it back for a retry elsewhere. */
const STOP_GRACE_MS = 5_000
const running = Symbol.for('llwybr.jobs')
type Host = { stop: () => Promise<void> }
const global = globalThis as unknown as { [running]?: Host }

/** Whether this instance runs workers: `LLWYBR_JOBS=off` (or `0`, `false`) keeps an instance to web requests only. */
export const jobsEnabled = (env: Record<string, string | undefined> = process.env) => !['off', '0', 'false'].includes((env.LLWYBR_JOBS ?? 'on').toLowerCase())

async function register(boss: PgBoss, job: JobDefinition) {
  const queue = { name: job.name, policy: 'standard' as const, retryLimit: job.retryLimit ?? RETRY_LIMIT, retryDelay: job.retryDelay ?? RETRY_DELAY_SECONDS, retryBackoff: true }
  await boss.createQueue(job.name, queue)
  // A queue made by an older release keeps its old retry settings unless updated.
  await boss.updateQueue(job.name, queue)
  await boss.schedule(job.name, job.cron, {}, { tz: 'Europe/London' })
  await boss.work(job.name, { pollingIntervalSeconds: 2 }, async ([one]) => {
    if (one) await job.run(one.id)
  })
}

/**
 * Starts pg-boss and this instance's workers for every registered job (issue 18 item 2), unless LLWYBR_JOBS is off
 * or they already run. Schedules of jobs no longer registered are removed, so a renamed job stops firing. Called from
 * src/instrumentation.ts when the server starts; `stopJobs` (scripts/serve.ts, on SIGTERM) stops them.
 * Errors: a failure to reach the database or create pg-boss's schema is thrown (the server then fails to start).
 */
export async function startJobs(url = process.env.DATABASE_URL): Promise<void> {
  if (!url || !jobsEnabled() || global[running]) return
  const boss = createBoss(url)
  boss.on('error', (e) => console.error('[llwybr] jobs:', e.message))
  await boss.start()
  const names = new Set(jobs.map((j) => j.name))
  for (const schedule of await boss.getSchedules()) if (!names.has(schedule.name)) await boss.unschedule(schedule.name)
  for (const job of jobs) await register(boss, job)
  global[running] = { stop: () => boss.stop({ graceful: true, wait: true, timeout: STOP_GRACE_MS }) }
  console.log(`[llwybr] jobs: ${jobs.length} scheduled, workers running`)
}

/** Stops the workers, letting a job in hand finish for up to 5 s (then it is failed back to be retried), and closes pg-boss's pool. */
export async function stopJobs(): Promise<void> {
  const host = global[running]
  if (!host) return
  delete global[running]
  await host.stop()
}
