import 'server-only'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { invalid, notFound } from '../errors'
import { authorize, type Actor } from '../policy'
import { oneAtATime } from '../submissions/same-content'
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
 * @throws FORBIDDEN without `offender.breakGlass`; ZodError on a missing or short reason; VALIDATION on `reason`
 *   (`breakGlassOpenedAlready`) when an opening runs already with another reason, which stands (break 50 F6: the
 *   second tab's reason was dropped without a word); NOT_FOUND when the target
 *   does not exist, is in the actor's own scope, or is a Limited Access person kept from the actor
 */
export async function openBreakGlass(actor: Actor, input: unknown): Promise<{ offenderId: string }> {
  authorize(actor, 'offender.breakGlass')
  const { target, reason } = ZBreakGlassOpen.parse(input)
  return prisma.$transaction(async (tx) => {
    // Tabs sending at once wait for each other, so the later ones find the opening made (break 51 F2: five made three).
    await oneAtATime(tx, 'break-glass', actor.userId)
    const offenderId = await findBreakGlassTarget(tx, actor, target)
    if (!offenderId) {
      // Opened already (another tab, a resent form): that opening stands, and nothing more is granted or audited.
      const open = await findOpenedTarget(tx, actor, target)
      if (!open) throw notFound()
      const running = await tx.breakGlassAccess.findFirst({ where: { offenderId: open, userId: actor.userId, until: { gt: new Date() } }, orderBy: { from: 'desc' }, select: { reason: true } })
      if (running && running.reason !== reason) throw invalid('reason', 'breakGlassOpenedAlready')
      return { offenderId: open }
    }
    const from = new Date()
    const until = new Date(from.getTime() + BREAK_GLASS_HOURS * HOUR_MS)
    await tx.breakGlassAccess.create({ data: { offenderId, userId: actor.userId, reason, from, until } })
    await recordAudit(tx, actor, { action: 'offender.breakGlass', subjectType: 'Offender', subjectId: offenderId, offenderId, reason, detail: { until: until.toISOString() } })
    return { offenderId }
  })
}
