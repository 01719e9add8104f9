import 'server-only'
import { prisma } from '../db'
import type { JobDefinition } from './registry'

/** The test-only jobs' switch: set by the two-instance test's cluster only (tests/scale/cluster.ts), never in production. */
export const TEST_JOBS_ENV = 'LLWYBR_JOBS_TEST_SCHEDULE'

/**
 * Two jobs that exist only when LLWYBR_JOBS_TEST_SCHEDULE=1 (issue 18 item 5): `test-tick` runs every minute and
 * writes one row per run to `llwybr_test.job_tick`, so the test can count runs per schedule slot across instances;
 * `test-fail` always throws, so the test sees it retried and then listed as failed. Nothing else reads that table.
 */
export function testJobs(): JobDefinition[] {
  if (process.env[TEST_JOBS_ENV] !== '1') return []
  return [
    { name: 'test-tick', cron: '* * * * *', run: tick },
    { name: 'test-fail', cron: '* * * * *', retryLimit: 2, retryDelay: 1, run: async () => { throw new Error('test-fail always fails') } },
  ]
}

async function tick() {
  await prisma.$executeRaw`CREATE SCHEMA IF NOT EXISTS llwybr_test`
  await prisma.$executeRaw`CREATE TABLE IF NOT EXISTS llwybr_test.job_tick (slot timestamptz NOT NULL, ran_at timestamptz NOT NULL DEFAULT now(), pid int NOT NULL)`
  // The slot is the minute the schedule fired in; two rows with one slot would be a double run.
  await prisma.$executeRaw`INSERT INTO llwybr_test.job_tick (slot, pid) VALUES (date_trunc('minute', now()), ${process.pid})`
}
