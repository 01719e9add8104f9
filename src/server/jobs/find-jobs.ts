import 'server-only'
import cronParser from 'cron-parser'
import { prisma } from '../db'
import { authorize, type Actor } from '../policy'
import { jobs } from './registry'
import { UNFINISHED_STATES } from './run-job-now'

/** The failed jobs shown, newest first; older ones stay in pg-boss until archived after 30 days. */
const FAILED_SHOWN = 100

/** `lastDurationMs`: how long the latest run took, start to finish (ms); null while it runs or if it never ran. */
export type ScheduledJob = { name: string; cron: string; lastRunAt: Date | null; lastState: string | null; lastDurationMs: number | null; nextRunAt: Date }
export type FailedJob = { id: string; name: string; error: string; retryCount: number; failedAt: Date | null }
/** A run waiting (`created`, `retry`) or running (`active`): while there is one, "Run now" is refused (runJobNow). */
export type PendingJob = { name: string; state: string }

/** The next time a London-time cron fires after `now`. */
export const nextRun = (cron: string, now = new Date()) => cronParser.parseExpression(cron, { tz: 'Europe/London', currentDate: now }).next().toDate()

/**
 * What the administrators' jobs page shows (issue 18 item 4): every registered job with its schedule, its latest run
 * (start or finish, state and how long it took, from pg-boss's live and archived jobs: walk 29 O2 of issue 14, the
 * outcome figures' refresh taking minutes was not visible) and its next run; and the failed jobs that can
 * still be retried, with their error's message; and which jobs have a run waiting or running (`pending`, one per job,
 * the furthest on: running before waiting), so the page offers "Run now" only for the others. `installed` is false until an instance running workers has created
 * pg-boss's schema. Errors: FORBIDDEN without `jobs.manage` (administrators only).
 */
export async function findJobs(actor: Actor) {
  authorize(actor, 'jobs.manage')
  const names = jobs.map((j) => j.name)
  const [{ installed } = { installed: false }] = await prisma.$queryRaw<{ installed: boolean }[]>`SELECT to_regclass('pgboss.job') IS NOT NULL AS installed`
  const now = new Date()
  type Last = { at: Date | null; state: string; ms: number | null }
  const scheduled = (last: Map<string, Last>): ScheduledJob[] =>
    jobs.map((j) => ({ name: j.name, cron: j.cron, lastRunAt: last.get(j.name)?.at ?? null, lastState: last.get(j.name)?.state ?? null, lastDurationMs: last.get(j.name)?.ms ?? null, nextRunAt: nextRun(j.cron, now) }))
  if (!installed) return { installed, scheduled: scheduled(new Map()), failed: [] as FailedJob[], pending: [] as PendingJob[] }
  const [latest, failed, pending] = await Promise.all([
    prisma.$queryRaw<(Last & { name: string })[]>`
      SELECT DISTINCT ON (name) name, coalesce(completed_on, started_on) AS at, state::text AS state,
             (extract(epoch FROM completed_on - started_on) * 1000)::float8 AS ms
      FROM (SELECT name, state, started_on, completed_on FROM pgboss.job WHERE name = ANY(${names}) AND started_on IS NOT NULL
            UNION ALL SELECT name, state, started_on, completed_on FROM pgboss.archive WHERE name = ANY(${names}) AND started_on IS NOT NULL) runs
      ORDER BY name, started_on DESC`,
    prisma.$queryRaw<FailedJob[]>`
      SELECT id::text AS id, name, coalesce(output->>'message', '') AS error, retry_count AS "retryCount", completed_on AS "failedAt"
      FROM pgboss.job WHERE name = ANY(${names}) AND state = 'failed'
      ORDER BY completed_on DESC NULLS LAST, id LIMIT ${FAILED_SHOWN}`,
    prisma.$queryRaw<PendingJob[]>`
      SELECT DISTINCT ON (name) name, state::text AS state
      FROM pgboss.job WHERE name = ANY(${names}) AND state::text = ANY(${[...UNFINISHED_STATES]})
      ORDER BY name, (state = 'active') DESC, created_on`,
  ])
  return { installed, scheduled: scheduled(new Map(latest.map((l) => [l.name, l]))), failed, pending }
}
