import 'server-only'
import { recordAudit } from '../audit/record-audit'
import { parseAsDrawn } from '../as-drawn'
import { prisma, type Tx } from '../db'
import { AppError } from '../errors'
import { authorize, type Actor } from '../policy'
import { assertWritableOffender } from './assert-writable'
import { personalDetailFields, ZPersonalDetails } from './personal-details.schemas'

const asText = (v: unknown) => (v === null || v === undefined ? null : String(v))

/**
 * The person as the details form drew them: writable by the actor and still at `version`. Only reads, so the check of
 * a refused form (parseAsDrawn) and the save share it (walk 61 F1: without the script, a stale form with a wrong answer
 * was drawn again at the new version, and its corrected save overwrote the other change unseen).
 * Errors: NOT_FOUND, FORBIDDEN (assertWritableOffender), CONFLICT.
 */
async function detailsAsDrawn(tx: Tx, actor: Actor, offenderId: string, version: number) {
  await assertWritableOffender(tx, actor, offenderId)
  const now = await tx.offender.findUniqueOrThrow({ where: { id: offenderId }, select: { version: true } })
  if (now.version !== version) throw new AppError('CONFLICT')
}

/**
 * Updates the person's circumstances at the version the user saw (RL-1) and records each changed field in
 * the change history, in the same transaction as the audit event. A form drawn before another save is told so
 * (CONFLICT) even when its answers are wrong too (parseAsDrawn).
 */
export async function updatePersonalDetails(actor: Actor, input: unknown) {
  authorize(actor, 'offender.update')
  const drawn = { id: 'offenderId', check: (tx: Tx, id: string, v: number) => detailsAsDrawn(tx, actor, id, v) }
  const { offenderId, version, ...details } = await parseAsDrawn(ZPersonalDetails, input, drawn)
  return prisma.$transaction(async (tx) => {
    await detailsAsDrawn(tx, actor, offenderId, version)
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
