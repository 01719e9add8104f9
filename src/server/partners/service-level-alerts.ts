import 'server-only'
import { Prisma } from '../../generated/prisma/client'
import type { PartnerReferralStatus } from '../../generated/prisma/enums'
import { prisma } from '../db'
import { authorize, laoVisibleSql, offenderWritable, offenderWriteScopeSql, type Actor } from '../policy'
import { serviceLevelClock } from './service-level'

const LIMIT = 200

type Row = {
  id: string
  priority: boolean
  status: PartnerReferralStatus
  createdAt: Date
  assessedOn: Date | null
  carePlanStartedOn: Date | null
  serviceName: string
  serviceNameCy: string | null
  substanceMisuse: boolean
  offenderId: string
  crn: string
  firstName: string
  lastName: string
}

/** The alert rows from the open priority substance-misuse referrals read, soonest referred first. */
function alertsOf<T extends Parameters<typeof serviceLevelClock>[0]>(rows: T[]) {
  return rows
    .map((r) => ({ ...r, clock: serviceLevelClock(r) }))
    .filter((r) => r.clock?.state === 'NEAR_BREACH' || r.clock?.state === 'BREACHED')
}

/**
 * Priority substance-misuse referrals of the offender manager's own people whose service-level clock is about to run
 * out or has run out, for their home page: the partner sees the same clock on theirs. Only people the actor may
 * change (offenderWriteScopeSql and Limited Access, laoVisibleSql): ONE statement (issue 18 item 2; the Prisma read
 * sent three, two of them for the service and person of each row), held equal to serviceLevelAlertsByGeneralPath by
 * service-level-alerts.int.test.ts. Output: at most 200 referrals read, oldest first (ties by id), those near or
 * past their deadline with their clock. Errors: FORBIDDEN without partner.refer.
 */
export async function serviceLevelAlerts(actor: Actor) {
  authorize(actor, 'partner.refer')
  const rows = await prisma.$queryRaw<Row[]>`
    SELECT r.id::text AS id, r.priority, r.status::text AS status, r."createdAt", r."assessedOn", r."carePlanStartedOn",
      s.name AS "serviceName", s."nameCy" AS "serviceNameCy", s."substanceMisuse",
      o.id::text AS "offenderId", o.crn, o."firstName", o."lastName"
    FROM "PartnerReferral" r JOIN "PartnerService" s ON s.id = r."serviceId" JOIN "Offender" o ON o.id = r."offenderId"
    WHERE r.priority AND r.status IN ('SUBMITTED', 'ACCEPTED') AND s."substanceMisuse"
      AND ${offenderWriteScopeSql(actor, Prisma.raw('o'))} AND ${laoVisibleSql(actor, Prisma.sql`o.id`)}
    ORDER BY r."createdAt", r.id LIMIT ${LIMIT}`
  return alertsOf(
    rows.map((r) => ({
      id: r.id, priority: r.priority, status: r.status, createdAt: r.createdAt, assessedOn: r.assessedOn, carePlanStartedOn: r.carePlanStartedOn,
      service: { name: r.serviceName, nameCy: r.serviceNameCy, substanceMisuse: r.substanceMisuse },
      offender: { id: r.offenderId, crn: r.crn, firstName: r.firstName, lastName: r.lastName },
    })),
  )
}

/** serviceLevelAlerts by the general Prisma path (scopes.ts offenderWritable), for the test that holds the two equal. */
export async function serviceLevelAlertsByGeneralPath(actor: Actor) {
  authorize(actor, 'partner.refer')
  const rows = await prisma.partnerReferral.findMany({
    where: { priority: true, status: { in: ['SUBMITTED', 'ACCEPTED'] }, service: { substanceMisuse: true }, offender: offenderWritable(actor) },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take: LIMIT,
    select: {
      id: true, priority: true, status: true, createdAt: true, assessedOn: true, carePlanStartedOn: true,
      service: { select: { name: true, nameCy: true, substanceMisuse: true } },
      offender: { select: { id: true, crn: true, firstName: true, lastName: true } },
    },
  })
  return alertsOf(rows)
}
