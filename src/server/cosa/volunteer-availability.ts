import 'server-only'
import type { AuditAction } from '../audit/audit-actions'
import type { Prisma } from '../../generated/prisma/client'
import { recordAudit } from '../audit/record-audit'
import { prisma, type Tx } from '../db'
import { forbidden, invalid, notFound } from '../errors'
import { authorize, can, volunteerEditable, type Actor } from '../policy'
import { lockRow } from '../row-lock'
import { ZAddAvailability, ZAddLeave, ZAddNonAssociation, ZRemoveAvailability, ZRemoveLeave } from './volunteers.schemas'


type Audit = { detail?: Prisma.InputJsonObject }

/** One change to what the rota must respect about a volunteer of the coordinator's provider, audited. */
function availabilityStep<T extends { volunteerId: string }>(schema: { parse: (input: unknown) => T }, action: AuditAction, run: (tx: Tx, actor: Actor, input: T) => Promise<Audit | void>) {
  return async (actor: Actor, input: unknown) => {
    if (!can(actor, 'cosa.manage') && !can(actor, 'cosa.portal')) throw forbidden()
    const data = schema.parse(input)
    return prisma.$transaction(async (tx) => {
      if (!(await tx.cosaVolunteer.count({ where: { AND: [{ id: data.volunteerId }, volunteerEditable(actor)] } }))) throw notFound()
      const audit = (await run(tx, actor, data)) ?? {}
      await recordAudit(tx, actor, { action, subjectType: 'CosaVolunteer', subjectId: data.volunteerId, detail: audit.detail })
      return { id: data.volunteerId }
    })
  }
}

/** A weekly window; windows on the same day may not overlap (the rota reads each as a whole). */
export const addAvailability = availabilityStep(ZAddAvailability, 'cosa.volunteer.availability.add', async (tx, _actor, a) => {
  const overlapping = await tx.cosaAvailability.count({ where: { volunteerId: a.volunteerId, weekday: a.weekday, fromTime: { lt: a.toTime }, toTime: { gt: a.fromTime } } })
  if (overlapping) throw invalid('fromTime', 'overlapsSlot')
  await tx.cosaAvailability.create({ data: a })
  return { detail: { weekday: a.weekday, from: a.fromTime, to: a.toTime } }
})

export const removeAvailability = availabilityStep(ZRemoveAvailability, 'cosa.volunteer.availability.remove', async (tx, _actor, { volunteerId, availabilityId }) => {
  if (!(await tx.cosaAvailability.deleteMany({ where: { id: availabilityId, volunteerId } })).count) throw notFound()
})

export const addLeave = availabilityStep(ZAddLeave, 'cosa.volunteer.leave.add', async (tx, _actor, l) => {
  await tx.cosaLeave.create({ data: { ...l, note: l.note ?? null } })
})

export const removeLeave = availabilityStep(ZRemoveLeave, 'cosa.volunteer.leave.remove', async (tx, _actor, { volunteerId, leaveId }) => {
  if (!(await tx.cosaLeave.deleteMany({ where: { id: leaveId, volunteerId } })).count) throw notFound()
})

/**
 * Records, by CRN, a person the volunteer must never be placed with. The coordinator learns nothing of the record:
 * only that the CRN exists, which they already knew to type it. Refused on `crn` while the volunteer serves in that
 * person's circle (`nonAssociationInCircle`) or is on a coming meeting of it (`nonAssociationOnRota`): the record
 * would say "never" while the rota still has them there (break test of issue 16, D5); the coordinator takes them
 * out first, with the reason those steps ask for, then records it. The volunteer's row is held, as adding them to a
 * circle holds it, so the two never pass each other's check at once.
 */
export const addNonAssociation = availabilityStep(ZAddNonAssociation, 'cosa.volunteer.nonAssociation.add', async (tx, actor, { volunteerId, crn, reason }) => {
  authorize(actor, 'cosa.manage')
  const person = await tx.offender.findUnique({ where: { crn }, select: { id: true } })
  if (!person) throw invalid('crn', 'crnUnknown')
  await lockRow(tx, 'CosaVolunteer', volunteerId)
  if (await tx.cosaNonAssociation.count({ where: { volunteerId, offenderId: person.id } })) throw invalid('crn', 'alreadyRecorded')
  const theirCircle = { coreMemberId: person.id, status: { not: 'CLOSED' as const } }
  if (await tx.circleMember.count({ where: { volunteerId, leftOn: null, circle: theirCircle } })) throw invalid('crn', 'nonAssociationInCircle')
  if (await tx.circleAssignment.count({ where: { volunteerId, response: { not: 'DECLINED' }, meeting: { status: 'SCHEDULED', startsAt: { gt: new Date() }, circle: theirCircle } } })) throw invalid('crn', 'nonAssociationOnRota')
  await tx.cosaNonAssociation.create({ data: { volunteerId, offenderId: person.id, reason, createdById: actor.userId } })
  return { detail: { crn } }
})
