import 'server-only'
import PgBoss from 'pg-boss'

/** pg-boss keeps its tables in this schema, created (and upgraded) by the library at start (ADR 0015). */
export const BOSS_SCHEMA = 'pgboss'

/** Retries of a failed run, with exponential backoff from RETRY_DELAY_SECONDS; then the job is failed and shown to administrators. */
export const RETRY_LIMIT = 3
export const RETRY_DELAY_SECONDS = 30

/**
 * A pg-boss instance on `url` (issue 18 item 1). Its own small pool (2 connections), separate from Prisma's. Failed
 * jobs stay in the job table for 30 days (listed on /admin/jobs with a retry) before pg-boss archives them; finished
 * ones are archived after a day. `cronMonitorIntervalSeconds` is how often an instance checks schedules (the
 * two-instance test shortens it through LLWYBR_JOBS_CRON_CHECK_SECONDS).
 */
export function createBoss(url: string): PgBoss {
  const cronCheck = Number(process.env.LLWYBR_JOBS_CRON_CHECK_SECONDS ?? 30)
  return new PgBoss({
    connectionString: url,
    schema: BOSS_SCHEMA,
    application_name: 'llwybr-jobs',
    max: 2,
    migrate: true,
    retryLimit: RETRY_LIMIT,
    retryDelay: RETRY_DELAY_SECONDS,
    retryBackoff: true,
    expireInMinutes: 15,
    archiveCompletedAfterSeconds: 24 * 3600,
    archiveFailedAfterSeconds: 30 * 24 * 3600,
    cronMonitorIntervalSeconds: Number.isFinite(cronCheck) && cronCheck >= 1 ? cronCheck : 30,
  })
}
