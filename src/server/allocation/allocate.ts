import 'server-only'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { invalid } from '../errors'
import { refuseExcludedAssignee } from '../limited-access/excluded-staff'
import { restrictionFollowsAllocation } from '../limited-access/follow-allocation'
import { assertWritableOffender } from '../offenders/assert-writable'
import { authorize, type Actor } from '../policy'
import { ZAllocate } from './allocation.schemas'
import { recordAllocation } from './record-allocation'
import { lockRow } from '../row-lock'

/**
 * A senior allocates (or reallocates) a case to a probation officer of the team that holds it. A restriction list
 * follows the change in the same transaction (issue 17 item 3, limited-access/follow-allocation.ts). An officer on
 * the person's exclusion list is refused: VALIDATION `offenderManagerId: accessExcludedAssignee` (sec18b item 3).
 */
export async function allocate(actor: Actor, input: unknown) {
  authorize(actor, 'allocation.manage')
  const data = ZAllocate.parse(input)
  return prisma.$transaction(async (tx) => {
    await assertWritableOffender(tx, actor, data.offenderId)
    await lockRow(tx, 'Offender', data.offenderId)
    const offender = await tx.offender.findUniqueOrThrow({ where: { id: data.offenderId }, select: { teamId: true, lduId: true, responsibleAgencyId: true, offenderManagerId: true } })
    const officer = await tx.user.findFirst({
      where: { id: data.offenderManagerId, status: 'ACTIVE', teamId: offender.teamId ?? undefined, roles: { hasSome: ['PROBATION_OFFICER', 'SENIOR_PROBATION_OFFICER'] } },
      select: { id: true },
    })
    if (!officer || !offender.teamId) throw invalid('offenderManagerId', 'officerNotInTeam')
    await refuseExcludedAssignee(tx, actor, data.offenderId, officer.id, 'offenderManagerId')
    await tx.offender.update({ where: { id: data.offenderId }, data: { offenderManagerId: officer.id, version: { increment: 1 } } })
    await restrictionFollowsAllocation(tx, actor, { offenderId: data.offenderId, from: offender.offenderManagerId, to: officer.id, reason: data.reason })
    await recordAllocation(tx, actor.userId, { offenderId: data.offenderId, kind: 'ALLOCATED', agencyId: offender.responsibleAgencyId, lduId: offender.lduId, teamId: offender.teamId, offenderManagerId: officer.id, reason: data.reason })
    await recordAudit(tx, actor, { action: 'offender.allocate', subjectType: 'Offender', subjectId: data.offenderId, offenderId: data.offenderId, reason: data.reason, detail: { from: offender.offenderManagerId, to: officer.id } })
    return { offenderId: data.offenderId }
  })
}
