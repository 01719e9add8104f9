import 'server-only'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { authorize, type Actor } from '../policy'
import { ZCaseloadView } from './offender.schemas'

/** The caseload filters a user saved as their default, or null (a stale or invalid saved view is ignored). */
export async function getSavedCaseloadView(actor: Actor) {
  authorize(actor, 'caseload.view')
  const user = await prisma.user.findUnique({ where: { id: actor.userId }, select: { caseloadView: true } })
  const parsed = ZCaseloadView.safeParse(user?.caseloadView ?? undefined)
  return user?.caseloadView && parsed.success ? parsed.data : null
}

export async function saveCaseloadView(actor: Actor, input: unknown) {
  authorize(actor, 'caseload.view')
  const view = ZCaseloadView.parse(input)
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.userId }, data: { caseloadView: view } })
    await recordAudit(tx, actor, { action: 'caseload.saveView', subjectType: 'User', subjectId: actor.userId, detail: view })
  })
  return view
}
