import 'server-only'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { notFound } from '../errors'
import { authorize, type Actor } from '../policy'
import { findBreakGlassTarget, findOpenedTarget } from './break-glass-target'
import { BREAK_GLASS_HOURS, ZBreakGlassOpen } from './break-glass.schemas'

const HOUR_MS = 60 * 60 * 1000

/**
 * Opens a record outside the actor's scope for a stated reason (issue 17 "Break-glass"): one BreakGlassAccess row
 * (now until now + BREAK_GLASS_HOURS), which the read scope consults (policy/scopes.ts `brokenGlass`), and an
 * `offender.breakGlass` audit event carrying the reason, in one transaction. Reading only: writing stays in scope.
 * @param input { target: record id or CRN, reason: 20–500 characters } (ZBreakGlassOpen)
 * @returns { offenderId } of the record now open, or of one the actor opened already and whose opening still runs
 *   (another tab, a resent form: break 17 F3), with no second opening
 * @throws FORBIDDEN without `offender.breakGlass`; ZodError on a missing or short reason; NOT_FOUND when the target
 *   does not exist, is in the actor's own scope, or is a Limited Access person kept from the actor
 */
export async function openBreakGlass(actor: Actor, input: unknown): Promise<{ offenderId: string }> {
  authorize(actor, 'offender.breakGlass')
  const { target, reason } = ZBreakGlassOpen.parse(input)
  return prisma.$transaction(async (tx) => {
    const offenderId = await findBreakGlassTarget(tx, actor, target)
    if (!offenderId) {
      // Opened already (another tab, a resent form): that opening stands, and nothing more is granted or audited.
      const open = await findOpenedTarget(tx, actor, target)
      if (open) return { offenderId: open }
      throw notFound()
    }
    const from = new Date()
    const until = new Date(from.getTime() + BREAK_GLASS_HOURS * HOUR_MS)
    await tx.breakGlassAccess.create({ data: { offenderId, userId: actor.userId, reason, from, until } })
    await recordAudit(tx, actor, { action: 'offender.breakGlass', subjectType: 'Offender', subjectId: offenderId, offenderId, reason, detail: { until: until.toISOString() } })
    return { offenderId }
  })
}
