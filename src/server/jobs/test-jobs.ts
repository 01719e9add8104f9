import 'server-only'
import { prisma } from '../db'
import type { JobDefinition } from './registry'

/** The test-only jobs' switch: set by the two-instance test's cluster only (tests/scale/cluster.ts), never in production. */
export const TEST_JOBS_ENV = 'LLWYBR_JOBS_TEST_SCHEDULE'

/**
 * Two jobs that exist only when LLWYBR_JOBS_TEST_SCHEDULE=1 (issue 18 item 5): `test-tick` runs every minute and
 * writes one row per run to `llwybr_test.job_tick` with pg-boss's job id, so the test can see that no job ran twice
 * across instances and that each minute's schedule made one job (not one per instance);
 * `test-fail` always throws, so the test sees it retried and then listed as failed. Nothing else reads that table.
 */
export function testJobs(): JobDefinition[] {
  if (process.env[TEST_JOBS_ENV] !== '1') return []
  return [
    { name: 'test-tick', cron: '* * * * *', run: tick },
    { name: 'test-fail', cron: '* * * * *', retryLimit: 2, retryDelay: 1, run: async () => { throw new Error('test-fail always fails') } },
  ]
}

async function tick(jobId?: string) {
  await prisma.$executeRaw`CREATE SCHEMA IF NOT EXISTS llwybr_test`
  await prisma.$executeRaw`CREATE TABLE IF NOT EXISTS llwybr_test.job_tick (job_id text NOT NULL, ran_at timestamptz NOT NULL DEFAULT now(), pid int NOT NULL)`
  // The minute a job runs in is not its schedule slot: the slot's job can be made late in the minute and run early in
  // the next (a 5-second schedule check, then 2-second polling), so runs are told apart by job id instead.
  await prisma.$executeRaw`INSERT INTO llwybr_test.job_tick (job_id, pid) VALUES (${jobId ?? 'direct'}, ${process.pid})`
}
