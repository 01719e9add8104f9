import 'server-only'
import PgBoss from 'pg-boss'
import type { Prisma } from '../../generated/prisma/client'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { invalid, notFound } from '../errors'
import { authorize, type Actor } from '../policy'
import { BOSS_SCHEMA } from './boss'
import { ZRunJobNow } from './jobs.schemas'
import { jobs } from './registry'

/** pg-boss's states of a job not yet finished: waiting to start, waiting to retry, running. */
export const UNFINISHED_STATES = ['created', 'retry', 'active'] as const

// pg-boss sends its SQL through `executeSql(text, values)`; here it goes through the caller's transaction, so the job
// is created together with its audit row (or not at all). Objects are JSON for its jsonb parameter.
function inTransaction(tx: Prisma.TransactionClient) {
  return {
    executeSql: async (text: string, values: unknown[] = []) => ({
      rows: await tx.$queryRawUnsafe<Record<string, unknown>[]>(text, ...values.map((v) => (v === undefined ? null : v !== null && typeof v === 'object' && !(v instanceof Date) ? JSON.stringify(v) : v))),
    }),
  }
}

/**
 * Starts a run of a registered job now, on an administrator's request (issue 14 item "run now"; issue 18): a job put
 * in its pg-boss queue, which whichever instance's workers take it first runs, once (pg-boss hands a job to one
 * worker). Refused while a run of that job is waiting or running, so two requests (or two administrators, or two
 * instances) cannot start two: the check and the send hold an advisory lock on the job's name in one transaction,
 * with the audit row (`jobs.runNow`). Input: `{ name }`. Output: `{ id }`, pg-boss's id of the run.
 * Errors: FORBIDDEN without `jobs.manage`; ZodError for a malformed name; NOT_FOUND for a name that is not a
 * registered job, or while no instance has created pg-boss's schema or the job's queue (no workers have ever
 * started, so nothing could run it); VALIDATION `jobAlreadyQueued` while a run waits or runs.
 */
export async function runJobNow(actor: Actor, input: unknown) {
  authorize(actor, 'jobs.manage')
  const { name } = ZRunJobNow.parse(input)
  if (!jobs.some((j) => j.name === name)) throw notFound()
  return prisma.$transaction(async (tx) => {
    const [{ installed } = { installed: false }] = await tx.$queryRaw<{ installed: boolean }[]>`SELECT to_regclass('pgboss.job') IS NOT NULL AS installed`
    if (!installed) throw notFound()
    // No row stands for "this job's runs" to lock (lockRow): a transaction-scoped advisory lock on its name serialises
    // requests, so the second sees the first's job.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('llwybr.jobs.runNow'), hashtext(${name}))`
    const [{ unfinished } = { unfinished: 0 }] = await tx.$queryRaw<{ unfinished: number }[]>`
      SELECT count(*)::int AS unfinished FROM pgboss.job WHERE name = ${name} AND state::text = ANY(${[...UNFINISHED_STATES]})`
    if (unfinished > 0) throw invalid('_form', 'jobAlreadyQueued')
    const db = inTransaction(tx)
    const id = await new PgBoss({ db, schema: BOSS_SCHEMA }).send(name, { requestedBy: actor.userId }, { db })
    // pg-boss creates nothing for a queue no instance has made yet.
    if (!id) throw notFound()
    await recordAudit(tx, actor, { action: 'jobs.runNow', subjectType: 'Job', subjectId: id, detail: { name } })
    return { id }
  })
}
