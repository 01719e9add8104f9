import 'server-only'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { notFound } from '../errors'
import { authorize, type Actor } from '../policy'
import { ZRetryJob } from './jobs.schemas'

/**
 * Puts one failed job back in its queue (issue 18 item 4), as pg-boss's own `retry` does (state `retry`, one more
 * attempt allowed), and audits it in the same transaction. Any instance running workers picks it up within seconds.
 * Input: `{ name, id }`. Output: `{ id }`. Errors: FORBIDDEN without `jobs.manage`; NOT_FOUND when no failed job has
 * that name and id (already retried, archived, or never failed); VALIDATION for a malformed id.
 */
export async function retryJob(actor: Actor, input: unknown) {
  authorize(actor, 'jobs.manage')
  const { name, id } = ZRetryJob.parse(input)
  return prisma.$transaction(async (tx) => {
    const [{ installed } = { installed: false }] = await tx.$queryRaw<{ installed: boolean }[]>`SELECT to_regclass('pgboss.job') IS NOT NULL AS installed`
    if (!installed) throw notFound()
    const count = await tx.$executeRaw`
      UPDATE pgboss.job SET state = 'retry', retry_limit = retry_limit + 1, start_after = now()
      WHERE name = ${name} AND id = ${id}::uuid AND state = 'failed'`
    if (count === 0) throw notFound()
    await recordAudit(tx, actor, { action: 'jobs.retry', subjectType: 'Job', subjectId: id, detail: { name } })
    return { id }
  })
}
