import 'server-only'
import { parseAsDrawn } from '../as-drawn'
import { londonToday } from '../../lib/dates'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { invalid } from '../errors'
import { authorize, type Actor } from '../policy'
import { claimMember, memberAudit } from './member-of'
import { ZChangeStatus } from './members.schemas'

/**
 * Active, in custody, reset or de-selected, with the reason. De-selection ends the membership; once the person is
 * in no current cohort their IOM registration is deregistered, which ends the police share of their record.
 */
export async function changeStatus(actor: Actor, input: unknown) {
  authorize(actor, 'iom.manage')
  const { memberId, version, status, reason } = await parseAsDrawn(ZChangeStatus, input, { id: 'memberId', check: (tx, id, v) => claimMember(tx, actor, id, v) })
  return prisma.$transaction(async (tx) => {
    const member = await claimMember(tx, actor, memberId, version)
    if (member.status === status) throw invalid('status', 'iomSameStatus')
    await tx.iomMember.update({ where: { id: memberId }, data: { status, statusReason: reason ?? null } })
    await tx.iomMemberEvent.create({ data: { memberId, kind: 'STATUS', fromValue: member.status, toValue: status, note: reason ?? '', byId: actor.userId } })
    let deregistered = false
    if (status === 'DESELECTED') {
      const stillMember = await tx.iomMember.count({ where: { offenderId: member.offenderId, id: { not: memberId }, status: { not: 'DESELECTED' } } })
      if (!stillMember) {
        const flags = await tx.riskFlag.updateMany({
          where: { offenderId: member.offenderId, type: 'IOM', deregisteredAt: null },
          data: { deregisteredAt: londonToday(), deregisterReason: reason!.slice(0, 500), version: { increment: 1 } },
        })
        deregistered = flags.count > 0
      }
    }
    await recordAudit(tx, actor, memberAudit('iom.member.status', member, { reason: reason ?? null, detail: { from: member.status, to: status, deregistered } }))
    return { id: member.id, offenderId: member.offenderId }
  })
}
