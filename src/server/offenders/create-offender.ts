import 'server-only'
import { randomInt } from 'node:crypto'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { AppError, conflictShownByForm, invalid } from '../errors'
import { recordAllocation } from '../allocation/record-allocation'
import { oneOpenAtATime } from '../one-open'
import { oneAtATime } from '../submissions/same-content'
import { authorize, type Actor } from '../policy'
import { ZCreateOffender } from './create-offender.schemas'
import { findLikelyDuplicates } from './find-duplicates'
import { auditHiddenMatches } from './hidden-matches'

/** A new case reference: "N" and six digits, retried on the rare collision. */
async function freeCrn(exists: (crn: string) => Promise<boolean>): Promise<string> {
  for (let i = 0; i < 20; i++) {
    const crn = `N${randomInt(100000, 1000000)}`
    if (!(await exists(crn))) return crn
  }
  throw new Error('no free CRN')
}

/**
 * Creates a person record in the actor's team and LDU (allocated to an officer who creates it). Likely
 * duplicates are shown first: the save goes ahead only once the user confirms none is the same person. The same
 * person sent at once from several tabs is saved once; the others get the CONFLICT of likely duplicates (break 51 F1).
 */
export async function createOffender(actor: Actor, input: unknown) {
  authorize(actor, 'offender.create')
  const { confirmedNotDuplicate, idempotencyKey, ...person } = ZCreateOffender.parse(input)
  if (!actor.teamId) throw new AppError('FORBIDDEN')
  // Two new people with one PNC id sent at once both pass the check; the index keeps one (break test 27, D3).
  const pncTaken = () => invalid('pncId', 'pncTaken')
  return oneOpenAtATime(['pncId'], pncTaken, () => prisma.$transaction(async (tx) => {
    const earlier = await tx.offender.findUnique({ where: { idempotencyKey }, select: { id: true } })
    if (earlier) return { id: earlier.id, offenderId: earlier.id }
    // The same person sent from two tabs (two keys) at once: the second waits here, then sees the first as a likely
    // duplicate (break 51 F1). A likely duplicate by name shares the date of birth, the lock's key (one by PNC number
    // is held by its unique index, above).
    await oneAtATime(tx, 'new-person', person.dateOfBirth.toISOString().slice(0, 10))
    const { shown: duplicates, limitedIds } = await findLikelyDuplicates(tx, actor, person)
    // A match the lists keep from the actor is said to exist (ADR 0023): that disclosure is written on that person's
    // audit, outside this transaction so a refusal keeps it, where whoever manages their lists sees it (review 67b S1).
    await auditHiddenMatches(actor, limitedIds, 'offender.duplicateMatch')
    if (duplicates.length && !confirmedNotDuplicate) throw conflictShownByForm({ duplicates })
    if (person.pncId && (await tx.offender.count({ where: { pncId: person.pncId } }))) throw pncTaken()
    const crn = await freeCrn(async (c) => (await tx.offender.count({ where: { crn: c } })) > 0)
    const created = await tx.offender.create({
      data: { ...person, crn, idempotencyKey, responsibleAgencyId: actor.agencyId, teamId: actor.teamId, lduId: actor.lduId, offenderManagerId: actor.roles.includes('PROBATION_OFFICER') ? actor.userId : null },
      select: { id: true, responsibleAgencyId: true, lduId: true, teamId: true, offenderManagerId: true },
    })
    // The first allocation belongs in the ownership history like every later one (issue 15 item 14).
    const { id: offenderId, responsibleAgencyId: agencyId, lduId, teamId, offenderManagerId } = created
    await recordAllocation(tx, actor.userId, { offenderId, kind: 'CREATED', agencyId, lduId, teamId, offenderManagerId, reason: '' })
    await recordAudit(tx, actor, { action: 'offender.create', subjectType: 'Offender', subjectId: created.id, offenderId: created.id, detail: { crn, duplicatesShown: duplicates.map((d) => d.crn), limitedMatchIds: limitedIds } })
    return { id: created.id, offenderId: created.id }
  }))
}
