import 'server-only'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { AppError } from '../errors'
import { authorize, type Actor } from '../policy'
import { assertWritableOffender } from './assert-writable'
import { personalDetailFields, ZPersonalDetails } from './personal-details.schemas'

const asText = (v: unknown) => (v === null || v === undefined ? null : String(v))

/**
 * Updates the person's circumstances at the version the user saw (RL-1) and records each changed field in
 * the change history, in the same transaction as the audit event.
 */
export async function updatePersonalDetails(actor: Actor, input: unknown) {
  authorize(actor, 'offender.update')
  const { offenderId, version, ...details } = ZPersonalDetails.parse(input)
  return prisma.$transaction(async (tx) => {
    await assertWritableOffender(tx, actor, offenderId)
    const before = await tx.offender.findUniqueOrThrow({ where: { id: offenderId }, select: Object.fromEntries(personalDetailFields.map((f) => [f, true])) })
    const { count } = await tx.offender.updateMany({ where: { id: offenderId, version }, data: { ...details, version: { increment: 1 } } })
    if (count === 0) throw new AppError('CONFLICT')
    const changes = personalDetailFields
      .filter((f) => asText(before[f]) !== asText(details[f]))
      .map((field) => ({ offenderId, field, oldValue: asText(before[field]), newValue: asText(details[field]), changedById: actor.userId }))
    if (changes.length) await tx.offenderDetailChange.createMany({ data: changes })
    await recordAudit(tx, actor, { action: 'offender.updateDetails', subjectType: 'Offender', subjectId: offenderId, offenderId, detail: { fields: changes.map((c) => c.field) } })
    return { offenderId, version: version + 1, changed: changes.length }
  })
}
