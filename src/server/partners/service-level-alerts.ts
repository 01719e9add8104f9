import 'server-only'
import { prisma } from '../db'
import { authorize, offenderWritable, type Actor } from '../policy'
import { serviceLevelClock } from './service-level'

/**
 * Priority substance-misuse referrals of the offender manager's own people whose service-level clock is about to run
 * out or has run out, for their home page: the partner sees the same clock on theirs.
 */
export async function serviceLevelAlerts(actor: Actor) {
  authorize(actor, 'partner.refer')
  const rows = await prisma.partnerReferral.findMany({
    where: { priority: true, status: { in: ['SUBMITTED', 'ACCEPTED'] }, service: { substanceMisuse: true }, offender: offenderWritable(actor) },
    orderBy: { createdAt: 'asc' },
    take: 200,
    select: {
      id: true, priority: true, status: true, createdAt: true, assessedOn: true, carePlanStartedOn: true,
      service: { select: { name: true, nameCy: true, substanceMisuse: true } },
      offender: { select: { id: true, crn: true, firstName: true, lastName: true } },
    },
  })
  return rows
    .map((r) => ({ ...r, clock: serviceLevelClock(r) }))
    .filter((r) => r.clock?.state === 'NEAR_BREACH' || r.clock?.state === 'BREACHED')
}
