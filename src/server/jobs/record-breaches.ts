import 'server-only'
import { todayInLondon } from '../../lib/dates'
import { recordAuditEach } from '../audit/record-audit'
import { prisma } from '../db'
import { serviceLevelClock } from '../partners/service-level'

/** Open priority referrals to substance-misuse services read per run; a run that hits it carries on at the next slot. */
const BATCH = 5_000

/**
 * Records each service-level stage that has run out, once (issue 18 item 3; domain.md: assessed within 5 working
 * days, care plan within 10 of the assessment). Reads the open priority referrals to substance-misuse services,
 * computes each one's clock for London's `today` as the pages do, and inserts a ServiceLevelBreach for every
 * BREACHED stage; the unique (referral, stage) skips those already recorded, so a rerun, a retry or a second instance
 * adds nothing. Each new breach is audited (by the system: no actor) in the same transaction.
 * Output: the breaches recorded by this run.
 */
export async function recordServiceLevelBreaches(today: string = todayInLondon()) {
  const referrals = await prisma.partnerReferral.findMany({
    where: { priority: true, status: { in: ['SUBMITTED', 'ACCEPTED'] }, service: { substanceMisuse: true }, carePlanStartedOn: null },
    select: { id: true, offenderId: true, priority: true, status: true, createdAt: true, assessedOn: true, carePlanStartedOn: true, service: { select: { substanceMisuse: true } } },
    orderBy: { createdAt: 'asc' },
    take: BATCH,
  })
  const breached = referrals.flatMap((r) => {
    const clock = serviceLevelClock(r, today)
    return clock?.state === 'BREACHED' ? [{ referralId: r.id, offenderId: r.offenderId, stage: clock.stage, dueOn: new Date(`${clock.dueOn}T00:00:00Z`) }] : []
  })
  if (breached.length === 0) return []
  return prisma.$transaction(async (tx) => {
    const recorded = await tx.serviceLevelBreach.createManyAndReturn({
      data: breached.map(({ referralId, stage, dueOn }) => ({ referralId, stage, dueOn })),
      skipDuplicates: true,
      select: { referralId: true, stage: true, dueOn: true },
    })
    const offenderOf = new Map(breached.map((b) => [b.referralId, b.offenderId]))
    await recordAuditEach(tx, null, recorded.map((b) => ({
      action: 'partner.referral.breach' as const,
      subjectType: 'PartnerReferral',
      subjectId: b.referralId,
      offenderId: offenderOf.get(b.referralId) ?? null,
      detail: { stage: b.stage, dueOn: b.dueOn.toISOString().slice(0, 10) },
    })))
    return recorded
  })
}
