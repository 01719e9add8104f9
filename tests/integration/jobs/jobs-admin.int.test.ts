import PgBoss from 'pg-boss'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { findJobs } from '../../../src/server/jobs/find-jobs'
import { startJobs, stopJobs } from '../../../src/server/jobs/host'
import { jobs } from '../../../src/server/jobs/registry'
import { retryJob } from '../../../src/server/jobs/retry-job'
import { buildWorld } from '../../support/world'

let w: Awaited<ReturnType<typeof buildWorld>>
let boss: PgBoss
const queue = 'prune-expired'

/** A job of the registered queue that failed with `message` after its retries, as pg-boss leaves it. */
async function failedJob(message: string) {
  const id = (await boss.send(queue, {}, { retryLimit: 0 }))!
  const [fetched] = await boss.fetch(queue)
  expect(fetched?.id).toBe(id)
  await boss.fail(queue, id, { message })
  return id
}

beforeAll(async () => {
  w = await buildWorld()
  // What each instance does at start: pg-boss creates its schema, and every registered job gets a schedule and workers.
  await startJobs(process.env.DATABASE_URL)
  boss = new PgBoss({ connectionString: process.env.DATABASE_URL!, schema: 'pgboss', supervise: false, schedule: false })
  await boss.start()
})
afterAll(async () => {
  await boss?.stop({ graceful: false })
  await stopJobs()
})

describe('background jobs for administrators (issue 18 items 2 and 4)', () => {
  it('schedules every registered job in PostgreSQL when an instance starts its workers', async () => {
    const schedules = await boss.getSchedules()
    expect(schedules.map((s) => s.name).sort()).toEqual(jobs.map((j) => j.name).sort())
    // The rest works on jobs of a registered queue by hand: this instance's workers must not take them first.
    await stopJobs()
  })

  it('lists the scheduled jobs with their next run, and failed jobs with their error', async () => {
    const id = await failedJob('database went away')
    const { installed, scheduled, failed } = await findJobs(w.actors.admin)
    expect(installed).toBe(true)
    expect(scheduled.map((s) => s.name)).toEqual(jobs.map((j) => j.name))
    expect(scheduled.every((s) => s.nextRunAt.getTime() > Date.now())).toBe(true)
    expect(failed).toContainEqual(expect.objectContaining({ id, name: queue, error: 'database went away' }))
    // How long its latest run took, start to finish (walk 29 O2 of issue 14): the failed run here, in milliseconds.
    const last = scheduled.find((s) => s.name === queue)!
    expect(last.lastState).toBe('failed')
    expect(last.lastDurationMs).toBeGreaterThanOrEqual(0)
    expect(last.lastDurationMs).toBeLessThan(60_000)
    expect(scheduled.find((s) => s.lastRunAt === null)?.lastDurationMs ?? null).toBeNull()
  })

  it('retries a failed job once, audited, and refuses a job that is not failed', async () => {
    const id = await failedJob('boom')
    expect(await retryJob(w.actors.admin, { name: queue, id })).toEqual({ id })
    const job = await boss.getJobById(queue, id)
    expect(job?.state).toBe('retry')
    expect(await prisma.auditEvent.count({ where: { action: 'jobs.retry', subjectId: id, actorUserId: w.staff.admin.id } })).toBe(1)
    await expect(retryJob(w.actors.admin, { name: queue, id })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(await prisma.auditEvent.count({ where: { action: 'jobs.retry', subjectId: id } })).toBe(1)
  })

  it('is for administrators only, and refuses a malformed id without writing', async () => {
    await expect(findJobs(w.actors.officer)).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(retryJob(w.actors.senior, { name: queue, id: crypto.randomUUID() })).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(retryJob(w.actors.admin, { name: queue, id: 'not-a-uuid' })).rejects.toMatchObject({ name: 'ZodError' })
  })
})
