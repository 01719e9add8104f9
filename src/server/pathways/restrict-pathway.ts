import 'server-only'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { assertWritableOffender } from '../offenders/assert-writable'
import { authorize, type Actor } from '../policy'
import { ZPathwayRestriction } from './pathway.schemas'
import { assertPathwayApplies, claimAssessment } from './update-pathway'

/**
 * Lifts or reapplies the restriction on one pathway. Only those who may change the record (the offender manager,
 * seniors over the case) see a restricted pathway's detail, so they alone decide who else may.
 */
export async function setPathwayRestriction(actor: Actor, input: unknown) {
  authorize(actor, 'pathway.update')
  const { offenderId, pathway, version, restricted } = ZPathwayRestriction.parse(input)
  return prisma.$transaction(async (tx) => {
    await assertWritableOffender(tx, actor, offenderId)
    await assertPathwayApplies(tx, offenderId, pathway)
    const assessment = await claimAssessment(tx, offenderId, pathway, version, { restricted })
    await recordAudit(tx, actor, { action: restricted ? 'pathway.restrict' : 'pathway.unrestrict', subjectType: 'PathwayAssessment', subjectId: assessment.id, offenderId, detail: { pathway } })
    return { id: assessment.id, offenderId }
  })
}
