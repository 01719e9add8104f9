import 'server-only'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { notFound } from '../errors'
import { authorize, can, offenderVisible, offenderWritable, type Actor } from '../policy'

/** The risk page: every version of the plan (newest first) and every registration, current and ended. */
export async function getRisk(actor: Actor, offenderId: string) {
  authorize(actor, 'risk.read')
  const offender = await prisma.offender.findFirst({
    where: { AND: [{ id: offenderId }, offenderVisible(actor)] },
    select: {
      id: true,
      crn: true,
      firstName: true,
      lastName: true,
      riskPlans: { orderBy: { version: 'desc' } },
      riskFlags: { orderBy: [{ deregisteredAt: { sort: 'desc', nulls: 'first' } }, { registeredAt: 'desc' }] },
    },
  }).catch(() => null)
  if (!offender) throw notFound()
  const canUpdate = can(actor, 'risk.update') && (await prisma.offender.count({ where: { AND: [{ id: offenderId }, offenderWritable(actor)] } })) === 1
  const authors = await prisma.user.findMany({ where: { id: { in: offender.riskPlans.map((p) => p.authorId) } }, select: { id: true, name: true } })
  await recordAudit(prisma, actor, { action: 'risk.view', subjectType: 'Offender', subjectId: offenderId, offenderId })
  return { ...offender, canUpdate, authorNames: Object.fromEntries(authors.map((a) => [a.id, a.name])) }
}
