import 'server-only'
import { prisma } from '../db'
import { absenceWindowStart } from './enforcement-rules'

/**
 * Unacceptable absences (failures to attend an appointment without an acceptable reason) in the 12 months up to
 * now, counted from midnight (London) of the same date a year ago. The caller has already checked the person is
 * in the actor's scope; sensitive entries count only for roles that may read them (security.md AC-4).
 */
export async function countUnacceptableAbsences(offenderId: string, includeSensitive: boolean, now = new Date()): Promise<number> {
  return prisma.contact.count({
    where: {
      offenderId,
      type: 'APPOINTMENT',
      outcome: 'FAILED_TO_ATTEND',
      cancelledAt: null,
      occurredAt: { gte: absenceWindowStart(now), lte: now },
      ...(includeSensitive ? {} : { isSensitive: false }),
    },
  })
}
