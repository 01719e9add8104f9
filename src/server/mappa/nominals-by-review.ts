import 'server-only'
import { recordAuditEach } from '../audit/record-audit'
import { prisma } from '../db'
import { personHeading } from '../offenders/person-heading'
import { authorize, offenderVisible, type Actor } from '../policy'
import { areaOf } from './nominals'

/** A coordinator's home shows the nominals whose review comes first; the rest are a search or a meeting away. */
export const NOMINALS_SHOWN = 20

/**
 * The current MAPPA nominals of the coordinator's area, next review first (ties by id), for their home page (issue 15
 * item 15). Limited Access Offenders they may not see are left out by the scope; each person listed is audited.
 * Throws FORBIDDEN without MAPPA management or a MAPPA area.
 */
export async function findNominalsByReview(actor: Actor) {
  authorize(actor, 'mappa.manage')
  const area = areaOf(actor)
  const rows = await prisma.mappaNominal.findMany({
    where: { area, endedAt: null, offender: offenderVisible(actor) },
    orderBy: [{ nextReviewDate: 'asc' }, { id: 'asc' }],
    take: NOMINALS_SHOWN,
    select: { id: true, level: true, category: true, nextReviewDate: true, offender: { select: personHeading } },
  })
  await recordAuditEach(prisma, actor, rows.map((r) => ({ action: 'mappa.nominal.list', subjectType: 'MappaNominal', subjectId: r.id, offenderId: r.offender.id })))
  return rows
}
