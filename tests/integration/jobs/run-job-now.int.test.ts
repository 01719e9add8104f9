import PgBoss from 'pg-boss'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { findJobs } from '../../../src/server/jobs/find-jobs'
import { startJobs, stopJobs } from '../../../src/server/jobs/host'
import { runJobNow } from '../../../src/server/jobs/run-job-now'
import { buildWorld } from '../../support/world'

let w: Awaited<ReturnType<typeof buildWorld>>
let boss: PgBoss
const queue = 'service-level-breaches'

const unfinished = () => prisma.$queryRaw<{ id: string; state: string }[]>`SELECT id::text AS id, state::text AS state FROM pgboss.job WHERE name = ${queue} AND state IN ('created', 'retry', 'active')`

beforeAll(async () => {
  w = await buildWorld()
  // An instance starts (creating pg-boss's schema and the queues), then stops its workers: runs stay queued here.
  await startJobs(process.env.DATABASE_URL)
  await stopJobs()
  boss = new PgBoss({ connectionString: process.env.DATABASE_URL!, schema: 'pgboss', supervise: false, schedule: false })
  await boss.start()
  // Nothing of this queue left waiting by the instance's start (a schedule firing as it started).
  for (const j of await unfinished()) await boss.cancel(queue, j.id)
})
afterAll(async () => {
  await boss?.stop({ graceful: false })
})

describe('"Run now" on /admin/jobs (issue 14: the outcome figures\' refresh and every job)', () => {
  it('queues one run through pg-boss, audited, and refuses a second while it waits', async () => {
    const { id } = await runJobNow(w.actors.admin, { name: queue })
    expect((await boss.getJobById(queue, id))?.state).toBe('created')
    expect(await prisma.auditEvent.count({ where: { action: 'jobs.runNow', subjectId: id, actorUserId: w.staff.admin.id } })).toBe(1)
    await expect(runJobNow(w.actors.admin, { name: queue })).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { _form: ['jobAlreadyQueued'] } })
    expect(await unfinished()).toHaveLength(1)
    const { pending } = await findJobs(w.actors.admin)
    expect(pending).toContainEqual({ name: queue, state: 'created' })
  })

  it('is taken by one worker only, refuses while it runs, and shows its result when done', async () => {
    // Two instances' workers asking at once: pg-boss hands the run to one of them.
    const other = new PgBoss({ connectionString: process.env.DATABASE_URL!, schema: 'pgboss', supervise: false, schedule: false })
    await other.start()
    const [a, b] = await Promise.all([boss.fetch(queue), other.fetch(queue)])
    await other.stop({ graceful: false })
    const taken = [...a, ...b]
    expect(taken).toHaveLength(1)
    await expect(runJobNow(w.actors.admin, { name: queue })).rejects.toMatchObject({ code: 'VALIDATION' })
    await boss.complete(queue, taken[0]!.id)
    const { scheduled, pending } = await findJobs(w.actors.admin)
    expect(scheduled.find((s) => s.name === queue)).toMatchObject({ lastState: 'completed' })
    expect(pending.find((p) => p.name === queue)).toBeUndefined()
    // Done: another run may start.
    const again = await runJobNow(w.actors.admin, { name: queue })
    await boss.cancel(queue, again.id)
  })

  it('starts exactly one run when two administrators ask at the same moment', async () => {
    const results = await Promise.allSettled([runJobNow(w.actors.admin, { name: queue }), runJobNow(w.actors.admin, { name: queue })])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    expect(results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason)).toEqual([expect.objectContaining({ code: 'VALIDATION' })])
    expect(await unfinished()).toHaveLength(1)
    for (const j of await unfinished()) await boss.cancel(queue, j.id)
  })

  it('is for administrators only, and only for registered jobs', async () => {
    await expect(runJobNow(w.actors.senior, { name: queue })).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(runJobNow(w.actors.admin, { name: 'no-such-job' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(runJobNow(w.actors.admin, { name: '' })).rejects.toMatchObject({ name: 'ZodError' })
    expect(await unfinished()).toHaveLength(0)
  })
})
